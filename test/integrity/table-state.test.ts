import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { generateHistory } from '../../bench/generate.mjs';
import { loadConfig } from '../../src/config/load.js';
import { resolveProjects } from '../../src/config/resolve.js';
import { seedEmptyTables } from '../../src/integrity/seed.js';
import { statementEffect } from '../../src/integrity/statement-effect.js';
import { tableStateReader } from '../../src/integrity/table-state.js';
import type { FileSystem } from '../../src/ports.js';
import { loadMigrationSet } from '../../src/sources/migrations.js';
import { replayMigrations } from '../../src/sqlite/replay.js';
import { openReplayDatabase } from '../../src/sqlite/replay-in-process.js';
import { directoryFs, memoryFs } from '../support/fs.js';

const ROOT = resolve(import.meta.dirname, '../..');
const generated = mkdtempSync(join(tmpdir(), 'driftcheck-table-state-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));

const dirsUnder = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${dir}/${e.name}`);

/**
 * Replays the project's migrations on seeded tables as the destructive-change pass does, and after
 * every statement and migration compares what the reader (told each statement and each seeded
 * table) answers with what a new reader reads from the database from scratch.
 */
async function expectSameAsFreshReads(fs: FileSystem, overrides: { migrations?: string } = {}) {
  const { config } = await loadConfig(fs);
  const [project] = resolveProjects(config, overrides, 'app');
  const set = (await loadMigrationSet(fs, project!.root, project!.migrations))?.set;
  if (!set) return 0;
  const db = await openReplayDatabase();
  let checks = 0;
  try {
    const reader = tableStateReader(db);
    const same = (where: string) => {
      const fresh = tableStateReader(db);
      expect(JSON.stringify([...reader.snapshot()]), where).toBe(JSON.stringify([...fresh.snapshot()]));
      checks++;
    };
    let completed = true;
    replayMigrations(db, set, {
      keepGoing: true,
      onMigrationStart: (i) => {
        if (!completed) reader.reset();
        completed = false;
        same(`before migration ${i}`);
      },
      onStatement: (i, s) => {
        if (s > 0) same(`migration ${i}, after statement ${s - 1}`);
        reader.statementRuns(set.migrations[i]!.up[s]!.sql);
      },
      onMigration: (i) => {
        completed = true;
        same(`after migration ${i}`);
        seedEmptyTables(db, new Set(), reader);
        same(`after seeding, migration ${i}`);
      },
    });
  } finally {
    db.close();
  }
  return checks;
}

describe('table reads told what each statement changes', () => {
  it.each([...dirsUnder('examples'), ...dirsUnder('test/fixtures/check')])(
    'answer what reading everything again answers: %s',
    async (dir) => {
      await expectSameAsFreshReads(directoryFs(join(ROOT, dir)));
    },
  );

  it.each([150, 400])(
    'on a generated history of %i migrations',
    async (count) => {
      generateHistory(join(generated, `h${count}`), count);
      expect(await expectSameAsFreshReads(directoryFs(join(generated, `h${count}`)))).toBeGreaterThan(count);
    },
    120_000,
  );

  it('through triggers, cascades, REPLACE, upserts, renames, TEMP objects and rollbacks', async () => {
    const up = (sql: string, header = '') => `${header}-- +goose Up\n${sql}`;
    const block = (sql: string) => `-- +goose StatementBegin\n${sql}\n-- +goose StatementEnd\n`;
    const checks = await expectSameAsFreshReads(
      memoryFs({
        // Out of a transaction, where the pragma takes effect; every later migration has one.
        'db/00001_init.sql': up(
          'PRAGMA foreign_keys = ON;\n' +
            'CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT UNIQUE);\n' +
            'CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE ON UPDATE CASCADE);\n' +
            'CREATE TABLE log (id INTEGER PRIMARY KEY, note TEXT);\n' +
            'CREATE TABLE audit (id INTEGER PRIMARY KEY, note TEXT);\n',
          '-- +goose NO TRANSACTION\n',
        ),
        'db/00002_trigger.sql': up(
          "INSERT INTO log (note) VALUES ('a'), ('b');\n" +
            block('CREATE TRIGGER child_moved AFTER UPDATE ON child BEGIN DELETE FROM log; END;'),
        ),
        // The UPDATE cascades to child, whose trigger empties log.
        'db/00003_cascade_update.sql': up('UPDATE parent SET id = id + 100;\n'),
        'db/00004_insert_trigger.sql': up(
          "INSERT INTO audit (note) VALUES ('x');\n" +
            block('CREATE TRIGGER audit_in AFTER INSERT ON audit BEGIN DELETE FROM child; END;') +
            "INSERT INTO audit (note) VALUES ('y');\n",
        ),
        'db/00005_replace.sql': up(
          "INSERT OR REPLACE INTO parent (id, name) VALUES (101, 'z');\n" +
            "INSERT INTO parent (id, name) VALUES (102, 'w') ON CONFLICT (id) DO UPDATE SET id = 300;\n",
        ),
        'db/00006_renames.sql': up(
          'ALTER TABLE log RENAME TO journal;\nCREATE TABLE log (id INTEGER PRIMARY KEY, other TEXT);\n' +
            'ALTER TABLE journal RENAME COLUMN note TO text;\nALTER TABLE journal ADD COLUMN extra TEXT;\n' +
            'ALTER TABLE "JOURNAL" DROP COLUMN extra;\n',
        ),
        'db/00007_temp_trigger.sql': up(
          block('CREATE TEMP TRIGGER log_in AFTER INSERT ON log BEGIN DELETE FROM journal; END;') +
            "INSERT INTO log (other) VALUES ('q');\n",
        ),
        'db/00008_deletes.sql': up(
          'CREATE TABLE copy AS SELECT * FROM parent;\nDELETE FROM parent;\n' +
            'WITH gone AS (SELECT id FROM copy) DELETE FROM copy WHERE id IN gone;\n',
        ),
        // A deferred foreign key fails at COMMIT: the runner rolls the migration back.
        'db/00009_rolled_back.sql': up(
          'PRAGMA defer_foreign_keys = ON;\nCREATE TABLE later (id INTEGER PRIMARY KEY);\n' +
            'INSERT INTO child (parent_id) VALUES (999);\nDELETE FROM audit;\n',
        ),
        'db/00010_drops.sql': up(
          'SAVEPOINT s;\nDELETE FROM journal;\nROLLBACK TO s;\nRELEASE s;\n' +
            "REPLACE INTO audit (id, note) VALUES (1, 'r');\nDROP TABLE IF EXISTS nothing;\n",
        ),
        // Dropping the parent deletes its rows first, and the children's through the cascade.
        'db/00011_drop_parent.sql': up('DROP TABLE parent;\n'),
        // Seeding the new table sets off its trigger.
        'db/00012_seeded_trigger.sql': up(
          'CREATE TABLE fresh (id INTEGER PRIMARY KEY, v TEXT);\n' +
            block('CREATE TRIGGER fresh_in AFTER INSERT ON fresh BEGIN DELETE FROM audit; END;'),
        ),
      }),
      { migrations: 'db' },
    );
    expect(checks).toBeGreaterThan(30);
  });

  it('through triggers with foreign keys off', async () => {
    const checks = await expectSameAsFreshReads(
      memoryFs({
        'db/001.sql':
          'CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT);\nCREATE TABLE b (id INTEGER PRIMARY KEY);\n' +
          'CREATE TABLE c (id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL REFERENCES a (id) ON DELETE CASCADE);\n' +
          'CREATE TABLE p (id INTEGER PRIMARY KEY);\n' +
          'CREATE TABLE k (id INTEGER PRIMARY KEY, p_id INTEGER NOT NULL REFERENCES p (id) ON DELETE CASCADE);\n',
        'db/002.sql':
          'CREATE TRIGGER a_gone AFTER DELETE ON a BEGIN DELETE FROM b; END;\n' +
          'CREATE TRIGGER a_changed AFTER UPDATE ON a BEGIN DELETE FROM c; END;\n',
        // No cascade without foreign keys: only the triggers reach b and c.
        'db/003.sql': 'DELETE FROM a WHERE id = 1;\n',
        'db/004.sql': "UPDATE a SET v = 'x';\n",
        'db/005.sql': 'DELETE FROM c WHERE id > 1;\n',
        // These files run without a transaction: the pragma takes effect, and the DELETE cascades.
        'db/006.sql': 'PRAGMA foreign_keys = ON;\nDELETE FROM p WHERE id = 1;\n',
      }),
      { migrations: 'db' },
    );
    expect(checks).toBeGreaterThan(10);
  });
});

describe('statementEffect', () => {
  const none = { on: () => false, foreignKeys: () => false };
  const all = { on: () => true, foreignKeys: () => true };
  it.each([
    ['CREATE TABLE t (id INTEGER)', none, { tables: ['t'], rows: ['t'] }],
    ['CREATE INDEX i ON t (a)', none, { tables: [], rows: [] }],
    ['CREATE TEMP VIEW v AS SELECT 1', none, { tables: 'all', rows: 'all' }],
    ['CREATE VIRTUAL TABLE f USING fts5(body)', none, { tables: 'all', rows: 'all' }],
    ['ALTER TABLE t ADD COLUMN c TEXT', none, { tables: ['t'], rows: [] }],
    ['ALTER TABLE t RENAME TO u', none, { tables: ['t', 'u'], rows: ['t', 'u'] }],
    ['ALTER TABLE aux.t ADD COLUMN c', none, { tables: 'all', rows: 'all' }],
    ['DROP TABLE t', none, { tables: ['t'], rows: ['t'] }],
    ['DROP TABLE t', all, { tables: ['t'], rows: 'all' }],
    ['DROP INDEX i', none, { tables: [], rows: [] }],
    ['INSERT INTO t (a) SELECT a FROM s', none, { tables: [], rows: ['t'] }],
    ['INSERT INTO t (a) VALUES (1)', all, { tables: [], rows: 'all' }],
    ['INSERT OR REPLACE INTO t (a) VALUES (1)', none, { tables: [], rows: 'all' }],
    ['INSERT OR ROLLBACK INTO t (a) VALUES (1)', none, { tables: 'all', rows: 'all' }],
    ['INSERT INTO main.t (a) VALUES (1)', none, { tables: 'all', rows: 'all' }],
    ['UPDATE t SET a = 1', none, { tables: [], rows: [] }],
    ['UPDATE t SET a = 1', all, { tables: [], rows: 'all' }],
    ['UPDATE OR REPLACE t SET a = 1', none, { tables: [], rows: 'all' }],
    ['DELETE FROM t WHERE id > 3', none, { tables: [], rows: ['t'] }],
    ['DELETE FROM t', { ...none, foreignKeys: () => true }, { tables: [], rows: 'all' }],
    ['DELETE FROM t', { ...none, on: () => true }, { tables: [], rows: 'all' }],
    ['UPDATE t SET a = 1', { ...none, foreignKeys: () => true }, { tables: [], rows: 'all' }],
    ['PRAGMA foreign_keys = OFF', none, { tables: [], rows: [] }],
    ['ROLLBACK', none, { tables: 'all', rows: 'all' }],
    ["UPDATE sqlite_schema SET sql = 'x'", none, { tables: 'all', rows: 'all' }],
    ['VACUUM', none, { tables: 'all', rows: 'all' }],
  ])('%s', (sql, triggers, effect) => {
    expect(statementEffect(sql, triggers)).toEqual(effect);
  });
});
