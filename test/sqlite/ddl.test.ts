import { describe, expect, it } from 'vitest';
import {
  absolutePosition,
  type CreateTable,
  locationAt,
  parseAlterTableSql,
  parseCreateTableSql,
  parseStatement,
  statementTable,
} from '../../src/sqlite/ddl.js';

function table(sql: string): CreateTable {
  const parsed = parseCreateTableSql(sql);
  if (!parsed) throw new Error(`not parsed: ${sql}`);
  return parsed;
}

describe('parseStatement: CREATE TABLE', () => {
  it('reads columns, types as written, and every column constraint', () => {
    const t = table(`CREATE TABLE IF NOT EXISTS main."Order Items" (
  id INTEGER CONSTRAINT pk PRIMARY KEY ASC ON CONFLICT REPLACE AUTOINCREMENT,
  price NUMERIC( 10 , 2 ) NOT NULL DEFAULT (0.0) CHECK (price >= 0),
  name "VARCHAR"(40) COLLATE NOCASE UNIQUE,
  owner_id INT REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,
  total REAL GENERATED ALWAYS AS (price * 2) STORED,
  half AS (price / 2),
  note TEXT DEFAULT 'n/a' NULL
)`);
    expect(t).toMatchObject({ name: 'Order Items', schema: 'main', ifNotExists: true, strict: false });
    expect(t.columns.map((c) => [c.name, c.type])).toEqual([
      ['id', 'INTEGER'],
      ['price', 'NUMERIC( 10 , 2 )'],
      ['name', '"VARCHAR"(40)'],
      ['owner_id', 'INT'],
      ['total', 'REAL'],
      ['half', ''],
      ['note', 'TEXT'],
    ]);
    const [id, price, name, owner, total, half, note] = t.columns;
    expect(id?.primaryKey).toMatchObject({ name: 'pk', autoincrement: true, desc: false, columns: ['id'] });
    expect(price).toMatchObject({ notNull: true, default: '(0.0)', checks: [{ expression: 'price >= 0' }] });
    expect(name).toMatchObject({ collate: 'NOCASE', unique: true });
    expect(owner?.references).toMatchObject({
      columns: ['owner_id'],
      table: 'users',
      refColumns: ['id'],
      onDelete: 'SET NULL',
      onUpdate: 'CASCADE',
    });
    expect(total?.generated).toEqual({ kind: 'stored', expression: 'price * 2' });
    expect(half?.generated).toEqual({ kind: 'virtual', expression: 'price / 2' });
    expect(note).toMatchObject({ default: "'n/a'", notNull: false });
    expect(t.keys.map((k) => [k.kind, k.columns])).toEqual([
      ['primary-key', ['id']],
      ['unique', ['name']],
    ]);
  });

  it('reads table constraints with optional names', () => {
    const t = table(`CREATE TABLE t (a INT, b INT, c TEXT,
      CONSTRAINT t_pk PRIMARY KEY (a, b),
      UNIQUE (c COLLATE NOCASE, b) ON CONFLICT IGNORE,
      CONSTRAINT positive CHECK (a > 0 AND (b > 0 OR b IS NULL)),
      CHECK(length(c) < 10),
      CONSTRAINT fk_c FOREIGN KEY (a, b) REFERENCES p (x, y) ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID`);
    expect(t).toMatchObject({ strict: true, withoutRowid: true });
    expect(t.columns.map((c) => c.name)).toEqual(['a', 'b', 'c']);
    expect(t.keys).toMatchObject([
      { kind: 'primary-key', name: 't_pk', columns: ['a', 'b'] },
      { kind: 'unique', columns: ['c', 'b'] },
    ]);
    expect(t.checks).toMatchObject([
      { name: 'positive', expression: 'a > 0 AND (b > 0 OR b IS NULL)' },
      { expression: 'length(c) < 10' },
    ]);
    expect(t.checks[1]?.name).toBeUndefined();
    expect(t.foreignKeys).toMatchObject([
      { name: 'fk_c', columns: ['a', 'b'], table: 'p', refColumns: ['x', 'y'], onDelete: 'CASCADE' },
    ]);
  });

  it('survives hostile input: comments, quoted names with spaces, nested parentheses', () => {
    const t = table(`CREATE TABLE [my table] ( -- a comment (with parens
  "col, one" TEXT /* ) , */ DEFAULT (lower(('A' || ')'))),
  \`two words\` INTEGER CHECK ((("two words") > (0))) -- trailing ,
  , [three] CONSTRAINT "my check" CHECK (three IN ('a)', 'b,')) )`);
    expect(t.name).toBe('my table');
    expect(t.columns.map((c) => c.name)).toEqual(['col, one', 'two words', 'three']);
    expect(t.columns[0]?.default).toBe("(lower(('A' || ')')))");
    expect(t.columns[1]?.checks[0]?.expression).toBe('(("two words") > (0))');
    expect(t.columns[2]?.type).toBe('');
    expect(t.checks).toMatchObject([{}, { name: 'my check', expression: "three IN ('a)', 'b,')" }]);
  });

  it('gives statement-relative positions of the table name, columns and constraints', () => {
    const t = table('CREATE TABLE t (\n  id INTEGER PRIMARY KEY,\n  email TEXT,\n  UNIQUE (email)\n)');
    expect(t.position).toEqual({ line: 1, column: 14 });
    expect(t.columns.map((c) => c.position)).toEqual([
      { line: 2, column: 3 },
      { line: 3, column: 3 },
    ]);
    expect(t.keys.map((k) => k.position)).toEqual([
      { line: 2, column: 14 },
      { line: 4, column: 3 },
    ]);
  });

  it('knows INTEGER PRIMARY KEY DESC and table-level AUTOINCREMENT', () => {
    expect(table('CREATE TABLE t (id INTEGER PRIMARY KEY DESC)').columns[0]?.primaryKey?.desc).toBe(true);
    expect(table('CREATE TABLE t (id INTEGER, PRIMARY KEY (id AUTOINCREMENT))').keys[0]?.autoincrement).toBe(
      true,
    );
  });

  it('reads CREATE TABLE AS SELECT and virtual tables', () => {
    expect(table('CREATE TEMP TABLE x AS SELECT 1')).toMatchObject({
      asSelect: true,
      temporary: true,
      columns: [],
    });
    expect(table('CREATE VIRTUAL TABLE f USING fts5(body, tokenize = "porter")')).toMatchObject({
      name: 'f',
      virtualModule: 'fts5',
    });
  });

  it.each([
    'CREATE TABLE',
    'CREATE TABLE t (',
    'CREATE TABLE t (a INT DEFAULT',
    'CREATE TABLE t (a CHECK (',
    "CREATE TABLE t (a TEXT DEFAULT 'x",
    'CREATE TABLE t (, , ))) STRICT',
    'CREATE TABLE t (a REFERENCES)',
  ])('never throws on broken input: %j', (sql) => {
    expect(() => parseStatement(sql)).not.toThrow();
  });
});

describe('parseStatement: other statements', () => {
  it('reads CREATE INDEX with expressions, COLLATE, DESC and WHERE', () => {
    expect(
      parseStatement(
        'CREATE UNIQUE INDEX IF NOT EXISTS "ix" ON t (a COLLATE NOCASE DESC, lower(b), "c d" ASC) WHERE a > 0 AND b IS NOT NULL;',
      ),
    ).toEqual({
      kind: 'create-index',
      name: 'ix',
      table: 't',
      unique: true,
      ifNotExists: true,
      position: { line: 1, column: 35 },
      columns: [
        { expression: 'a', column: 'a', collate: 'NOCASE', desc: true },
        { expression: 'lower(b)', desc: false },
        { expression: '"c d"', column: 'c d', desc: false },
      ],
      where: 'a > 0 AND b IS NOT NULL',
    });
  });

  it('reads CREATE VIEW and CREATE TRIGGER', () => {
    expect(parseStatement('CREATE VIEW v (x, y) AS SELECT a, b FROM t;')).toMatchObject({
      kind: 'create-view',
      name: 'v',
      columns: ['x', 'y'],
      select: 'SELECT a, b FROM t',
    });
    expect(
      parseStatement('CREATE TEMP TRIGGER IF NOT EXISTS tr BEFORE UPDATE OF a ON main.t BEGIN SELECT 1; END'),
    ).toMatchObject({ kind: 'create-trigger', name: 'tr', table: 't', ifNotExists: true });
  });

  it.each([
    ["ALTER TABLE t ADD COLUMN c TEXT NOT NULL DEFAULT ''", { kind: 'add-column' }],
    ['ALTER TABLE t ADD c', { kind: 'add-column' }],
    ['ALTER TABLE t RENAME TO u', { kind: 'rename-table', to: 'u' }],
    ['ALTER TABLE t RENAME COLUMN a TO b', { kind: 'rename-column', from: 'a', to: 'b' }],
    ['ALTER TABLE t RENAME a TO b', { kind: 'rename-column', from: 'a', to: 'b' }],
    ['ALTER TABLE t DROP COLUMN a', { kind: 'drop-column', column: 'a' }],
  ])('reads %j', (sql, action) => {
    expect(parseStatement(sql)).toMatchObject({ kind: 'alter-table', table: 't', action });
  });

  it('reads the added column of ALTER TABLE ADD COLUMN', () => {
    const parsed = parseStatement("ALTER TABLE t ADD COLUMN c TEXT NOT NULL DEFAULT '' REFERENCES u");
    expect(parsed?.kind === 'alter-table' && parsed.action).toMatchObject({
      column: { name: 'c', type: 'TEXT', notNull: true, default: "''", references: { table: 'u' } },
    });
  });

  it('gives where the added column definition starts', () => {
    const sql = '/* why */ ALTER TABLE t ADD COLUMN c INT DEFAULT (1 + 1);';
    const alter = parseAlterTableSql(sql);
    expect(alter?.action.kind === 'add-column' && sql.slice(alter.action.definitionStart)).toBe(
      'c INT DEFAULT (1 + 1);',
    );
    expect(parseAlterTableSql('CREATE TABLE t (a)')).toBeUndefined();
  });

  it.each([
    ['DROP TABLE IF EXISTS t', 'table'],
    ['DROP INDEX ix', 'index'],
    ['DROP VIEW v', 'view'],
    ['DROP TRIGGER main.tr', 'trigger'],
  ])('reads %j', (sql, object) => {
    expect(parseStatement(sql)).toMatchObject({ kind: 'drop', object });
  });

  it.each(['INSERT INTO t VALUES (1)', 'PRAGMA foreign_keys=OFF', 'BEGIN', '', 'CREATE'])(
    'leaves %j alone',
    (sql) => {
      expect(parseStatement(sql)).toBeUndefined();
    },
  );
});

describe('absolutePosition', () => {
  it('offsets the first line by the statement column, later lines by the line only', () => {
    expect(absolutePosition({ line: 10, column: 5 }, { line: 1, column: 3 })).toEqual({
      line: 10,
      column: 7,
    });
    expect(absolutePosition({ line: 10, column: 5 }, { line: 3, column: 3 })).toEqual({
      line: 12,
      column: 3,
    });
  });
});

describe('locationAt', () => {
  it('places an offset of a statement in its file', () => {
    const sql = 'SELECT 1;\n  CREATE TABLE t (a);';
    const start = { path: 'm.sql', line: 4, column: 3 };
    expect(locationAt(start, sql, 7)).toEqual({ path: 'm.sql', line: 4, column: 10 });
    expect(locationAt(start, sql, sql.indexOf('CREATE'))).toEqual({ path: 'm.sql', line: 5, column: 3 });
  });
});

describe('statementTable', () => {
  it.each([
    ['ALTER TABLE main."my t" ALTER COLUMN x TYPE int', 'my t'],
    ['INSERT OR REPLACE INTO t (a) VALUES (1)', 't'],
    ['REPLACE INTO t VALUES (1)', 't'],
    ['UPDATE OR IGNORE t SET a = 1', 't'],
    ['UPDATE t SET a = 1', 't'],
    ['-- note\nDELETE FROM t WHERE a = 1', 't'],
    ['CREATE UNIQUE INDEX ix ON t (a)', 't'],
    ['CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END', 't'],
  ])('finds the table of %j', (sql, table) => {
    expect(statementTable(sql)).toBe(table);
  });

  it.each(['CREATE TABLE t (a)', 'SELECT * FROM t', 'INSERT VALUES', 'BEGIN', ''])(
    'gives none for %j',
    (sql) => {
      expect(statementTable(sql)).toBeUndefined();
    },
  );
});
