import { describe, expect, it } from 'vitest';
import { exitCodeFor, runCheck } from '../../src/check.js';
import { openDatabase } from '../../src/sqlite/engine.js';
import { memoryFs } from '../support/fs.js';

const check = async (files: Record<string, string>) => {
  const result = await runCheck({}, { fs: memoryFs(files), rootDir: '/repo/app', clock: { now: () => 0 } });
  return { report: result.report, exit: exitCodeFor(result.report, result.failOn) };
};

describe('runCheck', () => {
  it('does not compare when the last migration fails: its rolled-back changes are not drift', async () => {
    const { report, exit } = await check({
      'db/migrations/1_users.up.sql': 'CREATE TABLE users (id INTEGER PRIMARY KEY);\n',
      'db/migrations/2_more.up.sql':
        'ALTER TABLE users ADD COLUMN name TEXT;\nCREATE TABLE oops (x INTEGER REFERENCES nowhere);\nSELECT no_such_function();\n',
      'schema.sql':
        'CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\nCREATE TABLE oops (x INTEGER);\n',
    });
    expect(exit).toBe(1);
    expect(report.projects[0]?.migrations).toMatchObject({ format: 'golang-migrate', count: 2, replayed: 1 });
    expect(report.findings.map((f) => [f.rule, f.locations[0]?.path, f.locations[0]?.line])).toEqual([
      ['replay-error', 'db/migrations/2_more.up.sql', 3],
    ]);
  });
});

describe('runCheck detection notes', () => {
  it('names the repository root "." when the migrations are there', async () => {
    const result = await runCheck(
      { migrations: '' },
      {
        fs: memoryFs({ '001_init.sql': 'CREATE TABLE t (id INTEGER PRIMARY KEY);\n' }),
        rootDir: '/repo/app',
        clock: { now: () => 0 },
      },
    );
    expect(result.report.projects[0]?.detected).toEqual(['migrations: . (plain, detected)']);
  });
});

describe('runCheck messages', () => {
  it('names the model file found from the repository root, so the sentence reads', async () => {
    const result = await runCheck(
      { migrations: 'migrations', models: '', modelsFormat: 'drizzle' },
      {
        fs: memoryFs({
          'migrations/001_init.sql':
            'CREATE TABLE t (id INTEGER PRIMARY KEY);\nCREATE TABLE old (id INTEGER);\n',
          'schema.ts':
            "import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';\nexport const t = sqliteTable('t', { id: integer('id').primaryKey() });\n",
        }),
        rootDir: '/repo/app',
        clock: { now: () => 0 },
      },
    );
    expect(result.report.findings.map((f) => f.message)).toEqual([
      'table old is created by migrations/001_init.sql:2 but schema.ts does not declare it',
    ]);
  });
});

describe('runCheck with a database', () => {
  const migrations = {
    'migrations/001_users.sql': 'CREATE TABLE users (id INTEGER PRIMARY KEY);\n',
    'migrations/002_name.sql': 'ALTER TABLE users ADD COLUMN name TEXT;\n',
  };
  /** A database whose tracker says 002 ran while its column is missing. */
  const database = async () => {
    const db = await openDatabase();
    db.run(
      "CREATE TABLE users (id INTEGER PRIMARY KEY); CREATE TABLE schema_versions (version TEXT); INSERT INTO schema_versions VALUES ('001'), ('002');",
    );
    const bytes = db.export();
    db.close();
    return bytes;
  };

  it('applies rule overrides and the ignore list to database findings too', async () => {
    const files = { ...migrations, 'prod.db': await database() };
    const run = (config: object) =>
      runCheck(
        { database: ['prod.db'] },
        {
          fs: memoryFs({ ...files, 'driftcheck.json': JSON.stringify(config) }),
          rootDir: '/repo/app',
          clock: { now: () => 0 },
        },
      );
    const plain = await run({ migrations: 'migrations' });
    expect(plain.report.findings.map((f) => f.rule)).toContain('tracker-mismatch');
    const off = await run({ migrations: 'migrations', rules: { 'tracker-mismatch': 'off' } });
    expect(off.report.findings.map((f) => f.rule)).not.toContain('tracker-mismatch');
    const ignored = await run({ migrations: 'migrations', ignore: ['users'] });
    expect(ignored.report.findings.filter((f) => f.table === 'users')).toEqual([]);
  });
});
