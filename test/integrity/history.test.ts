import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { cli, scratch } from '../live/helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function project(files: Readonly<Record<string, string>>): string {
  const { dir, cleanup } = scratch('history');
  cleanups.push(cleanup);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function findings(dir: string, ...args: string[]) {
  const result = await cli(dir, ['check', '--format', 'json', ...args]);
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as Report).findings;
}

describe('down-mismatch (golang-migrate)', () => {
  it('names the index a down migration forgets to drop, at the down file', async () => {
    const dir = project({
      'migrations/000001_users.up.sql': 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n',
      'migrations/000001_users.down.sql': 'DROP TABLE users;\n',
      'migrations/000002_email_index.up.sql':
        'ALTER TABLE users ADD COLUMN name TEXT;\nCREATE INDEX idx_users_email ON users (email);\n',
      'migrations/000002_email_index.down.sql': '-- forgets the index\nALTER TABLE users DROP COLUMN name;\n',
    });
    const found = (await findings(dir)).filter((f) => f.rule === 'down-mismatch');
    expect(found).toEqual([
      {
        rule: 'down-mismatch',
        severity: 'warning',
        project: expect.any(String),
        message:
          'The down migration of 000002_email_index.up.sql does not restore the schema before it: index idx_users_email is left behind.',
        locations: [{ path: 'migrations/000002_email_index.down.sql', line: 2, column: 1 }],
      },
    ]);
  });

  it('reports a down that fails, and an up that cannot run again after its down', async () => {
    const dir = project({
      'migrations/000001_users.up.sql': 'CREATE TABLE users (id INTEGER PRIMARY KEY);\n',
      'migrations/000001_users.down.sql': 'DROP TABLE user;\n',
      // The down "restores" the schema but the up is not re-runnable: it inserts a fixed row.
      'migrations/000002_idx.up.sql': 'INSERT INTO users (id) VALUES (1);\n',
      'migrations/000002_idx.down.sql': 'SELECT 1;\n',
    });
    const messages = (await findings(dir)).filter((f) => f.rule === 'down-mismatch').map((f) => f.message);
    expect(messages).toEqual([
      '000002_idx.up.sql fails when run again after its down migration: UNIQUE constraint failed: users.id.',
      'The down migration of 000001_users.up.sql fails right after its up: no such table: user.',
    ]);
  });

  it('is quiet when every down restores the schema', async () => {
    const dir = project({
      'migrations/000001_users.up.sql': 'CREATE TABLE users (id INTEGER PRIMARY KEY);\n',
      'migrations/000001_users.down.sql': 'DROP TABLE users;\n',
      'migrations/000002_idx.up.sql': 'CREATE INDEX idx_users_id ON users (id);\n',
      'migrations/000002_idx.down.sql': 'DROP INDEX idx_users_id;\n',
    });
    expect(await findings(dir)).toEqual([]);
  });
});

describe('destructive-change', () => {
  it('finds DROP TABLE, DROP COLUMN, a rebuild that loses a column, and cascade deletes', async () => {
    const dir = project({
      'db/001_init.sql':
        'CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT);\n' +
        'CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors(id) ON DELETE CASCADE, title TEXT);\n' +
        "CREATE TABLE legacy (id INTEGER PRIMARY KEY, status TEXT NOT NULL CHECK (status IN ('a', 'b')));\n" +
        'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, extra TEXT);\n',
      'db/002_drop.sql': 'DROP TABLE legacy;\nALTER TABLE notes DROP COLUMN extra;\n',
      'db/003_rebuild_authors.sql':
        'PRAGMA foreign_keys = ON;\n' +
        'CREATE TABLE authors_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n' +
        'INSERT INTO authors_new (id, name) SELECT id, name FROM authors;\n' +
        'DROP TABLE authors;\n' +
        'ALTER TABLE authors_new RENAME TO authors;\n',
      'db/004_rename.sql':
        'ALTER TABLE notes RENAME COLUMN body TO text;\nALTER TABLE notes RENAME TO memos;\n',
    });
    const found = (await findings(dir, '--migrations', 'db')).filter((f) => f.rule === 'destructive-change');
    expect(
      found.map((f) => [f.severity, f.table, f.column, `${f.locations[0]?.path}:${f.locations[0]?.line}`]),
    ).toEqual([
      ['warning', 'authors', 'bio', 'db/003_rebuild_authors.sql:4'],
      ['warning', 'books', undefined, 'db/003_rebuild_authors.sql:4'],
      ['warning', 'legacy', undefined, 'db/002_drop.sql:1'],
      ['notice', 'legacy', undefined, 'db/001_init.sql:1'],
      ['warning', 'notes', 'extra', 'db/002_drop.sql:2'],
    ]);
    const messages = found.map((f) => f.message);
    expect(messages[0]).toBe(
      '003_rebuild_authors.sql rebuilds authors without column bio: its data is lost.',
    );
    expect(messages[1]).toMatch(
      /^003_rebuild_authors\.sql: DROP TABLE authors deletes rows of books through its foreign key \(2 seeded rows before, 0 after\)/,
    );
    expect(messages[2]).toBe('002_drop.sql drops table legacy.');
    expect(messages[3]).toMatch(/^Rows could not be seeded into legacy \(CHECK constraint failed/);
    expect(messages[4]).toBe('002_drop.sql drops column notes.extra and its data.');
  });
});

describe('history analysis and the replay', () => {
  it('reports nothing of the history when the replay fails (the analysis runs beside it and is dropped)', async () => {
    const dir = project({
      'db/001_init.sql': 'CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT);\n',
      'db/002_drop.sql': 'ALTER TABLE a DROP COLUMN x;\n',
      'db/003_broken.sql': 'CREATE TABLE b (id INTEGER PRIMARY KEY REFERENCES);\n',
    });
    const rules = (await findings(dir, '--migrations', 'db')).map((f) => f.rule);
    expect(rules).toContain('replay-error');
    expect(rules).not.toContain('destructive-change');
  });
});

describe('history analysis time budget', () => {
  it('ends a statement that runs away only on seeded rows with a notice, and the run goes on', async () => {
    const dir = project({
      'driftcheck.json': JSON.stringify({ migrations: 'db', timeoutMs: 1000 }),
      'db/001_init.sql': 'CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);\n',
      // Ends at once on the replay's empty table; never ends once t holds seeded rows.
      'db/002_report.sql':
        'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c, t) SELECT count(*) FROM c;\n',
      'db/003_drop.sql': 'DROP TABLE t;\n',
    });
    const started = Date.now();
    const found = await findings(dir);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(found).toEqual([
      {
        rule: 'destructive-change',
        severity: 'notice',
        project: expect.any(String),
        message:
          '002_report.sql did not finish within its time budget (1 s) on a database with seeded rows, so the history analysis stopped there: data loss and down migrations are not checked.',
        locations: [{ path: 'db/002_report.sql', line: 1, column: 1 }],
      },
    ]);
  }, 30_000);
});
