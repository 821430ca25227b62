import { describe, expect, it } from 'vitest';
import { replayInProcess } from '../../src/sqlite/replay-in-process.js';
import { migrationSet } from './replay-helpers.js';

const INIT = `CREATE TABLE goals (
  id TEXT PRIMARY KEY,
  "name" TEXT NOT NULL,
  [parent_id] TEXT REFERENCES goals (id),
  CONSTRAINT goals_name CHECK (name <> '')
);
CREATE INDEX goals_parent ON goals (parent_id);
CREATE VIEW roots AS SELECT id FROM goals WHERE parent_id IS NULL;
CREATE TRIGGER goals_touch AFTER UPDATE ON goals BEGIN
  SELECT 1;
END;
`;

describe('replay provenance', () => {
  it('locates columns at their own lines in CREATE TABLE, and each object at its statement', async () => {
    const { db, result } = await replayInProcess(migrationSet([{ path: 'm/001_init.sql', sql: INIT }]));
    const locate = result.provenance.locator();
    expect(locate.table?.('goals')).toEqual({ path: 'm/001_init.sql', line: 1, column: 1 });
    expect(locate.column?.('goals', 'id')).toEqual({ path: 'm/001_init.sql', line: 2, column: 3 });
    expect(locate.column?.('GOALS', 'Name')).toEqual({ path: 'm/001_init.sql', line: 3, column: 3 });
    expect(locate.column?.('goals', 'parent_id')).toEqual({ path: 'm/001_init.sql', line: 4, column: 3 });
    expect(locate.index?.('goals_parent', 'goals')?.line).toBe(7);
    expect(locate.view?.('roots')?.line).toBe(8);
    expect(locate.trigger?.('goals_touch')?.line).toBe(9);
    // an automatic index (PRIMARY KEY on TEXT) falls back to its table
    expect(locate.index?.('sqlite_autoindex_goals_1', 'goals')?.line).toBe(1);
    db.close();
  });

  it('a column added by ALTER points at the ALTER; the table keeps its CREATE', async () => {
    const { db, result } = await replayInProcess(
      migrationSet([
        { path: 'm/001_init.sql', sql: INIT },
        { path: 'm/002_root.sql', sql: '-- denormalize\n\nALTER TABLE goals ADD COLUMN root_id TEXT;' },
      ]),
    );
    const locate = result.provenance.locator();
    expect(locate.column?.('goals', 'root_id')).toEqual({ path: 'm/002_root.sql', line: 3, column: 1 });
    expect(locate.column?.('goals', 'name')?.path).toBe('m/001_init.sql');
    expect(locate.table?.('goals')?.path).toBe('m/001_init.sql');
    expect(result.provenance.object('table', 'goals')?.changed?.location.path).toBe('m/002_root.sql');
    db.close();
  });

  it('a table rebuilt with the 12-step procedure points at the rebuild', async () => {
    const rebuild = `DROP VIEW roots;
CREATE TABLE goals_new (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  root_id TEXT NOT NULL REFERENCES goals_new (id)
);
INSERT INTO goals_new (id, name, root_id) SELECT id, name, id FROM goals;
DROP TABLE goals;
ALTER TABLE goals_new RENAME TO goals;
CREATE INDEX goals_root ON goals (root_id);
CREATE VIEW roots AS SELECT id FROM goals WHERE root_id = id;
`;
    const { db, result } = await replayInProcess(
      migrationSet([
        { path: 'm/001_init.sql', sql: INIT },
        { path: 'm/002_rebuild.sql', sql: rebuild },
      ]),
    );
    expect(result.failures).toEqual([]);
    const locate = result.provenance.locator();
    expect(locate.table?.('goals')).toEqual({ path: 'm/002_rebuild.sql', line: 9, column: 1 });
    expect(locate.column?.('goals', 'root_id')).toEqual({ path: 'm/002_rebuild.sql', line: 5, column: 3 });
    expect(locate.column?.('goals', 'name')).toEqual({ path: 'm/002_rebuild.sql', line: 4, column: 3 });
    expect(locate.index?.('goals_root', 'goals')?.path).toBe('m/002_rebuild.sql');
    // the old table's index and trigger went with it; the view was recreated by the rebuild
    expect(result.provenance.object('index', 'goals_parent')).toBeUndefined();
    expect(result.provenance.object('trigger', 'goals_touch')).toBeUndefined();
    expect(locate.view?.('roots')).toEqual({ path: 'm/002_rebuild.sql', line: 11, column: 1 });
    expect(result.provenance.history('table', 'goals')[0]).toMatchObject({
      action: 'drop',
      origin: { migration: 1, location: { path: 'm/002_rebuild.sql', line: 8 } },
    });
    db.close();
  });

  it('records column renames and drops for hints', async () => {
    const { db, result } = await replayInProcess(
      migrationSet([
        { path: 'm/1.sql', sql: 'CREATE TABLE t (a TEXT, b TEXT, c TEXT);' },
        { path: 'm/2.sql', sql: 'ALTER TABLE t RENAME COLUMN b TO beta;\nALTER TABLE t DROP COLUMN c;' },
      ]),
    );
    expect(result.provenance.history('column', 'b')[0]).toMatchObject({
      action: 'rename',
      table: 't',
      to: 'beta',
    });
    expect(result.provenance.history('column', 'c')[0]).toMatchObject({ action: 'drop', table: 't' });
    expect(result.provenance.locator().column?.('t', 'beta')).toEqual({
      path: 'm/2.sql',
      line: 1,
      column: 1,
    });
    expect(result.provenance.columnsOf('t').map((c) => c.name)).toEqual(['a', 'beta']);
    db.close();
  });

  it('recognises a rename after VACUUM moved the table', async () => {
    const { db, result } = await replayInProcess(
      migrationSet([
        { path: 'm/1.sql', sql: 'CREATE TABLE a (x);\nCREATE TABLE b (\n  y\n);\nDROP TABLE a;' },
        { path: 'm/2.sql', sql: 'VACUUM;\nALTER TABLE b RENAME TO c;', transaction: 'none' },
      ]),
    );
    expect(result.failures).toEqual([]);
    const c = result.provenance.object('table', 'c');
    expect(c?.created?.location).toEqual({ path: 'm/1.sql', line: 2, column: 1 });
    expect(c?.renamed?.location).toEqual({ path: 'm/2.sql', line: 2, column: 1 });
    expect(result.provenance.locator().column?.('c', 'y')).toEqual({ path: 'm/1.sql', line: 3, column: 3 });
    db.close();
  });

  it("undoes what a file's own rolled-back transaction or savepoint created", async () => {
    const { db, result } = await replayInProcess(
      migrationSet([
        {
          path: 'm/1.sql',
          transaction: 'none',
          sql: 'BEGIN;\nCREATE TABLE gone (x);\nROLLBACK;\nSAVEPOINT s;\nCREATE TABLE kept (y);\nSAVEPOINT t;\nCREATE TABLE undone (z);\nROLLBACK TO t;\nRELEASE s;',
        },
      ]),
    );
    expect(result.failures).toEqual([]);
    expect(result.provenance.object('table', 'gone')).toBeUndefined();
    expect(result.provenance.object('table', 'undone')).toBeUndefined();
    expect(result.provenance.object('table', 'kept')?.created?.location.line).toBe(5);
    expect(result.provenance.history('table', 'gone')).toEqual([]);
    db.close();
  });
});
