import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaFromSqlText } from '../../src/models/sql.js';
import { isSqliteHeader, sqliteFileModelLoader, WHOLE_FILE_LINE } from '../../src/models/sqlite-file.js';
import type { Schema } from '../../src/schema/types.js';
import { openDatabase } from '../../src/sqlite/engine.js';
import { directoryFs, memoryFs } from '../support/fs.js';

const DDL = `
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, active BOOLEAN DEFAULT true);
CREATE TABLE posts (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INT REFERENCES users ON DELETE CASCADE,
  body TEXT CHECK (length(body) < 500));
CREATE INDEX posts_user ON posts (user_id) WHERE user_id IS NOT NULL;
CREATE VIEW v AS SELECT * FROM posts;
CREATE TRIGGER t AFTER DELETE ON users BEGIN DELETE FROM posts WHERE user_id = OLD.id; END;
INSERT INTO users (email) VALUES ('a@b.c');`;

async function databaseBytes(sql: string): Promise<Uint8Array> {
  const db = await openDatabase();
  try {
    db.exec(sql);
    return db.export();
  } finally {
    db.close();
  }
}

function withoutSources(schema: Schema): unknown {
  return JSON.parse(JSON.stringify(schema, (key, value) => (key === 'source' ? undefined : value)));
}

const context = (fs: ReturnType<typeof memoryFs>) => ({ fs, rootDir: '/', timeoutMs: 10_000 });

describe('sqlite file model source', () => {
  it('inspects a database file into the schema its DDL declares, located at the file', async () => {
    const bytes = await databaseBytes(DDL);
    const before = new Uint8Array(bytes);
    const set = await sqliteFileModelLoader.load('data/app.db', context(memoryFs({ 'data/app.db': bytes })));
    expect(set.findings).toEqual([]);
    expect(set.format).toBe('sqlite');
    const fromSql = await schemaFromSqlText(DDL, 'schema.sql');
    expect(withoutSources(set.schema)).toEqual(withoutSources(fromSql.schema));
    expect(set.schema.tables[0]?.source).toEqual({ path: 'data/app.db', line: WHOLE_FILE_LINE });
    expect(set.schema.tables[0]?.columns[0]?.source).toEqual({ path: 'data/app.db', line: 0 });
    expect(bytes).toEqual(before);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'data/x.db is not a SQLite database: the file is empty.'],
    [
      'a text file',
      new TextEncoder().encode('CREATE TABLE t (x);'),
      'data/x.db is not a SQLite database: the file does not start with the SQLite 3 header.',
    ],
  ])('reports %s as a model-error', async (_, bytes, message) => {
    const set = await sqliteFileModelLoader.load('data/x.db', context(memoryFs({ 'data/x.db': bytes })));
    expect(set.schema.tables).toEqual([]);
    expect(set.findings).toEqual([
      { rule: 'model-error', severity: 'error', message, locations: [{ path: 'data/x.db', line: 0 }] },
    ]);
  });

  it('reports a corrupt database as a model-error', async () => {
    const good = await databaseBytes(DDL);
    const corrupt = new Uint8Array(good.length);
    corrupt.set(good.subarray(0, 100));
    corrupt.fill(7, 100);
    const set = await sqliteFileModelLoader.load('x.db', context(memoryFs({ 'x.db': corrupt })));
    expect(set.findings).toHaveLength(1);
    expect(set.findings[0]).toMatchObject({ rule: 'model-error', severity: 'error' });
    expect(set.findings[0]?.message).toMatch(/^x\.db could not be read as a SQLite database: .*malformed/);
  });

  it('detects database files by extension or header, not other files', async () => {
    const db = await databaseBytes('CREATE TABLE t (x);');
    const fs = memoryFs({ 'prod.sqlite3': db, 'snapshot.bin': db, 'notes.txt': 'hello', 'schema.sql': 'x' });
    expect(await sqliteFileModelLoader.detect(fs, 'prod.sqlite3')).toBe(true);
    expect(await sqliteFileModelLoader.detect(fs, 'snapshot.bin')).toBe(true);
    expect(await sqliteFileModelLoader.detect(fs, 'notes.txt')).toBe(false);
    expect(await sqliteFileModelLoader.detect(fs, 'schema.sql')).toBe(false);
    expect(await sqliteFileModelLoader.detect(fs, 'missing.db')).toBe(false);
    expect(isSqliteHeader(db)).toBe(true);
    expect(isSqliteHeader(db.subarray(0, 15))).toBe(false);
  });
});

const hasCli = (() => {
  try {
    execFileSync('sqlite3', ['-version']);
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasCli)('sqlite file model source: WAL mode (sqlite3 CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'driftcheck-wal-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens a WAL-mode file and warns that an un-checkpointed -wal sidecar is not seen', async () => {
    // Keep the writer open while the test copies the files, so the -wal file is not checkpointed away.
    const script = [
      'PRAGMA journal_mode=WAL;',
      'PRAGMA wal_autocheckpoint=0;',
      'CREATE TABLE seen (id INTEGER PRIMARY KEY);',
      'PRAGMA wal_checkpoint(TRUNCATE);',
      'CREATE TABLE unseen (id INTEGER PRIMARY KEY);',
      `.shell cp ${join(dir, 'w.db')} ${join(dir, 'copy.db')} && cp ${join(dir, 'w.db-wal')} ${join(dir, 'copy.db-wal')}`,
    ].join('\n');
    execFileSync('sqlite3', [join(dir, 'w.db')], { input: script });
    const walBytes = readFileSync(join(dir, 'copy.db-wal'));
    expect(walBytes.length).toBeGreaterThan(0);
    const fs = directoryFs(dir);
    const set = await sqliteFileModelLoader.load('copy.db', { fs, rootDir: dir, timeoutMs: 10_000 });
    expect(set.schema.tables.map((t) => t.name)).toEqual(['seen']);
    expect(set.findings).toHaveLength(1);
    expect(set.findings[0]).toMatchObject({ rule: 'model-error', severity: 'warning' });
    expect(set.findings[0]?.message).toContain('copy.db-wal holds');
    expect(set.findings[0]?.message).toContain('PRAGMA wal_checkpoint(TRUNCATE)');
    // the files are untouched
    expect(readFileSync(join(dir, 'copy.db-wal'))).toEqual(walBytes);
  });

  it('still inspects the other tables when a virtual table needs a module sql.js lacks (fts5)', async () => {
    execFileSync('sqlite3', [join(dir, 'fts.db')], {
      input:
        'CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT UNIQUE); CREATE VIRTUAL TABLE f USING fts5(body);',
    });
    const set = await sqliteFileModelLoader.load('fts.db', {
      fs: directoryFs(dir),
      rootDir: dir,
      timeoutMs: 10_000,
    });
    expect(set.findings).toEqual([]);
    expect(set.schema.tables.map((t) => [t.name, t.columns.map((c) => c.name), t.indexes.length])).toEqual([
      ['f', [], 0],
      ['t', ['id', 'x'], 1],
    ]);
  });
});
