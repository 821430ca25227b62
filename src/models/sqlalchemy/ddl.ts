import type { Statement } from '../../migrations/types.js';
import type { SourceRef } from '../../schema/types.js';
import type { LocationHints } from '../../sqlite/build-schema.js';
import type {
  ColumnSpec,
  ConstraintName,
  ConstraintSpec,
  IndexSpec,
  NamingConvention,
  TableSpec,
} from './model.js';
import { quoteIdent, quoteLiteral } from './quote.js';

/**
 * Prints a table the way SQLAlchemy's SQLite dialect does for `metadata.create_all()`:
 * `CreateTable` (columns, then PRIMARY KEY, then the other constraints in creation order) followed
 * by one `CreateIndex` per index.
 */

interface NameContext {
  readonly table: string;
  readonly columns: readonly string[];
  readonly refTable?: string;
  readonly refColumns?: readonly string[];
}

/** A constraint or index name after the naming convention (sqlalchemy/sql/naming.py). */
export function applyNaming(
  naming: NamingConvention,
  kind: 'ix' | 'uq' | 'ck' | 'fk' | 'pk',
  explicit: ConstraintName | undefined,
  context: NameContext,
): string | undefined {
  if (explicit?.final) return explicit.value;
  const template = naming[kind];
  if (!template || (explicit && !template.includes('%(constraint_name)s'))) return explicit?.value;
  if (!explicit && template.includes('%(constraint_name)s')) return undefined;
  const cols = context.columns;
  const refs = context.refColumns ?? [];
  return template.replace(/%\((\w+)\)s/g, (all, token: string) => {
    if (token === 'table_name') return context.table;
    if (token === 'constraint_name') return explicit?.value ?? '';
    if (token === 'referred_table_name') return context.refTable ?? '';
    const m = /^(referred_)?column_(0_N|0N|\d+)_(name|key|label)$/.exec(token);
    if (!m) return all;
    const list = m[1] ? refs : cols;
    const table = m[1] ? (context.refTable ?? '') : context.table;
    const render = (c: string) => (m[3] === 'label' ? `${table}_${c}` : c);
    if (m[2] === '0_N') return list.map(render).join('_');
    if (m[2] === '0N') return list.map(render).join('');
    return render(list[Number(m[2])] ?? '');
  });
}

function constraintPrefix(name: string | undefined): string {
  return name === undefined ? '' : `CONSTRAINT ${quoteIdent(name)} `;
}

function list(names: readonly string[]): string {
  return names.map(quoteIdent).join(', ');
}

function isIntegerType(sql: string): boolean {
  return /^(INTEGER|SMALLINT|BIGINT)$/.test(sql);
}

/** Columns rendered as `PRIMARY KEY AUTOINCREMENT` inline (sqlite_autoincrement), if any. */
function inlinePrimaryKey(table: TableSpec): ColumnSpec | undefined {
  if (!table.sqliteAutoincrement) return undefined;
  const pk = primaryKeyColumns(table);
  if (pk.columns.length !== 1) return undefined;
  const column = table.columns.find((c) => c.name === pk.columns[0]);
  return column && isIntegerType(column.type.sql) && column.foreignKeys.length === 0 ? column : undefined;
}

function primaryKeyColumns(table: TableSpec): { columns: readonly string[]; name?: ConstraintName } {
  const explicit = table.constraints.find((c) => c.kind === 'primary');
  if (explicit?.kind === 'primary') {
    return {
      columns: explicit.columns.map((k) => columnByKey(table, k)?.name ?? k),
      ...(explicit.name ? { name: explicit.name } : {}),
    };
  }
  return { columns: table.columns.filter((c) => c.primaryKey).map((c) => c.name) };
}

export function columnByKey(table: TableSpec, ref: string): ColumnSpec | undefined {
  return table.columns.find((c) => c.key === ref) ?? table.columns.find((c) => c.name === ref);
}

export function columnSpec(
  table: TableSpec,
  column: ColumnSpec,
  pkColumns: readonly string[],
  inline: ColumnSpec | undefined,
): string {
  let sql = `${quoteIdent(column.name)} ${column.type.sql}${column.type.collation ?? ''}`;
  if (column.serverDefault !== undefined) sql += ` DEFAULT ${column.serverDefault}`;
  const notNull = !column.nullable || pkColumns.includes(column.name);
  if (notNull) sql += ' NOT NULL';
  if (inline === column) sql += ' PRIMARY KEY AUTOINCREMENT';
  if (column.computed !== undefined) sql += ` GENERATED ALWAYS AS (${column.computed})`;
  for (const check of column.checks) {
    const name = applyNaming(table.naming, 'ck', check.name, { table: table.name, columns: [column.name] });
    sql += ` ${constraintPrefix(name)}CHECK (${check.sql})`;
  }
  return sql;
}

function renderConstraint(table: TableSpec, c: ConstraintSpec): string | undefined {
  const names = (refs: readonly string[]) => refs.map((r) => columnByKey(table, r)?.name ?? r);
  switch (c.kind) {
    case 'unique': {
      const columns = names(c.columns);
      const name = applyNaming(table.naming, 'uq', c.name, { table: table.name, columns });
      return `${constraintPrefix(name)}UNIQUE (${list(columns)})`;
    }
    case 'check': {
      const name = applyNaming(table.naming, 'ck', c.name, { table: table.name, columns: [] });
      return `${constraintPrefix(name)}CHECK (${c.sql})`;
    }
    case 'foreign': {
      const columns = names(c.columns);
      const name = applyNaming(table.naming, 'fk', c.name, {
        table: table.name,
        columns,
        refTable: c.refTable,
        refColumns: c.refColumns,
      });
      let sql = `${constraintPrefix(name)}FOREIGN KEY(${list(columns)}) REFERENCES ${quoteIdent(c.refTable)} (${list(c.refColumns)})`;
      if (c.onDelete) sql += ` ON DELETE ${c.onDelete}`;
      if (c.onUpdate) sql += ` ON UPDATE ${c.onUpdate}`;
      if (c.deferrable !== undefined) sql += c.deferrable ? ' DEFERRABLE' : ' NOT DEFERRABLE';
      if (c.initially) sql += ` INITIALLY ${c.initially}`;
      return sql;
    }
    case 'primary':
      return undefined; // rendered first, from primaryKeyColumns()
  }
}

/** Constraints SQLAlchemy derives from columns, in the order it attaches them (per column). */
function derivedConstraints(table: TableSpec): ConstraintSpec[] {
  const out: ConstraintSpec[] = [];
  for (const column of table.columns) {
    if (column.unique && !column.index) out.push({ kind: 'unique', columns: [column.name] });
    const check = column.type.check;
    if (check) {
      const values =
        check.values === 'boolean' ? '0, 1' : check.values.map((v) => quoteLiteral(v)).join(', ');
      out.push({
        kind: 'check',
        sql: `${quoteIdent(column.name)} IN (${values})`,
        ...(check.name ? { name: { value: check.name, final: false } } : {}),
      });
    }
    for (const fk of column.foreignKeys) {
      out.push({
        kind: 'foreign',
        columns: [column.name],
        refTable: fk.table,
        refColumns: [fk.column],
        ...(fk.name ? { name: fk.name } : {}),
        ...(fk.onDelete ? { onDelete: fk.onDelete } : {}),
        ...(fk.onUpdate ? { onUpdate: fk.onUpdate } : {}),
        ...(fk.deferrable !== undefined ? { deferrable: fk.deferrable } : {}),
        ...(fk.initially ? { initially: fk.initially } : {}),
      });
    }
  }
  return out;
}

/** `CREATE TABLE …` exactly as SQLAlchemy prints it (without its leading and trailing blank lines). */
export function createTableSql(table: TableSpec): string {
  const pk = primaryKeyColumns(table);
  const inline = inlinePrimaryKey(table);
  const lines = table.columns.map((c) => columnSpec(table, c, pk.columns, inline));
  if (pk.columns.length > 0 && !inline) {
    const name = applyNaming(table.naming, 'pk', pk.name, { table: table.name, columns: pk.columns });
    lines.push(`${constraintPrefix(name)}PRIMARY KEY (${list(pk.columns)})`);
  }
  for (const c of [...table.constraints, ...derivedConstraints(table)]) {
    const sql = renderConstraint(table, c);
    if (sql !== undefined) lines.push(sql);
  }
  const suffix = table.withoutRowid ? '\n WITHOUT ROWID' : '';
  return `CREATE TABLE ${quoteIdent(table.name)} (\n\t${lines.join(', \n\t')}\n)${suffix}`;
}

/** The indexes of a table: explicit ones, then `index=True` columns (SQLAlchemy's Index(None, col)). */
export function tableIndexes(table: TableSpec): IndexSpec[] {
  const implicit: IndexSpec[] = table.columns
    .filter((c) => c.index)
    .map((c) => ({ items: [{ ref: c.name, expression: false }], unique: c.unique, source: c.source }));
  return [...table.indexes, ...implicit];
}

export function indexName(table: TableSpec, index: IndexSpec): string | undefined {
  const columns = index.items
    .filter((i) => !i.expression)
    .map((i) => columnByKey(table, i.ref)?.name ?? i.ref);
  return applyNaming(table.naming, 'ix', index.name, { table: table.name, columns });
}

export function createIndexSql(table: TableSpec, index: IndexSpec): string | undefined {
  const name = indexName(table, index);
  if (name === undefined) return undefined;
  const items = index.items.map((i) =>
    i.expression ? i.ref : quoteIdent(columnByKey(table, i.ref)?.name ?? i.ref),
  );
  let sql = `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(name)} ON ${quoteIdent(table.name)} (${items.join(', ')})`;
  if (index.where !== undefined) sql += ` WHERE ${index.where}`;
  return sql;
}

export interface GeneratedDdl {
  readonly statements: readonly Statement[];
  readonly hints: LocationHints;
}

/** All statements for the tables, with hints placing each object at its model line. */
export function generateDdl(tables: readonly TableSpec[]): GeneratedDdl {
  const statements: Statement[] = [];
  const tableHints: Record<string, SourceRef> = {};
  const columnHints: Record<string, SourceRef> = {};
  const indexHints: Record<string, SourceRef> = {};
  for (const table of tables) {
    statements.push({ sql: `${createTableSql(table)};`, location: table.source });
    tableHints[table.name.toLowerCase()] = table.source;
    for (const c of table.columns) columnHints[`${table.name}.${c.name}`.toLowerCase()] = c.source;
  }
  for (const table of tables) {
    for (const index of tableIndexes(table)) {
      const sql = createIndexSql(table, index);
      if (sql === undefined) continue;
      statements.push({ sql: `${sql};`, location: index.source });
      indexHints[indexName(table, index)!.toLowerCase()] = index.source;
    }
  }
  return { statements, hints: { tables: tableHints, columns: columnHints, indexes: indexHints } };
}
