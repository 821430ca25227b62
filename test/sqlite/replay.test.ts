import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/sqlite/engine.js';
import { replayMigrations } from '../../src/sqlite/replay.js';
import { openReplayDatabase, replayInProcess } from '../../src/sqlite/replay-in-process.js';
import { migrationSet } from './replay-helpers.js';

function tables(db: Database): string[] {
  const rows = db.exec("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")[0]?.values ?? [];
  return rows.map((r) => String(r[0]));
}

function count(db: Database, table: string): number {
  return Number(db.exec(`SELECT count(*) FROM ${table}`)[0]!.values[0]![0]);
}

const PARENT_CHILD = `CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id) ON DELETE CASCADE);
INSERT INTO parent VALUES (1, 'a');
INSERT INTO child VALUES (10, 1);
`;

const REBUILD = `PRAGMA foreign_keys=OFF;
CREATE TABLE parent_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '');
INSERT INTO parent_new SELECT id, coalesce(name, '') FROM parent;
DROP TABLE parent;
ALTER TABLE parent_new RENAME TO parent;
PRAGMA foreign_keys=ON;
`;

describe('replayMigrations: transactions', () => {
  it('rolls back a failing migration and stops there', async () => {
    const set = migrationSet([
      { path: 'm/1.sql', sql: 'CREATE TABLE a (x);' },
      { path: 'm/2.sql', sql: 'CREATE TABLE b (y);\nINSERT INTO missing VALUES (1);' },
      { path: 'm/3.sql', sql: 'CREATE TABLE c (z);' },
    ]);
    const { db, result } = await replayInProcess(set);
    expect(tables(db)).toEqual(['a']);
    expect(result.applied).toBe(1);
    expect(result.stoppedAt).toBe(1);
    expect(result.notReplayed).toBe(1);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatchObject({
      kind: 'sqlite',
      migration: 1,
      statement: 1,
      message: 'no such table: missing',
      location: { path: 'm/2.sql', line: 2, column: 1 },
    });
    // provenance forgets what the rolled-back migration created
    expect(result.provenance.object('table', 'b')).toBeUndefined();
    db.close();
  });

  it("keeps earlier statements of a failing 'none' migration", async () => {
    const set = migrationSet([
      { path: 'm/1.sql', sql: 'CREATE TABLE b (y);\nINSERT INTO missing VALUES (1);', transaction: 'none' },
    ]);
    const { db, result } = await replayInProcess(set);
    expect(tables(db)).toEqual(['b']);
    expect(result.applied).toBe(0);
    expect(result.provenance.object('table', 'b')?.created?.location.line).toBe(1);
    db.close();
  });

  it('reports a runtime error in step() at the statement that raised it', async () => {
    const set = migrationSet([
      {
        path: 'm/1.sql',
        sql: 'CREATE TABLE t (a INTEGER UNIQUE);\nINSERT INTO t VALUES (1);\n\nINSERT INTO t\n  VALUES (1);',
      },
    ]);
    const { db, result } = await replayInProcess(set);
    expect(result.failures[0]).toMatchObject({
      message: 'UNIQUE constraint failed: t.a',
      location: { path: 'm/1.sql', line: 4 },
    });
    db.close();
  });

  it('locates a failure inside a string holding several statements', async () => {
    const set = migrationSet([{ path: 'm/1.py', sql: 'x' }]);
    const migration = {
      ...set.migrations[0]!,
      up: [
        {
          sql: 'CREATE TABLE a (x);\n  CREATE TABLE b (y);\n  CREATE TABLE a (z);\n  CREATE TABLE c (w);',
          location: { path: 'm/1.py', line: 7, column: 5 },
        },
      ],
    };
    const { db, result } = await replayInProcess({ ...set, migrations: [migration] });
    expect(result.failures[0]).toMatchObject({
      message: 'table a already exists',
      sql: 'CREATE TABLE a (z);',
      location: { path: 'm/1.py', line: 9, column: 3 },
    });
    db.close();
  });

  it('fails a blocked step with its own message and hint', async () => {
    const set = migrationSet([{ path: 'm/1.py', sql: 'CREATE TABLE a (x);' }]);
    const migration = {
      ...set.migrations[0]!,
      up: [
        ...set.migrations[0]!.up,
        {
          sql: '',
          location: { path: 'm/1.py', line: 12 },
          blocked: { message: 'conn.execute(sql) with a computed string', hint: 'Use a literal.' },
        },
      ],
    };
    const { db, result } = await replayInProcess({ ...set, migrations: [migration] });
    expect(result.failures).toEqual([
      expect.objectContaining({
        kind: 'blocked',
        message: 'conn.execute(sql) with a computed string',
        hint: 'Use a literal.',
        location: { path: 'm/1.py', line: 12 },
      }),
    ]);
    db.close();
  });

  it('handles a file with a byte-order mark and CRLF line ends', async () => {
    const set = migrationSet([
      {
        path: 'm/1.sql',
        sql: '\uFEFF-- first\r\nCREATE TABLE a (x);\r\n\r\nALTER TABLE a ADD COLUMN x TEXT;\r\n',
      },
    ]);
    const { db, result } = await replayInProcess(set);
    expect(result.failures[0]).toMatchObject({
      message: 'duplicate column name: x',
      location: { path: 'm/1.sql', line: 4, column: 1 },
    });
    expect(result.failures[0]!.hint).toContain('m/1.sql:2');
    db.close();
  });
});

describe('replayMigrations: foreign keys and drizzle', () => {
  it('a rebuild with foreign keys on cascades: PRAGMA foreign_keys=OFF is a no-op inside the transaction', async () => {
    const set = migrationSet(
      [
        { path: 'm/1.sql', sql: PARENT_CHILD },
        { path: 'm/2.sql', sql: REBUILD },
      ],
      { foreignKeys: true },
    );
    const { db, result } = await replayInProcess(set);
    expect(result.failures).toEqual([]);
    expect(count(db, 'child')).toBe(0);
    db.close();
  });

  it('the same rebuild keeps child rows when the runner leaves foreign keys off', async () => {
    const set = migrationSet([
      { path: 'm/1.sql', sql: PARENT_CHILD },
      { path: 'm/2.sql', sql: REBUILD },
    ]);
    const { db } = await replayInProcess(set);
    expect(count(db, 'child')).toBe(1);
    db.close();
  });

  it("drizzle: one outer transaction; a hand-edited 'COMMIT; PRAGMA foreign_keys=OFF; BEGIN;' works as for real", async () => {
    const plain = migrationSet(
      [
        { path: 'drizzle/0000_init.sql', sql: PARENT_CHILD },
        { path: 'drizzle/0001_rebuild.sql', sql: REBUILD },
      ],
      { format: 'drizzle', foreignKeys: true, outerTransaction: true },
    );
    const cascaded = await replayInProcess(plain);
    expect(count(cascaded.db, 'child')).toBe(0);
    cascaded.db.close();

    const edited = migrationSet(
      [
        { path: 'drizzle/0000_init.sql', sql: PARENT_CHILD },
        { path: 'drizzle/0001_rebuild.sql', sql: `COMMIT;\nPRAGMA foreign_keys=OFF;\nBEGIN;\n${REBUILD}` },
      ],
      { format: 'drizzle', foreignKeys: true, outerTransaction: true },
    );
    const { db, result } = await replayInProcess(edited);
    expect(result.failures).toEqual([]);
    expect(result.applied).toBe(2);
    expect(count(db, 'child')).toBe(1);
    db.close();
  });

  it('a deferred foreign key violated at COMMIT fails the migration', async () => {
    const set = migrationSet(
      [
        {
          path: 'm/1.sql',
          sql: 'CREATE TABLE p (id INTEGER PRIMARY KEY);\nCREATE TABLE c (p_id INTEGER REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED);',
        },
        { path: 'm/2.sql', sql: 'INSERT INTO c VALUES (1);\nCREATE TABLE later (x);' },
        { path: 'm/3.sql', sql: 'CREATE TABLE last (y);' },
      ],
      { foreignKeys: true },
    );
    const { db, result } = await replayInProcess(set);
    expect(result.failures).toEqual([
      expect.objectContaining({
        migration: 1,
        message: 'FOREIGN KEY constraint failed (at COMMIT)',
        location: { path: 'm/2.sql', line: 2, column: 1 },
      }),
    ]);
    expect(result.failures[0]!.hint).toContain('deferred foreign key');
    expect(result.stoppedAt).toBe(1);
    expect(tables(db)).toEqual(['c', 'p']);

    const going = await replayInProcess(set, { keepGoing: true });
    expect(going.result.applied).toBe(2);
    expect(tables(going.db)).toEqual(['c', 'last', 'p']);
    going.db.close();
    db.close();
  });

  it('drizzle: a failure rolls back the whole run, as its migrator does', async () => {
    const set = migrationSet(
      [
        { path: 'drizzle/0000_a.sql', sql: 'CREATE TABLE a (x);' },
        { path: 'drizzle/0001_b.sql', sql: 'CREATE TABLE b (y);\nCREATE TABLE a (z);' },
      ],
      { format: 'drizzle', outerTransaction: true },
    );
    const { db, result } = await replayInProcess(set);
    expect(tables(db)).toEqual([]);
    expect(result.failures[0]?.location).toEqual({ path: 'drizzle/0001_b.sql', line: 2, column: 1 });
    expect(result.failures[0]?.hint).toContain('drizzle/0000_a.sql:1');
    db.close();
  });
});

describe('replayMigrations: options', () => {
  it('keepGoing skips failing statements and reports every failure', async () => {
    const set = migrationSet([
      { path: 'm/1.sql', sql: 'CREATE TABLE a (x);\nALTER TABLE a ADD COLUMN x INT;\nCREATE TABLE b (y);' },
      { path: 'm/2.sql', sql: 'DROP TABLE nope;\nCREATE TABLE c (z);' },
      { path: 'm/3.sql', sql: 'CREATE TABLE d (w);' },
    ]);
    const { db, result } = await replayInProcess(set, { keepGoing: true });
    expect(result.failures.map((f) => `${f.location.path}:${f.location.line} ${f.message}`)).toEqual([
      'm/1.sql:2 duplicate column name: x',
      'm/2.sql:1 no such table: nope',
    ]);
    expect(tables(db)).toEqual(['a', 'b', 'c', 'd']);
    // 1 and 2 are kept without their failing statements, but only 3 ran without a failure.
    expect(result.applied).toBe(1);
    expect(result.stoppedAt).toBeUndefined();
    db.close();
  });

  it('functions: app-registered SQL functions replay through stand-ins of any arity', async () => {
    const sql =
      "CREATE TABLE t (name TEXT, slug TEXT);\nINSERT INTO t (name) VALUES ('Hello');\nUPDATE t SET slug = slugify(name, '-');";
    const without = await replayInProcess(migrationSet([{ path: 'm/1.sql', sql }]));
    expect(without.result.failures[0]).toMatchObject({ message: 'no such function: slugify' });
    expect(without.result.failures[0]!.hint).toContain('"functions": ["slugify"]');
    without.db.close();

    const { db, result } = await replayInProcess(migrationSet([{ path: 'm/1.sql', sql }]), {
      functions: ['slugify'],
    });
    expect(result.failures).toEqual([]);
    expect(db.exec('SELECT slug FROM t')[0]!.values).toEqual([['Hello']]);
    db.close();
  });

  it('functions never replace a function SQLite has', async () => {
    const sql = "CREATE TABLE t (name TEXT);\nINSERT INTO t VALUES (lower('ABC'));";
    const { db, result } = await replayInProcess(migrationSet([{ path: 'm/1.sql', sql }]), {
      functions: ['LOWER'],
    });
    expect(result.failures).toEqual([]);
    expect(db.exec('SELECT name FROM t')[0]!.values).toEqual([['abc']]);
    db.close();
  });

  it('from resumes on a snapshot; onMigration sees the database after each migration', async () => {
    const files = [
      { path: 'm/1.sql', sql: 'CREATE TABLE a (x);\nINSERT INTO a VALUES (1);' },
      { path: 'm/2.sql', sql: 'ALTER TABLE a ADD COLUMN y TEXT;' },
      { path: 'm/3.sql', sql: 'INSERT INTO a VALUES (2, 2);\nALTER TABLE a RENAME COLUMN y TO z;' },
      { path: 'm/4.sql', sql: 'CREATE INDEX a_z ON a (z);' },
    ];
    const set = migrationSet(files);
    const prefix = await replayInProcess(set, { until: 2 });
    expect(prefix.result.applied).toBe(2);
    const snapshot = prefix.db.export();
    const provenance = prefix.result.provenance.snapshot();
    prefix.db.close();

    const seen: [number, number][] = [];
    const db = await openReplayDatabase(snapshot);
    const result = replayMigrations(db, set, {
      from: 2,
      provenance: JSON.parse(JSON.stringify(provenance)),
      onMigration: (index, live) => seen.push([index, count(live, 'a')]),
    });
    expect(result.failures).toEqual([]);
    expect(result.applied).toBe(2);
    expect(seen).toEqual([
      [2, 2],
      [3, 2],
    ]);
    const locate = result.provenance.locator();
    expect(locate.column?.('a', 'x')).toEqual({ path: 'm/1.sql', line: 1, column: 17 });
    expect(locate.column?.('a', 'z')).toEqual({ path: 'm/3.sql', line: 2, column: 1 });
    expect(locate.index?.('a_z', 'a')).toEqual({ path: 'm/4.sql', line: 1, column: 1 });
    db.close();
  });
});

describe('replayMigrations: ADD COLUMN limits SQLite checks only on tables with rows', () => {
  it('seed 001: DEFAULT CURRENT_TIMESTAMP on an existing table fails at its line', async () => {
    const set = migrationSet([
      {
        path: 'migrations/001_init.sql',
        sql: 'CREATE TABLE metric_values (\n  id TEXT PRIMARY KEY,\n  value REAL\n);\n',
      },
      {
        path: 'migrations/002_audit.sql',
        sql: '-- Phase 4: audit trail\nALTER TABLE metric_values ADD COLUMN updated_at DATETIME;\nALTER TABLE metric_values ADD COLUMN created_at DATETIME DEFAULT CURRENT_TIMESTAMP;\n',
      },
    ]);
    const { db, result } = await replayInProcess(set);
    expect(result.failures).toEqual([
      expect.objectContaining({
        kind: 'rows',
        message: 'Cannot add a column with non-constant default',
        location: { path: 'migrations/002_audit.sql', line: 3, column: 1 },
        fix: 'ALTER TABLE metric_values ADD COLUMN created_at DATETIME;\nUPDATE metric_values SET created_at = CURRENT_TIMESTAMP;',
      }),
    ]);
    // rolled back like the runner would on a database with rows
    expect(db.exec("SELECT name FROM pragma_table_info('metric_values')")[0]!.values.flat()).toEqual([
      'id',
      'value',
    ]);
    db.close();
  });

  it('accepts the same ALTER on a table created in the same migration (it is empty everywhere)', async () => {
    const set = migrationSet([
      {
        path: 'm/1.sql',
        sql: 'CREATE TABLE t (id INTEGER PRIMARY KEY);\nALTER TABLE t ADD COLUMN created_at DATETIME DEFAULT CURRENT_TIMESTAMP;',
      },
    ]);
    const { db, result } = await replayInProcess(set);
    expect(result.failures).toEqual([]);
    db.close();
  });

  it('on a table the migrations filled, SQLite itself rejects it (an ordinary failure)', async () => {
    const set = migrationSet([
      { path: 'm/1.sql', sql: 'CREATE TABLE t (id INTEGER PRIMARY KEY);\nINSERT INTO t VALUES (1);' },
      { path: 'm/2.sql', sql: 'ALTER TABLE t ADD COLUMN c TEXT NOT NULL;' },
    ]);
    const { db, result } = await replayInProcess(set);
    expect(result.failures).toEqual([
      expect.objectContaining({
        kind: 'sqlite',
        message: 'Cannot add a NOT NULL column with default value NULL',
      }),
    ]);
    expect(result.failures[0]!.hint).not.toContain('empty');
    db.close();
  });

  it('accepts constant defaults and NOT NULL with a default', async () => {
    const set = migrationSet([
      { path: 'm/1.sql', sql: 'CREATE TABLE t (id INTEGER PRIMARY KEY);' },
      {
        path: 'm/2.sql',
        sql: "ALTER TABLE t ADD COLUMN a INTEGER NOT NULL DEFAULT 0;\nALTER TABLE t ADD COLUMN b TEXT DEFAULT 'x';\nALTER TABLE t ADD COLUMN c REAL DEFAULT (-1.5);\nALTER TABLE t ADD COLUMN d AS (a + 1);",
      },
    ]);
    const { db, result } = await replayInProcess(set);
    expect(result.failures).toEqual([]);
    db.close();
  });
});
