/**
 * Database → Schema, after Atlas's sql/sqlite/inspect.go: PRAGMA queries as named constants, one
 * small function per facet. Each facet is read for all tables in one query through the pragma
 * table-valued functions (a per-table fallback keeps one broken virtual table from hiding the
 * rest). The stored CREATE statements are parsed (ddl.ts) for what PRAGMA does not report.
 */

import type { Statement } from 'sql.js';
import { affinityOf } from '../schema/affinity.js';
import { normalizeDefault, normalizeExpression } from '../schema/normalize.js';
import type {
  Check,
  Column,
  ForeignKey,
  Index,
  Schema,
  SourceRef,
  Table,
  Trigger,
  View,
} from '../schema/types.js';
import { type CreateIndex, type CreateTable, parseStatement } from './ddl.js';
import type { Database } from './engine.js';

/** Tells where each object of an inspected database was declared (statement positions, provenance). */
export interface Locator {
  table?(table: string): SourceRef | undefined;
  column?(table: string, column: string): SourceRef | undefined;
  index?(index: string, table: string): SourceRef | undefined;
  view?(view: string): SourceRef | undefined;
  trigger?(trigger: string): SourceRef | undefined;
  /** Where a foreign key is declared; falls back to its first column's location. */
  foreignKey?(table: string, columns: readonly string[]): SourceRef | undefined;
  /** Where the `position`-th (0-based, declaration order) CHECK of a table is declared. */
  check?(table: string, position: number): SourceRef | undefined;
}

/** `name NOT LIKE 'sqlite\_%'`: internal objects (sqlite_sequence, sqlite_stat1, autoindexes' owners). */
const NOT_INTERNAL = `name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`;

/** Tables with their kind and options; shadow tables (virtual-table storage) are internal. */
const TABLES_QUERY = `
SELECT t.name, t.type, t.wr, t.strict, s.sql
FROM pragma_table_list AS t JOIN sqlite_schema AS s ON s.name = t.name
WHERE t.schema = 'main' AND t.type IN ('table', 'virtual') AND t.${NOT_INTERNAL}`;

/** The names of the tables inspected (same filter as TABLES_QUERY). */
const TABLE_NAMES = `
SELECT name FROM pragma_table_list
WHERE schema = 'main' AND type IN ('table', 'virtual') AND ${NOT_INTERNAL}`;

/**
 * A facet read through pragma table-valued functions. `from(arg)` joins the pragmas for the table
 * named by `arg`; `owner` is the column the rows are grouped by (the table, or the index).
 */
interface Facet {
  readonly select: string;
  readonly from: (table: string) => string;
  readonly owner?: string;
  readonly where?: string;
  readonly order: string;
}

const COLUMNS: Facet = {
  select: 'c.cid, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden',
  from: (t) => `pragma_table_xinfo(${t}) AS c`,
  order: 'c.cid',
};

const INDEXES: Facet = {
  select: 'l.name, l."unique", l.origin, l.partial, s.sql',
  from: (t) =>
    `pragma_index_list(${t}) AS l LEFT JOIN sqlite_schema AS s ON s.type = 'index' AND s.name = l.name`,
  order: 'l.name',
};

const INDEX_COLUMNS: Facet = {
  select: 'x.seqno, x.cid, x.name, x."desc", x.coll',
  from: (t) => `pragma_index_list(${t}) AS l JOIN pragma_index_xinfo(l.name) AS x`,
  owner: 'l.name',
  where: 'x.key = 1',
  order: 'l.name, x.seqno',
};

const FOREIGN_KEYS: Facet = {
  select: 'f.id, f.seq, f."table", f."from", f."to", f.on_update, f.on_delete',
  from: (t) => `pragma_foreign_key_list(${t}) AS f`,
  order: 'f.id DESC, f.seq',
};

const OBJECTS_QUERY = `
SELECT type, name, tbl_name, sql FROM sqlite_schema
WHERE type IN ('view', 'trigger') AND ${NOT_INTERNAL} ORDER BY name`;

type Row = Record<string, unknown>;

/**
 * The rows of the current binding of `stmt` as objects, like `getAsObject`, which would ask
 * SQLite for the column names again for every row.
 */
function readRows(stmt: Statement, into: Row[] = []): Row[] {
  let names: string[] | undefined;
  while (stmt.step()) {
    names ??= stmt.getColumnNames();
    const values = stmt.get();
    into.push(Object.fromEntries(names.map((name, k) => [name, values[k]])));
  }
  return into;
}

function query(db: Database, sql: string, params: readonly (string | number)[] = []): Row[] {
  const stmt = db.prepare(sql);
  try {
    stmt.bind(params as (string | number)[]);
    return readRows(stmt);
  } finally {
    stmt.free();
  }
}

function facetSql(facet: Facet, table: string, tables: string): string {
  const where = facet.where ? `WHERE ${facet.where}` : '';
  return `SELECT ${facet.owner ?? table} AS owner, ${facet.select} FROM ${tables} ${facet.from(table)} ${where} ORDER BY ${facet.order}`;
}

function groupByOwner(rows: readonly Row[], into: Map<string, Row[]> = new Map()): Map<string, Row[]> {
  for (const row of rows) {
    const owner = String(row.owner);
    const group = into.get(owner);
    if (group) group.push(row);
    else into.set(owner, [row]);
  }
  return into;
}

/**
 * Reads a facet for every table in one query, grouped by owner. When one table's pragma fails (a
 * virtual table whose module is missing), falls back to a query per table, that table reading empty.
 */
function readFacet(db: Database, facet: Facet, tables: readonly string[]): Map<string, Row[]> {
  try {
    return groupByOwner(query(db, facetSql(facet, 't.name', `(${TABLE_NAMES}) AS t JOIN`)));
  } catch {
    const stmt = db.prepare(facetSql(facet, '?1', ''));
    const groups = new Map<string, Row[]>();
    try {
      for (const table of tables) {
        try {
          stmt.bind([table]);
          groupByOwner(readRows(stmt), groups);
        } catch {
          // this table's pragma fails: it reads as empty
        } finally {
          stmt.reset();
        }
      }
    } finally {
      stmt.free();
    }
    return groups;
  }
}

/** Every facet of every table, read up front. */
interface Facts {
  readonly columns: Map<string, Row[]>;
  readonly indexes: Map<string, Row[]>;
  readonly indexColumns: Map<string, Row[]>;
  readonly foreignKeys: Map<string, Row[]>;
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** Name order that does not depend on case, with a byte-order tie-break for determinism. */
export function byName(a: { readonly name: string }, b: { readonly name: string }): number {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Upper-case referential action, omitted when it is the default NO ACTION. */
function action(v: unknown): string | undefined {
  const a = str(v).toUpperCase();
  return a === '' || a === 'NO ACTION' ? undefined : a;
}

function withSource<T extends object>(value: T, source: SourceRef | undefined): T {
  return source ? { ...value, source } : value;
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Whether `column` is a rowid alias: the sole PRIMARY KEY, declared exactly `INTEGER`, not DESC. */
function isRowidAlias(
  parsed: CreateTable | undefined,
  column: string,
  type: string,
  pkCount: number,
): boolean {
  if (pkCount !== 1 || type.trim().toUpperCase() !== 'INTEGER' || parsed?.withoutRowid) return false;
  const def = parsed?.columns.find((c) => same(c.name, column));
  return !def?.primaryKey?.desc;
}

function inspectColumns(
  facts: Facts,
  table: string,
  parsed: CreateTable | undefined,
  locate: Locator,
): { columns: Column[]; primaryKey: string[] } {
  const rows = (facts.columns.get(table) ?? []).filter((r) => Number(r.hidden) !== 1);
  const pkRows = rows.filter((r) => Number(r.pk) > 0).sort((a, b) => Number(a.pk) - Number(b.pk));
  const primaryKey = pkRows.map((r) => str(r.name));
  const columns = rows.map((r): Column => {
    const name = str(r.name);
    const type = str(r.type);
    const affinity = affinityOf(type);
    const def = parsed?.columns.find((c) => same(c.name, name));
    const rowidAlias = Number(r.pk) > 0 && isRowidAlias(parsed, name, type, pkRows.length);
    const hidden = Number(r.hidden);
    const defaultValue = normalizeDefault(r.dflt_value as string | null, affinity);
    const collate = def?.collate?.toUpperCase();
    const column: Column = {
      name,
      type,
      affinity,
      notNull: Number(r.notnull) === 1 || rowidAlias || (parsed?.withoutRowid === true && Number(r.pk) > 0),
      ...(defaultValue !== undefined && { default: defaultValue }),
      ...((hidden === 2 || hidden === 3) && {
        generated: {
          kind: hidden === 3 ? ('stored' as const) : ('virtual' as const),
          expression: normalizeExpression(def?.generated?.expression ?? ''),
        },
      }),
      ...(collate !== undefined && collate !== 'BINARY' && { collate }),
    };
    return withSource(column, locate.column?.(table, name));
  });
  return { columns, primaryKey };
}

/** One index key column: its name (or normalized expression), plus COLLATE when explicit and DESC. */
function indexColumnText(row: Row, term: CreateIndex['columns'][number] | undefined): string {
  const cid = Number(row.cid);
  let text: string;
  if (cid === -2) text = normalizeExpression(term?.expression ?? '');
  else if (cid === -1) text = 'rowid';
  else text = str(row.name);
  if (term?.collate !== undefined) text += ` COLLATE ${term.collate.toUpperCase()}`;
  if (Number(row.desc) === 1) text += ' DESC';
  return text;
}

function inspectIndexes(facts: Facts, table: string, locate: Locator): Index[] {
  const indexes = (facts.indexes.get(table) ?? []).map((r): Index => {
    const name = str(r.name);
    const parsed = r.sql ? parseStatement(str(r.sql)) : undefined;
    const create = parsed?.kind === 'create-index' ? parsed : undefined;
    const columns = (facts.indexColumns.get(name) ?? []).map((x, k) =>
      indexColumnText(x, create?.columns[k]),
    );
    const origin = str(r.origin);
    const index: Index = {
      name,
      columns,
      unique: Number(r.unique) === 1,
      ...(Number(r.partial) === 1 &&
        create?.where !== undefined && { where: normalizeExpression(create.where, { ownTable: table }) }),
      origin: origin === 'u' || origin === 'pk' ? origin : 'c',
    };
    return withSource(index, locate.index?.(name, table));
  });
  return indexes.sort(byName);
}

function inspectForeignKeys(facts: Facts, table: string, locate: Locator): ForeignKey[] {
  const groups = new Map<number, Row[]>();
  for (const r of facts.foreignKeys.get(table) ?? []) {
    const id = Number(r.id);
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  return [...groups.values()].map((rows): ForeignKey => {
    const first = rows[0]!;
    const columns = rows.map((r) => str(r.from));
    // `to` is NULL when the key references the parent's primary key implicitly.
    const refColumns = rows.every((r) => r.to === null) ? [] : rows.map((r) => str(r.to));
    const onDelete = action(first.on_delete);
    const onUpdate = action(first.on_update);
    const fk: ForeignKey = {
      columns,
      table: str(first.table),
      refColumns,
      ...(onDelete !== undefined && { onDelete }),
      ...(onUpdate !== undefined && { onUpdate }),
    };
    const source = locate.foreignKey?.(table, columns) ?? locate.column?.(table, columns[0] ?? '');
    return withSource(fk, source);
  });
}

function inspectChecks(table: string, parsed: CreateTable | undefined, locate: Locator): Check[] {
  return (parsed?.checks ?? []).map((c, k): Check => {
    const check: Check = {
      ...(c.name !== undefined && { name: c.name }),
      expression: normalizeExpression(c.expression),
    };
    return withSource(check, locate.check?.(table, k));
  });
}

function inspectTable(facts: Facts, row: Row, locate: Locator): Table {
  const name = str(row.name);
  const parsedStatement = row.sql ? parseStatement(str(row.sql)) : undefined;
  const parsed = parsedStatement?.kind === 'create-table' ? parsedStatement : undefined;
  const { columns, primaryKey } = inspectColumns(facts, name, parsed, locate);
  const autoincrement = parsed?.keys.some((k) => k.kind === 'primary-key' && k.autoincrement) ?? false;
  const table: Table = {
    name,
    columns,
    primaryKey,
    ...(autoincrement && { autoincrement: true }),
    indexes: inspectIndexes(facts, name, locate),
    foreignKeys: inspectForeignKeys(facts, name, locate),
    checks: inspectChecks(name, parsed, locate),
    ...(Number(row.strict) === 1 && { strict: true }),
    ...(Number(row.wr) === 1 && { withoutRowid: true }),
  };
  return withSource(table, locate.table?.(name));
}

function inspectViews(rows: readonly Row[], locate: Locator): View[] {
  return rows
    .filter((r) => r.type === 'view')
    .map((r): View => {
      const name = str(r.name);
      const parsed = parseStatement(str(r.sql));
      const select = parsed?.kind === 'create-view' ? parsed.select : str(r.sql);
      return withSource({ name, definition: normalizeExpression(select) }, locate.view?.(name));
    });
}

function inspectTriggers(rows: readonly Row[], locate: Locator): Trigger[] {
  return rows
    .filter((r) => r.type === 'trigger')
    .map((r): Trigger => {
      const name = str(r.name);
      const trigger: Trigger = { name, table: str(r.tbl_name), definition: normalizeExpression(str(r.sql)) };
      return withSource(trigger, locate.trigger?.(name));
    });
}

/** Storage tables of the FTS3/4/5 and R*Tree modules (`<virtual table>_<suffix>`). */
const SHADOW_SUFFIXES = [
  'content',
  'segments',
  'segdir',
  'docsize',
  'stat',
  'data',
  'idx',
  'config',
  'node',
  'parent',
  'rowid',
];

/**
 * SQLite marks shadow tables as such only when the module is loaded; a database file made with a
 * module sql.js lacks (FTS5) lists them as plain tables, so they are recognized by name here.
 */
function withoutShadowTables(rows: readonly Row[]): Row[] {
  const virtual = rows.filter((r) => r.type === 'virtual').map((r) => str(r.name).toLowerCase());
  const shadows = new Set(virtual.flatMap((v) => SHADOW_SUFFIXES.map((suffix) => `${v}_${suffix}`)));
  return rows.filter((r) => r.type === 'virtual' || !shadows.has(str(r.name).toLowerCase()));
}

/** Introspects a database into a Schema (migration tool tables are left to the caller to ignore). */
export function inspectSchema(db: Database, locate: Locator = {}): Schema {
  const rows = withoutShadowTables(query(db, TABLES_QUERY));
  const names = rows.map((r) => str(r.name));
  const facts: Facts = {
    columns: readFacet(db, COLUMNS, names),
    indexes: readFacet(db, INDEXES, names),
    indexColumns: readFacet(db, INDEX_COLUMNS, names),
    foreignKeys: readFacet(db, FOREIGN_KEYS, names),
  };
  const tables = rows.map((row) => inspectTable(facts, row, locate)).sort(byName);
  const objects = query(db, OBJECTS_QUERY);
  return {
    tables,
    views: inspectViews(objects, locate).sort(byName),
    triggers: inspectTriggers(objects, locate).sort(byName),
  };
}
