import { describe, expect, it } from 'vitest';
import type { MigrationFormat } from '../../src/migrations/types.js';
import type { ReplayFailure } from '../../src/sqlite/replay.js';
import { replayInProcess } from '../../src/sqlite/replay-in-process.js';
import { type FileSpec, migrationSet } from './replay-helpers.js';

/** Replays and returns the only failure. */
async function failure(
  files: readonly FileSpec[],
  options: { format?: MigrationFormat; foreignKeys?: boolean } = {},
): Promise<ReplayFailure> {
  const { db, result } = await replayInProcess(migrationSet(files, options));
  db.close();
  expect(result.failures).toHaveLength(1);
  return result.failures[0]!;
}

describe('fix hints', () => {
  it('NOT NULL without a default on ADD COLUMN: a default, or the 12-step rebuild', async () => {
    const f = await failure([
      { path: 'm/1.sql', sql: 'CREATE TABLE goals (id TEXT PRIMARY KEY);' },
      { path: 'm/2.sql', sql: 'ALTER TABLE goals ADD COLUMN root_id TEXT NOT NULL;' },
    ]);
    expect(f.message).toBe('Cannot add a NOT NULL column with default value NULL');
    expect(f.location).toEqual({ path: 'm/2.sql', line: 1, column: 1 });
    expect(f.hint).toContain('12-step');
    expect(f.fix).toBe("ALTER TABLE goals ADD COLUMN root_id TEXT NOT NULL DEFAULT '';");
  });

  it('duplicate column: names the migration and line that added it', async () => {
    const f = await failure([
      {
        path: 'm/003_init.sql',
        sql: 'CREATE TABLE milestones (\n  id INTEGER PRIMARY KEY,\n  app_id TEXT\n);',
      },
      { path: 'm/004_autopilot.sql', sql: 'ALTER TABLE milestones ADD COLUMN app_id TEXT;' },
    ]);
    expect(f.message).toBe('duplicate column name: app_id');
    expect(f.hint).toContain('milestones.app_id already exists: it was added by m/003_init.sql:3');
  });

  it('no such table: names the migration that dropped it', async () => {
    const f = await failure([
      { path: 'm/1.sql', sql: 'CREATE TABLE sessions (id INTEGER);' },
      { path: 'm/2.sql', sql: '\nDROP TABLE sessions;' },
      { path: 'm/3.sql', sql: 'INSERT INTO sessions VALUES (1);' },
    ]);
    expect(f.message).toBe('no such table: sessions');
    expect(f.hint).toBe('Table sessions was dropped by m/2.sql:2.');
  });

  it('no such table: names the migration that renamed it', async () => {
    const f = await failure([
      { path: 'm/1.sql', sql: 'CREATE TABLE session (id INTEGER);' },
      { path: 'm/2.sql', sql: 'ALTER TABLE session RENAME TO practice_sessions;' },
      { path: 'm/3.sql', sql: 'CREATE INDEX s_id ON session (id);' },
    ]);
    expect(f.message).toBe('no such table: main.session');
    expect(f.hint).toBe('Table session was renamed to practice_sessions by m/2.sql:1: use the new name.');
  });

  it('no such table: a later migration creates it (wrong order)', async () => {
    const f = await failure([
      { path: 'm/1.sql', sql: 'CREATE INDEX g ON goals (id);' },
      { path: 'm/2.sql', sql: '-- goals\nCREATE TABLE IF NOT EXISTS goals (id INTEGER);' },
    ]);
    expect(f.hint).toBe(
      'goals is created only later, by m/2.sql:2: this migration runs before it. Fix the order (version numbers) of the two migrations.',
    );
  });

  it('no such table: says when no migration creates it', async () => {
    const f = await failure([{ path: 'm/1.sql', sql: 'ALTER TABLE users ADD COLUMN email TEXT;' }]);
    expect(f.hint).toContain('No migration before this one creates table users');
  });

  it('seed 004: migration 009 fails from zero with no such column: notification_type', async () => {
    const f = await failure([
      {
        path: 'migrations/004_autopilot.sql',
        sql: 'CREATE TABLE notifications (\n  id INTEGER PRIMARY KEY,\n  message TEXT\n);',
      },
      {
        path: 'migrations/009_notification_index.sql',
        sql: '-- speed up the inbox\nCREATE INDEX idx_notifications_type\n  ON notifications (notification_type);',
      },
    ]);
    expect(f.message).toBe('no such column: notification_type');
    expect(f.location).toEqual({ path: 'migrations/009_notification_index.sql', line: 2, column: 1 });
    expect(f.hint).toContain('No migration before this one adds a column notification_type to notifications');
  });

  it('no such column: names the migration that renamed it', async () => {
    const f = await failure([
      { path: 'm/1.sql', sql: 'CREATE TABLE t (kind TEXT);' },
      { path: 'm/2.sql', sql: 'ALTER TABLE t RENAME COLUMN kind TO type;' },
      { path: 'm/3.sql', sql: 'CREATE INDEX t_kind ON t (kind);' },
    ]);
    expect(f.hint).toBe('t.kind was renamed to type by m/2.sql:1: use the new name.');
  });

  it('no such column: names the migration that dropped it', async () => {
    const f = await failure([
      { path: 'm/1.sql', sql: 'CREATE TABLE t (a TEXT, legacy TEXT);' },
      { path: 'm/2.sql', sql: 'ALTER TABLE t DROP COLUMN legacy;' },
      { path: 'm/3.sql', sql: "UPDATE t SET legacy = 'x';" },
    ]);
    expect(f.hint).toBe('t.legacy was dropped by m/2.sql:1.');
  });

  it('table already exists: names the migration that created it and offers IF NOT EXISTS', async () => {
    const f = await failure([
      { path: 'm/1.sql', sql: '\n\nCREATE TABLE goals (id INTEGER);' },
      { path: 'm/2.sql', sql: 'CREATE TABLE goals (id INTEGER);' },
    ]);
    expect(f.message).toBe('table goals already exists');
    expect(f.hint).toContain('It was created by m/1.sql:3.');
    expect(f.fix).toBe('CREATE TABLE IF NOT EXISTS goals (id INTEGER);');
  });

  it('foreign key mismatch: the referenced columns need a unique index', async () => {
    const f = await failure(
      [
        {
          path: 'm/1.sql',
          sql: 'CREATE TABLE p (a INTEGER, b TEXT);\nCREATE TABLE c (x INTEGER REFERENCES p (a));\nINSERT INTO c VALUES (1);',
        },
      ],
      { foreignKeys: true },
    );
    expect(f.message).toBe('foreign key mismatch - "c" referencing "p"');
    expect(f.fix).toBe('CREATE UNIQUE INDEX p_a_key ON p (a);');
  });

  it.each([
    ['ALTER TABLE t ALTER COLUMN a TYPE TEXT;', "SQLite cannot change a column's type or default"],
    ['ALTER TABLE t ALTER COLUMN a SET DEFAULT 1;', "SQLite cannot change a column's type or default"],
    ['ALTER TABLE t MODIFY a TEXT;', 'MODIFY/CHANGE COLUMN is MySQL syntax'],
    ['CREATE TABLE u (id INTEGER PRIMARY KEY AUTO_INCREMENT);', 'AUTO_INCREMENT is MySQL syntax'],
    ['CREATE TABLE u (id BIGSERIAL PRIMARY KEY, n INT) ENGINE=InnoDB;', 'SERIAL is PostgreSQL syntax'],
    ['ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a);', 'use CREATE UNIQUE INDEX'],
    ['ALTER TABLE t ADD COLUMN IF NOT EXISTS b TEXT;', 'no ADD COLUMN IF NOT EXISTS'],
    ['ALTER TABLE t DROP CONSTRAINT t_a_key;', 'SQLite can drop only named CHECK and NOT NULL constraints'],
    ['SELECT a::text FROM t;', 'CAST(value AS type)'],
  ])('syntax from other databases: %s', async (sql, expected) => {
    const f = await failure([{ path: 'm/1.sql', sql: `CREATE TABLE t (a INTEGER);\n${sql}` }]);
    expect(f.location.line).toBe(2);
    expect(f.hint).toContain(expected);
  });

  it('a file with its own BEGIN under a runner that wraps each migration', async () => {
    const f = await failure(
      [{ path: 'db/migrations/1_init.sql', sql: '-- +goose Up\nBEGIN;\nCREATE TABLE a (x);\nCOMMIT;' }],
      { format: 'goose' },
    );
    expect(f.message).toBe('cannot start a transaction within a transaction');
    expect(f.location.line).toBe(2);
    expect(f.hint).toContain('goose runs each migration inside a transaction');
    expect(f.hint).toContain('-- +goose NO TRANSACTION');
  });

  it('a function from another database gets its SQLite equivalent', async () => {
    const f = await failure([{ path: 'm/1.sql', sql: 'CREATE TABLE t (a);\nINSERT INTO t VALUES (NOW());' }]);
    expect(f.hint).toContain("CURRENT_TIMESTAMP or datetime('now')");
  });

  it('a rebuild that renames over a table a view still uses: drop and recreate the view', async () => {
    const f = await failure([
      {
        path: 'm/1.sql',
        sql: 'CREATE TABLE t (a);\nCREATE VIEW v AS SELECT a FROM t;\nCREATE TABLE t_new (a, b);\nDROP TABLE t;\nALTER TABLE t_new RENAME TO t;',
      },
    ]);
    expect(f.message).toBe('error in view v: no such table: main.t');
    expect(f.location.line).toBe(5);
    expect(f.hint).toContain('Drop v before this statement and create it again after.');
  });

  it("VACUUM inside the runner's transaction", async () => {
    const f = await failure([{ path: 'm/1.sql', sql: 'CREATE TABLE t (a);\nVACUUM;' }]);
    expect(f.location.line).toBe(2);
    expect(f.hint).toContain('VACUUM cannot run inside one');
  });

  it('UNIQUE on ADD COLUMN: add the column, then a unique index', async () => {
    const f = await failure([
      { path: 'm/1.sql', sql: 'CREATE TABLE t (a);\nALTER TABLE t ADD COLUMN b TEXT UNIQUE;' },
    ]);
    expect(f.fix).toBe('ALTER TABLE t ADD COLUMN b TEXT;\nCREATE UNIQUE INDEX t_b_key ON t (b);');
  });
});
