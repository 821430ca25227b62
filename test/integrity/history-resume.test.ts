import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { generateHistory } from '../../bench/generate.mjs';
import { decodeHistoryState, encodeHistoryState } from '../../src/cache/history-cache.js';
import { loadConfig } from '../../src/config/load.js';
import { resolveProjects } from '../../src/config/resolve.js';
import { analyseHistory } from '../../src/integrity/history.js';
import { historyRules } from '../../src/integrity/history-rules.js';
import type { MigrationSet } from '../../src/migrations/types.js';
import type { FileSystem } from '../../src/ports.js';
import { loadMigrationSet } from '../../src/sources/migrations.js';
import { directoryFs, memoryFs } from '../support/fs.js';

const ROOT = resolve(import.meta.dirname, '../..');
const generated = mkdtempSync(join(tmpdir(), 'driftcheck-history-resume-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));

async function load(fs: FileSystem, overrides: { migrations?: string } = {}) {
  const { config } = await loadConfig(fs);
  const [project] = resolveProjects(config, overrides, 'app');
  const loaded = await loadMigrationSet(fs, project!.root, project!.migrations);
  return { project: project!, set: loaded?.set };
}

const prefix = (set: MigrationSet, count: number): MigrationSet => ({
  ...set,
  migrations: set.migrations.slice(0, count),
});

/**
 * The analysis of the whole set from zero, and resumed from the saved state after several of its
 * prefixes (through the cache encoding): the findings must be the same, byte for byte.
 */
async function expectResumable(fs: FileSystem, overrides: { migrations?: string } = {}) {
  const { project, set } = await load(fs, overrides);
  if (!set || set.migrations.length < 2) return { resumed: 0 };
  const base = { functions: project.functions, rules: historyRules(project) };
  const n = set.migrations.length;
  const reference = await analyseHistory({ ...base, set, save: false });
  let resumed = 0;
  for (const count of new Set([1, Math.floor(n / 2), n - 1])) {
    const saved = await analyseHistory({ ...base, set: prefix(set, count), save: true });
    const state = decodeHistoryState(encodeHistoryState('k', saved.state!), 'k');
    expect(state?.count).toBe(count);
    if (state?.destructive || state?.down) resumed++;
    const again = await analyseHistory({ ...base, set, save: true, ...(state ? { resume: state } : {}) });
    expect(JSON.stringify(again.findings)).toBe(JSON.stringify(reference.findings));
    // The state after the whole set is the same too, so a later resume from it is as good.
    const rest = await analyseHistory({ ...base, set, save: true, resume: again.state! });
    expect(JSON.stringify(rest.findings)).toBe(JSON.stringify(reference.findings));
  }
  return { resumed, findings: reference.findings.length };
}

const dirsUnder = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${dir}/${e.name}`);

describe('history analysis resumed from a saved prefix', () => {
  it.each([...dirsUnder('examples'), ...dirsUnder('test/fixtures/check')])(
    'reports what a run from zero reports: %s',
    async (dir) => {
      await expectResumable(directoryFs(join(ROOT, dir)));
    },
  );

  it('on a generated history of 100 migrations (rebuilds with foreign keys off and on)', async () => {
    generateHistory(join(generated, 'h100'), 100);
    const { resumed, findings } = await expectResumable(directoryFs(join(generated, 'h100')));
    expect(resumed).toBe(3);
    expect(findings).toBeGreaterThan(0);
  }, 120_000);

  it('with destructive changes, unseedable tables, cascades and a PRAGMA', async () => {
    const { resumed, findings } = await expectResumable(
      memoryFs({
        'db/001_init.sql':
          'CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT);\n' +
          'CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors(id) ON DELETE CASCADE, title TEXT);\n' +
          "CREATE TABLE legacy (id INTEGER PRIMARY KEY, status TEXT NOT NULL CHECK (status IN ('a', 'b')));\n" +
          'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, extra TEXT);\n',
        'db/002_drop.sql': 'DROP TABLE legacy;\nALTER TABLE notes DROP COLUMN extra;\n',
        'db/003_fk_on.sql': 'PRAGMA foreign_keys = ON;\n',
        'db/004_rebuild_authors.sql':
          'CREATE TABLE authors_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n' +
          'INSERT INTO authors_new (id, name) SELECT id, name FROM authors;\n' +
          'DROP TABLE authors;\n' +
          'ALTER TABLE authors_new RENAME TO authors;\n',
        'db/005_rename.sql':
          'ALTER TABLE notes RENAME COLUMN body TO text;\nALTER TABLE notes RENAME TO memos;\n',
        'db/006_required.sql': 'ALTER TABLE memos ADD COLUMN owner TEXT NOT NULL;\n',
      }),
      { migrations: 'db' },
    );
    expect(resumed).toBe(3);
    expect(findings).toBeGreaterThan(4);
  });

  it('with down migrations that do not restore the schema (golang-migrate)', async () => {
    const { resumed, findings } = await expectResumable(
      memoryFs({
        'migrations/000001_users.up.sql':
          'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n',
        'migrations/000001_users.down.sql': 'DROP TABLE user;\n',
        'migrations/000002_email_index.up.sql':
          'ALTER TABLE users ADD COLUMN name TEXT;\nCREATE INDEX idx_users_email ON users (email);\n',
        'migrations/000002_email_index.down.sql':
          '-- forgets the index\nALTER TABLE users DROP COLUMN name;\n',
        'migrations/000003_seed.up.sql': "INSERT INTO users (id, email) VALUES (1, 'a');\n",
        'migrations/000003_seed.down.sql': 'SELECT 1;\n',
        'migrations/000004_posts.up.sql': 'CREATE TABLE posts (id INTEGER PRIMARY KEY);\n',
        'migrations/000004_posts.down.sql': 'DROP TABLE posts;\n',
      }),
    );
    expect(resumed).toBe(3);
    expect(findings).toBeGreaterThan(2);
  });

  it('from zero when a prefix leaves state an export does not keep (a TEMP table)', async () => {
    const fs = memoryFs({
      'db/001.sql': 'CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT);\nCREATE TEMP TABLE scratch (v);\n',
      'db/002.sql': 'INSERT INTO scratch VALUES (1);\nALTER TABLE a DROP COLUMN x;\n',
    });
    const { project, set } = await load(fs, { migrations: 'db' });
    const base = { functions: project.functions, rules: historyRules(project) };
    const saved = await analyseHistory({ ...base, set: prefix(set!, 1), save: true });
    expect(saved.state?.destructive).toBeUndefined();
    await expectResumable(fs, { migrations: 'db' });
  });
});
