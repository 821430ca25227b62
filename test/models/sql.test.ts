import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFromSqlText, snapshotStatements, sqlModelLoader } from '../../src/models/sql.js';
import type { Schema } from '../../src/schema/types.js';
import { splitStatements } from '../../src/sqlite/split.js';
import { directoryFs, memoryFs } from '../support/fs.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/models-sql');
const CASES = readdirSync(FIXTURES).sort();
const context = (root: string) => ({ fs: directoryFs(root), rootDir: root, timeoutMs: 10_000 });

async function load(name: string) {
  return sqlModelLoader.load('schema.sql', context(join(FIXTURES, name)));
}

/** The schema without locations, for comparing sources that declare the same thing differently. */
function withoutSources(schema: Schema): unknown {
  return JSON.parse(JSON.stringify(schema, (key, value) => (key === 'source' ? undefined : value)));
}

describe('sql model source: golden fixtures', () => {
  it.each(CASES)('%s', async (name) => {
    const set = await load(name);
    const actual = { schema: set.schema, findings: set.findings };
    const goldenPath = join(FIXTURES, name, 'expected.json');
    if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
    expect(set).toMatchObject({ format: 'sql', path: 'schema.sql' });
  });
});

describe('sql model source', () => {
  it('reads sqlite3 .dump and .schema output as the schema the snapshot declares', async () => {
    const snapshot = withoutSources((await load('snapshot')).schema);
    for (const name of ['sqlite-dump', 'sqlite-schema']) {
      const set = await load(name);
      expect(set.findings).toEqual([]);
      // the dumped database also holds an fts4 table (and its shadow tables are not reported)
      const tables = set.schema.tables.filter((t) => t.name !== 'notes');
      expect(set.schema.tables.find((t) => t.name === 'notes')?.columns.map((c) => c.name)).toEqual(['body']);
      expect(withoutSources({ ...set.schema, tables })).toEqual(snapshot);
    }
  });

  it('reports each statement SQLite rejects at its line and loads the rest', async () => {
    const set = await load('rejected');
    expect(set.findings.map((f) => [f.rule, f.severity, f.table, f.locations[0]?.line])).toEqual([
      ['model-error', 'error', 'broken', 4],
      ['model-error', 'error', 'nowhere', 6],
      ['model-error', 'error', 'typo', 7],
      ['model-error', 'error', 'accounts', 8],
    ]);
    expect(set.findings[0]?.message).toBe(
      'The statement at schema.sql:4 is rejected by SQLite: duplicate column name: a',
    );
    expect(set.schema.tables.map((t) => [t.name, t.columns.map((c) => c.name)])).toEqual([
      ['accounts', ['id', 'name', 'plan']],
    ]);
  });

  it('runs statements that a transaction would change (VACUUM, journal mode) on their own', async () => {
    const text = [
      'CREATE TABLE a (x);',
      'CREATE TABLE a (y);',
      'CREATE INDEX a_x ON a (x);',
      'PRAGMA journal_mode=WAL;',
      'VACUUM;',
      'CREATE TABLE b (z);',
      'CREATE VIEW v AS SELECT z FROM b;',
    ].join('\n');
    const { schema, findings } = await schemaFromSqlText(text, 'schema.sql');
    expect(findings.map((f) => f.message)).toEqual([
      'The statement at schema.sql:2 is rejected by SQLite: table a already exists',
    ]);
    expect(schema.tables.map((t) => [t.name, t.indexes.map((i) => i.name)])).toEqual([
      ['a', ['a_x']],
      ['b', []],
    ]);
    expect(schema.views.map((v) => v.name)).toEqual(['v']);
  });

  it('skips rows, transactions and internal tables, and unwraps .dump virtual-table rows', () => {
    const statements = splitStatements(
      [
        'PRAGMA foreign_keys=OFF;',
        'BEGIN TRANSACTION;',
        "INSERT INTO t VALUES(1,'x');",
        'PRAGMA writable_schema=ON;',
        "INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','f','f',0,'CREATE VIRTUAL TABLE f USING fts4(body)');",
        'CREATE TABLE sqlite_sequence(name,seq);',
        'CREATE TABLE IF NOT EXISTS "sqlite_stat1"(tbl,idx,stat);',
        'ANALYZE sqlite_schema;',
        'DELETE FROM sqlite_sequence;',
        'UPDATE t SET x = 1;',
        'REPLACE INTO t VALUES (2);',
        'CREATE TABLE t (x);',
        'COMMIT;',
      ].join('\n'),
      'dump.sql',
    );
    expect(snapshotStatements(statements).map((s) => [s.location.line, s.sql])).toEqual([
      [1, 'PRAGMA foreign_keys=OFF;'],
      [5, 'CREATE VIRTUAL TABLE f USING fts4(body)'],
      [12, 'CREATE TABLE t (x);'],
    ]);
  });

  it('detects .sql files only', async () => {
    const fs = memoryFs({ 'db/schema.sql': 'CREATE TABLE t (x);', 'models.py': '' });
    expect(await sqlModelLoader.detect(fs, 'db/schema.sql')).toBe(true);
    expect(await sqlModelLoader.detect(fs, 'models.py')).toBe(false);
    expect(await sqlModelLoader.detect(fs, 'missing.sql')).toBe(false);
  });
});
