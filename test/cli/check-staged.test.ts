import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, git, makeRepo, removeRepo, writeFiles } from '../helpers/git-repo.js';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/sqlite-basic');
const files: Record<string, string> = {
  'driftcheck.json': JSON.stringify({ migrations: 'migrations', models: 'schema.sql' }),
  'schema.sql': readFileSync(join(EXAMPLE, 'schema.sql'), 'utf8'),
};
for (const name of readdirSync(join(EXAMPLE, 'migrations')))
  files[`migrations/${name}`] = readFileSync(join(EXAMPLE, 'migrations', name), 'utf8');

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) removeRepo(dir);
});

describe('check --staged', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'driftcheck-cli-cache-'));
  dirs.push(cacheDir);
  const env = { DRIFTCHECK_CACHE_DIR: cacheDir };

  it('checks the index, not the working tree, with and without the cache', async () => {
    const dir = makeRepo(files);
    dirs.push(dir);
    // Staged: a new table in the models only. Working tree: also the migration that creates it (untracked).
    writeFiles(dir, {
      'schema.sql': `${files['schema.sql']}\nCREATE TABLE tags (id INTEGER PRIMARY KEY);\n`,
    });
    git(dir, 'add', 'schema.sql');
    writeFiles(dir, { 'migrations/005_tags.sql': 'CREATE TABLE tags (id INTEGER PRIMARY KEY);\n' });

    const staged = await cli(dir, ['check', '--staged', '--format', 'json'], env);
    expect(staged.code).toBe(1);
    const report = JSON.parse(staged.stdout);
    expect(report.findings.map((f: { rule: string; table: string }) => `${f.rule} ${f.table}`)).toEqual([
      'table-missing tags',
    ]);
    const again = await cli(dir, ['check', '--staged', '--format', 'json'], env);
    const uncached = await cli(dir, ['check', '--staged', '--format', 'json', '--no-cache'], env);
    const strip = (text: string) => text.replace(/"totalMs": \d+/, '"totalMs": 0');
    expect(strip(again.stdout)).toBe(strip(staged.stdout));
    expect(strip(uncached.stdout)).toBe(strip(staged.stdout));

    const tree = await cli(dir, ['check', '--format', 'json'], env);
    expect(tree.code).toBe(0);
    expect(JSON.parse(tree.stdout).findings).toEqual([]);

    // The whole-run cache keeps the staged and the working-tree run apart, and a newly staged
    // migration invalidates the staged one.
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('run-'))).toHaveLength(2);
    expect((await cli(dir, ['check', '--staged', '--format', 'json'], env)).code).toBe(1);
    git(dir, 'add', 'migrations/005_tags.sql');
    const staged2 = await cli(dir, ['check', '--staged', '--format', 'json'], env);
    expect(staged2.code).toBe(0);
    expect(strip(staged2.stdout)).toBe(strip(tree.stdout));
  });

  it('prints one line per finding and the details command in compact format; nothing when clean', async () => {
    const dir = makeRepo(files);
    dirs.push(dir);
    expect((await cli(dir, ['check', '--staged', '--format', 'compact'], env)).stdout).toBe('');
    writeFiles(dir, {
      'schema.sql': `${files['schema.sql']}\nCREATE TABLE tags (id INTEGER PRIMARY KEY);\n`,
    });
    git(dir, 'add', 'schema.sql');
    const compact = await cli(dir, ['check', '--staged', '--format', 'compact'], env);
    expect(compact.stdout).toMatch(/^schema\.sql:\d+ table-missing .*tags/);
    expect(compact.stdout.trimEnd().split('\n').at(-1)).toBe(
      'driftcheck: 1 error. Run `npx driftcheck check --staged` for details and fixes.',
    );
  });

  it('says what to do outside a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftcheck-nogit-'));
    dirs.push(dir);
    writeFiles(dir, files);
    const result = await cli(dir, ['check', '--staged'], { ...env, GIT_CEILING_DIRECTORIES: tmpdir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--staged needs a git repository/);
  });
});
