import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Schema, Table } from '../../src/schema/types.js';
import { openDatabase } from '../../src/sqlite/engine.js';
import { inspectSchema, type Locator } from '../../src/sqlite/inspect.js';

async function inspect(sql: string, locate?: Locator): Promise<Schema> {
  const db = await openDatabase();
  try {
    db.exec(sql);
    return inspectSchema(db, locate);
  } finally {
    db.close();
  }
}

async function tableOf(sql: string, name = 't'): Promise<Table> {
  const table = (await inspect(sql)).tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}

describe('inspectSchema', () => {
  it('lists tables by name, skipping sqlite_ internals and virtual-table shadow tables', async () => {
    const schema = await inspect(`
      CREATE TABLE b (id INTEGER PRIMARY KEY AUTOINCREMENT);
      CREATE TABLE "A" (x);
      CREATE TABLE schema_versions (version TEXT);
      CREATE VIRTUAL TABLE docs USING fts4(body);
      ANALYZE;`);
    expect(schema.tables.map((t) => t.name)).toEqual(['A', 'b', 'docs', 'schema_versions']);
    // the fts4 table's hidden columns (docs, docid, __langid) are not columns
    expect(schema.tables.find((t) => t.name === 'docs')?.columns.map((c) => c.name)).toEqual(['body']);
  });

  it('reads STRICT and WITHOUT ROWID', async () => {
    const schema = await inspect(`
      CREATE TABLE s (id INTEGER PRIMARY KEY, v ANY) STRICT;
      CREATE TABLE w (k TEXT PRIMARY KEY, v) WITHOUT ROWID;
      CREATE TABLE sw (k TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
      CREATE TABLE plain (x);`);
    expect(schema.tables.map((t) => [t.name, t.strict ?? false, t.withoutRowid ?? false])).toEqual([
      ['plain', false, false],
      ['s', true, false],
      ['sw', true, true],
      ['w', false, true],
    ]);
  });

  it('reads columns: declared type as written, affinity, NOT NULL, defaults, collation', async () => {
    const t = await tableOf(`CREATE TABLE t (
      a VARCHAR(20) NOT NULL DEFAULT 'x',
      b STRING,
      c,
      d BOOLEAN DEFAULT (false),
      e DATETIME DEFAULT (CURRENT_TIMESTAMP),
      f NUMERIC(10,2) DEFAULT 0.0,
      g REAL DEFAULT 1,
      h TEXT COLLATE nocase DEFAULT NULL,
      i TEXT COLLATE BINARY
    )`);
    expect(t.columns).toEqual([
      { name: 'a', type: 'VARCHAR(20)', affinity: 'TEXT', notNull: true, default: "'x'" },
      { name: 'b', type: 'STRING', affinity: 'NUMERIC', notNull: false },
      { name: 'c', type: '', affinity: 'BLOB', notNull: false },
      { name: 'd', type: 'BOOLEAN', affinity: 'NUMERIC', notNull: false, default: '0' },
      { name: 'e', type: 'DATETIME', affinity: 'NUMERIC', notNull: false, default: 'current_timestamp' },
      { name: 'f', type: 'NUMERIC(10,2)', affinity: 'NUMERIC', notNull: false, default: '0' },
      { name: 'g', type: 'REAL', affinity: 'REAL', notNull: false, default: '1.0' },
      { name: 'h', type: 'TEXT', affinity: 'TEXT', notNull: false, collate: 'NOCASE' },
      { name: 'i', type: 'TEXT', affinity: 'TEXT', notNull: false },
    ]);
  });

  it('makes INTEGER PRIMARY KEY (a rowid alias) and WITHOUT ROWID keys NOT NULL, but not other keys', async () => {
    const schema = await inspect(`
      CREATE TABLE alias (id INTEGER PRIMARY KEY);
      CREATE TABLE alias2 (id integer, PRIMARY KEY (id));
      CREATE TABLE desc_pk (id INTEGER PRIMARY KEY DESC);
      CREATE TABLE int_pk (id INT PRIMARY KEY);
      CREATE TABLE text_pk (id TEXT PRIMARY KEY);
      CREATE TABLE wr (id TEXT PRIMARY KEY) WITHOUT ROWID;`);
    expect(schema.tables.map((t) => [t.name, t.columns[0]?.notNull])).toEqual([
      ['alias', true],
      ['alias2', true],
      ['desc_pk', false], // INTEGER PRIMARY KEY DESC is not a rowid alias (lang_createtable.html#rowid)
      ['int_pk', false],
      ['text_pk', false],
      ['wr', true],
    ]);
  });

  it('reads generated columns and their expressions; hidden columns of virtual tables are left out', async () => {
    const t = await tableOf(`CREATE TABLE t (
      a INT,
      b INT GENERATED ALWAYS AS (a * 2) STORED,
      c AS ("A"+1) VIRTUAL,
      d TEXT AS (upper( 'x' ))
    )`);
    expect(t.columns.map((c) => [c.name, c.generated])).toEqual([
      ['a', undefined],
      ['b', { kind: 'stored', expression: 'a * 2' }],
      ['c', { kind: 'virtual', expression: 'a + 1' }],
      ['d', { kind: 'virtual', expression: "upper('x')" }],
    ]);
  });

  it('reads composite primary keys in key order, and AUTOINCREMENT', async () => {
    const schema = await inspect(`
      CREATE TABLE t (a INT, b INT, c INT, PRIMARY KEY (c, a));
      CREATE TABLE auto (id INTEGER PRIMARY KEY AUTOINCREMENT);
      CREATE TABLE auto2 (id INTEGER, PRIMARY KEY (id AUTOINCREMENT));
      CREATE TABLE rowid (x);`);
    expect(schema.tables.map((t) => [t.name, t.primaryKey, t.autoincrement ?? false])).toEqual([
      ['auto', ['id'], true],
      ['auto2', ['id'], true],
      ['rowid', [], false],
      ['t', ['c', 'a'], false],
    ]);
  });

  it('reads foreign keys: composite, implicit parent key, actions upper-case, NO ACTION omitted', async () => {
    const t = await tableOf(`
      CREATE TABLE p (x INT, y INT, PRIMARY KEY (x, y));
      CREATE TABLE u (id INTEGER PRIMARY KEY);
      CREATE TABLE t (
        a INT REFERENCES u (id) ON DELETE cascade,
        b INT, c INT,
        d INT REFERENCES "U",
        FOREIGN KEY (b, c) REFERENCES p ON UPDATE set null ON DELETE NO ACTION
      );`);
    expect(t.foreignKeys).toEqual([
      { columns: ['a'], table: 'u', refColumns: ['id'], onDelete: 'CASCADE' },
      { columns: ['d'], table: 'U', refColumns: [] },
      { columns: ['b', 'c'], table: 'p', refColumns: [], onUpdate: 'SET NULL' },
    ]);
  });

  it('reads indexes: unique, partial, expression, DESC, COLLATE, origin, sorted by name', async () => {
    const t = await tableOf(`
      CREATE TABLE t (id TEXT PRIMARY KEY, email TEXT UNIQUE, a INT, b TEXT, UNIQUE (a, b));
      CREATE INDEX z_ix ON t (a DESC, b COLLATE NOCASE);
      CREATE UNIQUE INDEX a_ix ON t (lower( "EMAIL" )) WHERE email IS NOT NULL;`);
    expect(t.indexes).toEqual([
      { name: 'a_ix', columns: ['lower(email)'], unique: true, where: 'email is not null', origin: 'c' },
      { name: 'sqlite_autoindex_t_1', columns: ['id'], unique: true, origin: 'pk' },
      { name: 'sqlite_autoindex_t_2', columns: ['email'], unique: true, origin: 'u' },
      { name: 'sqlite_autoindex_t_3', columns: ['a', 'b'], unique: true, origin: 'u' },
      { name: 'z_ix', columns: ['a DESC', 'b COLLATE NOCASE'], unique: false, origin: 'c' },
    ]);
  });

  it('reads CHECK constraints with names, from columns and the table, normalized', async () => {
    const t = await tableOf(`CREATE TABLE t (
      qty INT CONSTRAINT qty_positive CHECK ("QTY" > 0),
      status TEXT CHECK(status IN ('open','closed')),
      CONSTRAINT sane CHECK (qty < 1000)
    )`);
    expect(t.checks).toEqual([
      { name: 'qty_positive', expression: 'qty > 0' },
      { expression: "status in ('open', 'closed')" },
      { name: 'sane', expression: 'qty < 1000' },
    ]);
  });

  it('reads views and triggers, normalized', async () => {
    const schema = await inspect(`
      CREATE TABLE t (a INT, b INT);
      CREATE VIEW "V" AS SELECT a,B FROM t -- comment
        WHERE a>1;
      CREATE TRIGGER tr AFTER INSERT ON t BEGIN
        UPDATE t SET b = NEW.a WHERE rowid = NEW.rowid;
      END;`);
    expect(schema.views).toEqual([{ name: 'V', definition: 'select a, b from t where a > 1' }]);
    expect(schema.triggers).toEqual([
      {
        name: 'tr',
        table: 't',
        definition:
          'create trigger tr after insert on t begin update t set b = new.a where rowid = new.rowid; end',
      },
    ]);
  });

  it('sees a column added by ALTER TABLE and a renamed table', async () => {
    const schema = await inspect(`
      CREATE TABLE old (id INTEGER PRIMARY KEY);
      ALTER TABLE old ADD COLUMN note TEXT DEFAULT 'n' CHECK (length(note) < 9);
      ALTER TABLE old RENAME TO new;`);
    expect(schema.tables).toEqual([
      {
        name: 'new',
        columns: [
          { name: 'id', type: 'INTEGER', affinity: 'INTEGER', notNull: true },
          { name: 'note', type: 'TEXT', affinity: 'TEXT', notNull: false, default: "'n'" },
        ],
        primaryKey: ['id'],
        indexes: [],
        foreignKeys: [],
        checks: [{ expression: 'length(note) < 9' }],
      },
    ]);
  });

  it('attaches sources from the Locator', async () => {
    const at = (line: number) => ({ path: 'x.sql', line });
    const schema = await inspect(
      `CREATE TABLE t (a INT REFERENCES u, CHECK (a > 0)); CREATE INDEX ix ON t (a);
       CREATE VIEW v AS SELECT 1; CREATE TRIGGER tr AFTER DELETE ON t BEGIN SELECT 1; END;`,
      {
        table: () => at(1),
        column: () => at(2),
        index: () => at(3),
        view: () => at(4),
        trigger: () => at(5),
        check: () => at(6),
      },
    );
    const t = schema.tables[0]!;
    expect([t.source, t.columns[0]?.source, t.indexes[0]?.source, t.checks[0]?.source]).toEqual([
      at(1),
      at(2),
      at(3),
      at(6),
    ]);
    // a foreign key without its own location takes its first column's
    expect(t.foreignKeys[0]?.source).toEqual(at(2));
    expect(schema.views[0]?.source).toEqual(at(4));
    expect(schema.triggers[0]?.source).toEqual(at(5));
  });

  it('returns an empty schema for an empty database and is deterministic', async () => {
    expect(await inspect('')).toEqual({ tables: [], views: [], triggers: [] });
    const sql = 'CREATE TABLE b (x); CREATE TABLE a (y); CREATE INDEX i2 ON a (y); CREATE INDEX i1 ON b (x);';
    expect(JSON.stringify(await inspect(sql))).toBe(JSON.stringify(await inspect(sql)));
  });
});

function sqlite3Cli(sql: string): string | undefined {
  try {
    return execFileSync('sqlite3', ['-batch', ':memory:'], { input: sql, encoding: 'utf8' });
  } catch {
    return undefined;
  }
}

const hasCli = sqlite3Cli('SELECT 1;') !== undefined;

describe.skipIf(!hasCli)('inspectSchema agrees with the sqlite3 CLI', () => {
  const ddl = `
    CREATE TABLE u (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name VARCHAR(40) DEFAULT 'x');
    CREATE TABLE p (a INT, b TEXT, c, PRIMARY KEY (b, a), FOREIGN KEY (c) REFERENCES u (id) ON DELETE CASCADE);
    CREATE INDEX p_c ON p (c DESC) WHERE c > 0;
    CREATE TABLE s (k TEXT PRIMARY KEY, v ANY) STRICT, WITHOUT ROWID;`;

  it('on columns, primary keys and NOT NULL', async () => {
    const cli = sqlite3Cli(
      `${ddl}\n.mode list\nSELECT m.name, c.name, c.type, c."notnull", c.pk FROM sqlite_schema m, pragma_table_info(m.name) c WHERE m.type = 'table' ORDER BY m.name, c.cid;`,
    );
    const schema = await inspect(ddl);
    const ours = schema.tables.flatMap((t) =>
      t.columns.map((c) => {
        const pk = t.primaryKey.indexOf(c.name) + 1;
        // PRAGMA reports NOT NULL only where declared; the rowid alias is NOT NULL implicitly.
        const declaredNotNull = c.notNull && !(t.name === 'u' && c.name === 'id');
        return [t.name, c.name, c.type, declaredNotNull ? 1 : 0, pk].join('|');
      }),
    );
    expect(ours.sort()).toEqual(cli!.trim().split('\n').sort());
  });

  it('on indexes, foreign keys and table options', async () => {
    const cli = sqlite3Cli(
      `${ddl}\n.mode list\nSELECT m.name, i.name, i."unique", i.origin, i.partial FROM sqlite_schema m, pragma_index_list(m.name) i WHERE m.type = 'table' ORDER BY i.name;\nSELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list('p');\nSELECT name, wr, strict FROM pragma_table_list WHERE schema = 'main' AND name IN ('s', 'u') ORDER BY name;`,
    );
    const schema = await inspect(ddl);
    const indexes = schema.tables.flatMap((t) =>
      t.indexes.map((i) => [t.name, i.name, i.unique ? 1 : 0, i.origin, i.where ? 1 : 0].join('|')),
    );
    const p = schema.tables.find((t) => t.name === 'p')!;
    const fks = p.foreignKeys.map((f) => [f.table, f.columns[0], f.refColumns[0], f.onDelete].join('|'));
    const options = schema.tables
      .filter((t) => t.name === 's' || t.name === 'u')
      .map((t) => [t.name, t.withoutRowid ? 1 : 0, t.strict ? 1 : 0].join('|'));
    expect([...indexes, ...fks, ...options]).toEqual(cli!.trim().split('\n'));
  });
});
