import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { generateHistory } from '../../bench/generate.mjs';
import { loadConfig } from '../../src/config/load.js';
import { resolveProjects } from '../../src/config/resolve.js';
import { seedEmptyTables } from '../../src/integrity/seed.js';
import {
  type ChildKey,
  type EffectReads,
  rowsReached,
  statementEffect,
  type TriggerEffect,
  triggerEffect,
  type WriteEvent,
  type WriteTraits,
} from '../../src/integrity/statement-effect.js';
import { type Snapshot, tableStateReader } from '../../src/integrity/table-state.js';
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
    let before: Snapshot = new Map();
    replayMigrations(db, set, {
      keepGoing: true,
      onMigrationStart: (i) => {
        if (!completed) reader.reset();
        completed = false;
        reader.beginMigration({ rows: true });
        before = tableStateReader(db).snapshot();
        same(`before migration ${i}`);
      },
      onStatement: (i, s) => {
        if (s > 0) same(`migration ${i}, after statement ${s - 1}`);
        reader.statementRuns(set.migrations[i]!.up[s]!.sql);
      },
      onMigration: (i) => {
        completed = true;
        const changes = reader.migrationChanges();
        const after = tableStateReader(db).snapshot();
        // The tables it says the migration changed, as they were and are; every other one unchanged.
        for (const [k, state] of before) {
          const where = `migration ${i}, table ${state.name}`;
          if (changes.before.has(k)) expect(changes.before.get(k), where).toEqual(state);
          else expect(after.get(k), `${where} (untouched)`).toEqual(state);
        }
        for (const [k, state] of changes.after)
          expect(state, `migration ${i}, ${k} now`).toEqual(after.get(k));
        expect([...changes.before.keys()], `migration ${i}: order`).toEqual(
          [...before.keys()].filter((k) => changes.before.has(k)),
        );
        same(`after migration ${i}`);
        // Seeding asks only for the tables that may have become empty: every empty one is among them.
        const empty = [...after.values()].filter((t) => t.rows === 0).map((t) => t.name);
        seedEmptyTables(db, new Set(), {
          ...reader,
          emptied: () => {
            const asked = reader.emptied();
            expect(asked, `migration ${i}: tables that may be empty`).toEqual(expect.arrayContaining(empty));
            return asked;
          },
        });
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
        // The UPDATE takes the code of another row, which REPLACE deletes.
        'db/00013_replace_constraint.sql': up(
          'CREATE TABLE uniq (id INTEGER PRIMARY KEY, code TEXT UNIQUE ON CONFLICT REPLACE);\n' +
            "INSERT INTO uniq (code) VALUES ('a'), ('b');\nUPDATE uniq SET code = 'a' WHERE code = 'b';\n",
        ),
        // The second INSERT conflicts and rolls the migration's transaction back: strict is gone.
        'db/00014_rollback_constraint.sql': up(
          'CREATE TABLE strict (id INTEGER PRIMARY KEY, code TEXT UNIQUE ON CONFLICT ROLLBACK);\n' +
            "INSERT INTO strict (code) VALUES ('a');\nINSERT INTO strict (code) VALUES ('a');\n" +
            'CREATE TABLE after_rollback (id INTEGER PRIMARY KEY);\n',
        ),
        // The trigger rolls back the transaction that created its table.
        'db/00015_raise_rollback.sql': up(
          'CREATE TABLE guarded (id INTEGER PRIMARY KEY, v TEXT);\n' +
            block("CREATE TRIGGER guard BEFORE INSERT ON guarded BEGIN SELECT RAISE(ROLLBACK, 'no'); END;") +
            "CREATE TABLE gone_again (id INTEGER PRIMARY KEY);\nINSERT INTO guarded (v) VALUES ('x');\n" +
            'CREATE TABLE afterwards (id INTEGER PRIMARY KEY);\n',
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
        // The trigger moves with its table: deleting from the new name empties b again.
        'db/006.sql': 'ALTER TABLE a RENAME TO a2;\nDELETE FROM a2;\n',
        // Adding a column moves no trigger; creating one on a table already written to does.
        'db/007.sql':
          "ALTER TABLE b ADD COLUMN note TEXT;\nINSERT INTO b (note) VALUES ('n');\n" +
          'CREATE TRIGGER b_in AFTER INSERT ON b BEGIN DELETE FROM k; END;\n' +
          "INSERT INTO b (note) VALUES ('m');\n",
        // These files run without a transaction: the pragma takes effect, and the DELETE cascades.
        'db/008.sql': 'PRAGMA foreign_keys = ON;\nDELETE FROM p WHERE id = 1;\n',
        'db/009.sql':
          'CREATE TABLE sp (id INTEGER PRIMARY KEY);\n' +
          'CREATE TABLE sc (id INTEGER PRIMARY KEY, sp_id INTEGER REFERENCES sp (id) ON DELETE SET NULL);\n' +
          'CREATE TRIGGER sc_nulled AFTER UPDATE ON sc BEGIN DELETE FROM b; END;\n',
        // SET NULL updates sc, whose UPDATE trigger empties b.
        'db/010.sql': 'DELETE FROM sp;\n',
        // A conflict in a TEMP table rolls back the transaction around it.
        'db/011.sql':
          'CREATE TEMP TABLE kept (id INTEGER PRIMARY KEY, code TEXT UNIQUE ON CONFLICT ROLLBACK);\n' +
          "BEGIN;\nCREATE TABLE inside (id INTEGER PRIMARY KEY);\nINSERT INTO kept (code) VALUES ('a');\n" +
          "INSERT INTO kept (code) VALUES ('a');\nCREATE TABLE outside (id INTEGER PRIMARY KEY);\n",
        // Not followed (a WITH): the whole database is read again, and c is among what changed.
        'db/012.sql': 'WITH x AS (SELECT 1) DELETE FROM c;\n',
      }),
      { migrations: 'db' },
    );
    expect(checks).toBeGreaterThan(10);
  });
});

/** A trigger on `event` whose body cannot be followed. */
const anyWrite = (event: WriteEvent): TriggerEffect => ({ event, writes: 'all' });

/** EffectReads over a made-up database: every table named is a plain table unless listed otherwise. */
function fakeReads(
  db: {
    triggers?: Record<string, TriggerEffect[]>;
    children?: Record<string, ChildKey[]>;
    replaces?: string[];
    rollsBack?: string[];
    views?: string[];
    foreignKeys?: boolean;
  } = {},
): EffectReads {
  return {
    table: (name) =>
      db.views?.includes(name)
        ? undefined
        : {
            triggers: db.triggers?.[name] ?? [],
            children: () => db.children?.[name] ?? [],
            replaces: db.replaces?.includes(name) ?? false,
            rollsBack: db.rollsBack?.includes(name) ?? false,
          },
    foreignKeys: () => db.foreignKeys ?? false,
  };
}

describe('rowsReached', () => {
  const write = (table: string, event: WriteEvent) => [{ table, event }];
  const cascade = (table: string, onDelete = 'CASCADE', onUpdate = 'NO ACTION'): ChildKey => ({
    table,
    onDelete,
    onUpdate,
  });
  it.each([
    ['an UPDATE alone', write('t', 'update'), fakeReads(), []],
    [
      'a trigger touching its own table',
      write('t', 'update'),
      fakeReads({ triggers: { t: [{ event: 'update', writes: [{ table: 't', event: 'update' }] }] } }),
      [],
    ],
    [
      'a trigger on another event',
      write('t', 'insert'),
      fakeReads({ triggers: { t: [{ event: 'delete', writes: [{ table: 'log', event: 'insert' }] }] } }),
      ['t'],
    ],
    [
      'a trigger writing elsewhere',
      write('t', 'insert'),
      fakeReads({ triggers: { t: [{ event: 'insert', writes: [{ table: 'log', event: 'insert' }] }] } }),
      ['t', 'log'],
    ],
    [
      'a trigger not followed',
      write('t', 'delete'),
      fakeReads({ triggers: { t: [anyWrite('delete')] } }),
      'all',
    ],
    [
      'ON DELETE CASCADE, foreign keys off',
      write('p', 'delete'),
      fakeReads({ children: { p: [cascade('c')] } }),
      ['p'],
    ],
    [
      'ON DELETE CASCADE, two levels',
      write('p', 'delete'),
      fakeReads({ foreignKeys: true, children: { p: [cascade('c')], c: [cascade('g')] } }),
      ['p', 'c', 'g'],
    ],
    [
      'ON DELETE SET NULL sets off an UPDATE trigger',
      write('p', 'delete'),
      fakeReads({
        foreignKeys: true,
        children: { p: [cascade('c', 'SET NULL')] },
        triggers: { c: [{ event: 'update', writes: [{ table: 'log', event: 'delete' }] }] },
      }),
      ['p', 'log'],
    ],
    [
      'ON UPDATE CASCADE changes no count',
      write('p', 'update'),
      fakeReads({ foreignKeys: true, children: { p: [cascade('c', 'CASCADE', 'CASCADE')] } }),
      [],
    ],
    ['ON CONFLICT REPLACE in the definition', write('t', 'update'), fakeReads({ replaces: ['t'] }), ['t']],
    [
      'REPLACE deletes cascade',
      write('t', 'insert'),
      fakeReads({ foreignKeys: true, replaces: ['t'], children: { t: [cascade('c')] } }),
      ['t', 'c'],
    ],
    ['ON CONFLICT ROLLBACK in the definition', write('t', 'insert'), fakeReads({ rollsBack: ['t'] }), 'all'],
    ['a view (INSTEAD OF triggers)', write('v', 'insert'), fakeReads({ views: ['v'] }), 'all'],
    [
      'children that cannot be told (TEMP tables)',
      write('p', 'delete'),
      {
        ...fakeReads({ foreignKeys: true }),
        table: (name: string): WriteTraits => ({ ...fakeReads().table(name)!, children: () => undefined }),
      },
      'all',
    ],
  ] as const)('%s', (_, first, reads, rows) => {
    expect(rowsReached(first, reads)).toEqual(rows);
  });
});

describe('triggerEffect', () => {
  it.each([
    [
      'CREATE TRIGGER g AFTER UPDATE OF name ON t2 FOR EACH ROW WHEN new.x > 0 BEGIN UPDATE t2 SET touched = 1 WHERE id = new.id; INSERT INTO log (n) VALUES (1); END',
      {
        event: 'update',
        writes: [
          { table: 't2', event: 'update' },
          { table: 'log', event: 'insert' },
        ],
      },
    ],
    [
      'CREATE TRIGGER "g" BEFORE DELETE ON t BEGIN SELECT CASE WHEN 1 THEN 2 END; DELETE FROM "Other"; END',
      { event: 'delete', writes: [{ table: 'Other', event: 'delete' }] },
    ],
    [
      'CREATE TRIGGER g INSTEAD OF INSERT ON v BEGIN INSERT OR REPLACE INTO t VALUES (new.a); END',
      {
        event: 'insert',
        writes: [
          { table: 't', event: 'insert' },
          { table: 't', event: 'delete' },
        ],
      },
    ],
    [
      "CREATE TRIGGER g AFTER INSERT ON t BEGIN SELECT RAISE(ROLLBACK, 'no'); END",
      { event: 'insert', writes: 'all' },
    ],
    [
      'CREATE TEMP TRIGGER g AFTER INSERT ON t BEGIN DELETE FROM main.u; END',
      { event: 'insert', writes: 'all' },
    ],
    [
      'CREATE TRIGGER g AFTER INSERT ON t BEGIN WITH x AS (SELECT 1) DELETE FROM u; END',
      { event: 'insert', writes: 'all' },
    ],
  ])('%s', (sql, effect) => {
    expect(triggerEffect(sql)).toEqual(effect);
  });
});

describe('statementEffect', () => {
  const none = fakeReads();
  const all = fakeReads({
    foreignKeys: true,
    triggers: { t: [anyWrite('insert'), anyWrite('update'), anyWrite('delete')] },
  });
  const enforced = fakeReads({ foreignKeys: true });
  const EVERYTHING = { tables: 'all', rows: 'all', triggers: true, foreignKeys: true };
  /** What the statement changes: no triggers and no settings unless `also` says so. */
  const changes = (
    tables: 'all' | string[],
    rows: 'all' | string[],
    also: { triggers?: boolean; foreignKeys?: boolean } = {},
  ) => ({ tables, rows, triggers: false, foreignKeys: false, ...also });
  it.each([
    ['CREATE TABLE t (id INTEGER)', none, changes(['t'], ['t'])],
    ['CREATE INDEX i ON t (a)', none, changes([], [])],
    [
      'CREATE TRIGGER g AFTER INSERT ON t BEGIN DELETE FROM u; END',
      none,
      changes([], [], { triggers: true }),
    ],
    ['CREATE TEMP VIEW v AS SELECT 1', none, EVERYTHING],
    ['CREATE VIRTUAL TABLE f USING fts5(body)', none, EVERYTHING],
    ['ALTER TABLE t ADD COLUMN c TEXT', none, changes(['t'], [])],
    ['ALTER TABLE t RENAME TO u', none, changes(['t', 'u'], ['t', 'u'], { triggers: true })],
    ['ALTER TABLE t RENAME COLUMN a TO b', none, changes(['t'], [], { triggers: true })],
    ['ALTER TABLE aux.t ADD COLUMN c', none, EVERYTHING],
    ['DROP TABLE t', none, changes(['t'], ['t'], { triggers: true })],
    ['DROP TABLE t', all, EVERYTHING],
    ['DROP VIEW v', none, changes([], [], { triggers: true })],
    ['DROP TRIGGER g', none, changes([], [], { triggers: true })],
    ['DROP INDEX i', none, changes([], [])],
    ['INSERT INTO t (a) SELECT a FROM s', none, changes([], ['t'])],
    ['INSERT INTO t (a) VALUES (1)', all, EVERYTHING],
    ['INSERT OR REPLACE INTO t (a) VALUES (1)', none, changes([], ['t'])],
    ['INSERT OR ROLLBACK INTO t (a) VALUES (1)', none, EVERYTHING],
    ['INSERT INTO main.t (a) VALUES (1)', none, EVERYTHING],
    ['UPDATE t SET a = 1', none, changes([], [])],
    ['UPDATE t SET a = 1', all, EVERYTHING],
    ['UPDATE OR REPLACE t SET a = 1', none, changes([], ['t'])],
    ['DELETE FROM t WHERE id > 3', none, changes([], ['t'])],
    ['DELETE FROM t', enforced, changes([], ['t'])],
    ['DELETE FROM t', all, EVERYTHING],
    ['WITH x AS (SELECT 1) DELETE FROM t', none, EVERYTHING],
    ['UPDATE t SET a = 1', enforced, changes([], [])],
    ['PRAGMA foreign_keys = OFF', none, changes([], [], { foreignKeys: true })],
    ['ROLLBACK', none, EVERYTHING],
    ["UPDATE sqlite_schema SET sql = 'x'", none, EVERYTHING],
    ['VACUUM', none, EVERYTHING],
  ])('%s', (sql, triggers, effect) => {
    expect(statementEffect(sql, triggers)).toEqual(effect);
  });
});
