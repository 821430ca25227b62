import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { cli, git, scratch } from '../live/helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function write(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A repository whose `main` has 001, 002 and 005; `feature` edits 002 and 001 and adds 003. */
function repository(): string {
  const { dir, cleanup } = scratch('base');
  cleanups.push(cleanup);
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, {
    'db/migrations/001_users.sql':
      '-- users\nCREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n',
    'db/migrations/002_posts.sql':
      'CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id));\n',
    'db/migrations/005_tags.sql': 'CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT);\n',
  });
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  git(dir, 'checkout', '-qb', 'feature');
  write(dir, {
    // only a comment and spacing: a notice
    'db/migrations/001_users.sql':
      '-- the users\nCREATE TABLE users (id INTEGER PRIMARY KEY,  email TEXT NOT NULL);\n',
    // a semantic change to an applied migration
    'db/migrations/002_posts.sql':
      'CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), title TEXT);\n',
    'db/migrations/003_late.sql': 'ALTER TABLE users ADD COLUMN name TEXT;\n',
  });
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'feature');
  return dir;
}

function rows(report: Report) {
  return report.findings.map((f) => [f.rule, f.severity, `${f.locations[0]?.path}:${f.locations[0]?.line}`]);
}

describe('--base REF', () => {
  it('reports the edited applied migration and the new one numbered below the base', async () => {
    const dir = repository();
    const result = await cli(dir, ['check', '--base', 'main', '--format', 'json']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    expect(rows(report)).toEqual([
      ['migration-order', 'error', 'db/migrations/003_late.sql:1'],
      ['migration-edited', 'notice', 'db/migrations/001_users.sql:1'],
      ['migration-edited', 'error', 'db/migrations/002_posts.sql:1'],
    ]);
    const order = report.findings.find((f) => f.rule === 'migration-order')!;
    expect(order.message).toContain(
      '003_late.sql is new but sorts before 005_tags.sql, which is already on main',
    );
    expect(report.findings.find((f) => f.severity === 'notice')!.message).toBe(
      '001_users.sql is on main and only its comments or whitespace changed.',
    );
    expect(result.code).toBe(1);
  });

  it('reports a deleted and a renamed migration', async () => {
    const dir = repository();
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'checkout', '-qb', 'cleanup');
    git(dir, 'mv', 'db/migrations/005_tags.sql', 'db/migrations/006_tags.sql');
    git(dir, 'rm', '-q', 'db/migrations/002_posts.sql');
    git(dir, 'commit', '-qm', 'cleanup');
    const report = JSON.parse(
      (await cli(dir, ['check', '--base', 'main', '--format', 'json'])).stdout,
    ) as Report;
    expect(report.findings.map((f) => f.message.split(':')[0])).toEqual([
      'db/migrations/002_posts.sql is on main and was deleted',
      'db/migrations/005_tags.sql (on main) was renamed to db/migrations/006_tags.sql',
    ]);
  });

  it('fetches the base into a shallow clone, and says what to do when it cannot', async () => {
    const origin = repository();
    const { dir, cleanup } = scratch('shallow');
    cleanups.push(cleanup);
    git(dir, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, 'work');
    const work = join(dir, 'work');
    const report = JSON.parse(
      (await cli(work, ['check', '--base', 'origin/main', '--format', 'json'])).stdout,
    ) as Report;
    expect(report.findings.map((f) => f.rule)).toEqual([
      'migration-order',
      'migration-edited',
      'migration-edited',
    ]);

    const missing = await cli(work, ['check', '--base', 'no-such-branch']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^driftcheck: cannot read the base ref "no-such-branch": it is not in this clone and fetching it from origin failed \(.*\)\. Fetch it first .* set `fetch-depth: 0` on actions\/checkout\n$/,
    );
  });
});
