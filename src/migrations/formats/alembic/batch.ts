import type { Database } from 'sql.js';
import { quoteIdent } from '../../../models/sqlalchemy/quote.js';
import { affinityOf } from '../../../schema/affinity.js';
import type { ForeignKeyDef } from '../../../sqlite/ddl.js';

/**
 * Alembic's `batch_alter_table` on SQLite: reflect the table as it is at that point of the
 * history, apply the batch's operations to the reflection, then move and copy
 * (CREATE TABLE _alembic_tmp_x, INSERT … SELECT, DROP TABLE x, ALTER TABLE … RENAME, indexes).
 */

export interface ReflectedColumn {
  readonly name: string;
  readonly sql: string;
  readonly notNull: boolean;
  readonly pk: number;
}

/** A reflected foreign key: the DDL parser's definition, without a position in any statement. */
type Fk = Omit<ForeignKeyDef, 'position'>;

interface Unique {
  readonly name?: string;
  readonly columns: readonly string[];
}

interface ReflectedIndex {
  readonly name: string;
  readonly columns: readonly string[];
  readonly unique: boolean;
  readonly where?: string;
}

export interface ReflectedTable {
  readonly name: string;
  readonly columns: ReflectedColumn[];
  readonly fks: Fk[];
  readonly uniques: Unique[];
  readonly indexes: ReflectedIndex[];
  primaryKeyName?: string;
}

export type BatchOp =
  | {
      readonly kind: 'add_column';
      readonly name: string;
      readonly sql: string;
      readonly notNull: boolean;
      readonly pk: boolean;
    }
  | { readonly kind: 'drop_column'; readonly name: string }
  | {
      readonly kind: 'alter_column';
      readonly name: string;
      readonly nullable?: boolean;
      readonly type?: string;
      readonly newName?: string;
      /** null removes the default. */
      readonly serverDefault?: string | null;
    }
  | { readonly kind: 'unique'; readonly name?: string; readonly columns: readonly string[] }
  | { readonly kind: 'foreign_key'; readonly fk: Fk }
  | { readonly kind: 'check'; readonly name?: string; readonly sql: string }
  | { readonly kind: 'primary_key'; readonly name?: string; readonly columns: readonly string[] }
  | { readonly kind: 'drop_constraint'; readonly name: string }
  | { readonly kind: 'create_index'; readonly name: string; readonly sql: string }
  | { readonly kind: 'drop_index'; readonly name: string };

function rows(db: Database, sql: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const stmt = db.prepare(sql);
  try {
    while (stmt.step()) out.push(stmt.getAsObject());
  } finally {
    stmt.free();
  }
  return out;
}

/** SQLAlchemy reflects unknown type names by affinity and some aliases to its own names. */
function reflectedType(declared: string): string {
  const t = declared.trim();
  const base = t.replace(/\(.*$/, '').trim().toUpperCase();
  const known = new Set([
    'BIGINT',
    'BLOB',
    'BOOLEAN',
    'CHAR',
    'DATE',
    'DATETIME',
    'DOUBLE',
    'DECIMAL',
    'FLOAT',
    'INTEGER',
    'JSON',
    'NUMERIC',
    'REAL',
    'SMALLINT',
    'TEXT',
    'TIME',
    'TIMESTAMP',
    'VARCHAR',
    'NVARCHAR',
    'NCHAR',
  ]);
  if (base === 'INT') return 'INTEGER';
  if (base === 'BOOL') return 'BOOLEAN';
  if (known.has(base)) return t.replace(/\s*,\s*/g, ', ');
  if (base === '') return '';
  if (base.includes('INT')) return 'INTEGER';
  if (/CHAR|CLOB|TEXT/.test(base)) return 'TEXT';
  if (base.includes('BLOB')) return 'BLOB';
  if (/REAL|FLOA|DOUB/.test(base)) return 'REAL';
  return 'NUMERIC';
}

/** Alembic's SQLite reflection re-parenthesizes expression defaults (`_guess_if_default_is_unparenthesized_sql_expr`). */
function parenthesizeDefault(expr: string): string {
  if (!expr || /^[0-9.]$/.test(expr) || /^'.+'$/s.test(expr) || /^\(.+\)$/s.test(expr)) return expr;
  return `(${expr})`;
}

function unquote(name: string): string {
  const m = /^(["`[])(.*)["`\]]$/.exec(name.trim());
  return m ? m[2]! : name.trim();
}

function splitColumns(list: string): string[] {
  return list.split(',').map((c) => unquote(c));
}

/** The table's definition in the database at this point, or undefined when it does not exist. */
export function reflectTable(db: Database, table: string): ReflectedTable | undefined {
  const master = rows(
    db,
    `SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '${table.replace(/'/g, "''")}'`,
  );
  const createSql = String(master[0]?.sql ?? '');
  if (!createSql) return undefined;
  const q = `"${table.replace(/"/g, '""')}"`;
  const columns: ReflectedColumn[] = rows(db, `PRAGMA table_xinfo(${q})`)
    .filter((r) => Number(r.hidden) === 0)
    .map((r) => {
      const type = reflectedType(String(r.type ?? ''));
      const notNull = Number(r.notnull) === 1;
      const dflt = r.dflt_value === null ? undefined : parenthesizeDefault(String(r.dflt_value));
      let sql = `${quoteIdent(String(r.name))}${type ? ` ${type}` : ''}`;
      if (dflt !== undefined) sql += ` DEFAULT ${dflt}`;
      return { name: String(r.name), sql, notNull, pk: Number(r.pk) };
    });
  const named = (kind: string) => {
    const re = new RegExp(`CONSTRAINT\\s+("[^"]+"|\\S+)\\s+${kind}\\s*\\(([^)]*)\\)`, 'gi');
    return [...createSql.matchAll(re)].map((m) => ({ name: unquote(m[1]!), columns: splitColumns(m[2]!) }));
  };
  const namedFks = named('FOREIGN\\s+KEY');
  const namedUniques = named('UNIQUE');
  const pkName = /CONSTRAINT\s+("[^"]+"|\S+)\s+PRIMARY\s+KEY/i.exec(createSql)?.[1];
  const fkGroups = new Map<number, Record<string, unknown>[]>();
  for (const r of rows(db, `PRAGMA foreign_key_list(${q})`)) {
    const id = Number(r.id);
    fkGroups.set(id, [...(fkGroups.get(id) ?? []), r]);
  }
  const fks: Fk[] = [...fkGroups.entries()]
    .sort(([a], [b]) => b - a) // SQLite lists foreign keys last-declared first
    .map(([, group]) => {
      const sorted = group.sort((a, b) => Number(a.seq) - Number(b.seq));
      const cols = sorted.map((r) => String(r.from));
      const action = (v: unknown) => (v && String(v) !== 'NO ACTION' ? String(v) : undefined);
      const name = namedFks.find((n) => n.columns.join() === cols.join())?.name;
      return {
        ...(name ? { name } : {}),
        columns: cols,
        table: String(sorted[0]!.table),
        refColumns: sorted.map((r) => (r.to === null ? '' : String(r.to))).filter(Boolean),
        ...(action(sorted[0]!.on_delete) ? { onDelete: action(sorted[0]!.on_delete)! } : {}),
        ...(action(sorted[0]!.on_update) ? { onUpdate: action(sorted[0]!.on_update)! } : {}),
      };
    });
  const uniques: Unique[] = [];
  const indexes: ReflectedIndex[] = [];
  for (const r of rows(db, `PRAGMA index_list(${q})`)) {
    const name = String(r.name);
    const cols = rows(db, `PRAGMA index_info("${name.replace(/"/g, '""')}")`)
      .sort((a, b) => Number(a.seqno) - Number(b.seqno))
      .map((c) => String(c.name));
    if (r.origin === 'u') {
      const constraintName = namedUniques.find((n) => n.columns.join() === cols.join())?.name;
      uniques.push({ ...(constraintName ? { name: constraintName } : {}), columns: cols });
    } else if (r.origin === 'c') {
      const sql = String(
        rows(
          db,
          `SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '${name.replace(/'/g, "''")}'`,
        )[0]?.sql ?? '',
      );
      const where = /\bWHERE\b([\s\S]*)$/i.exec(sql)?.[1]?.trim();
      indexes.push({ name, columns: cols, unique: Number(r.unique) === 1, ...(where ? { where } : {}) });
    }
  }
  uniques.reverse(); // index_list is newest first
  indexes.reverse();
  return {
    name: table,
    columns,
    fks,
    uniques,
    indexes,
    ...(pkName ? { primaryKeyName: unquote(pkName) } : {}),
  };
}

/** Whether Alembic's SQLite implementation rebuilds the table for these operations (recreate="auto"). */
export function requiresRecreate(
  ops: readonly BatchOp[],
  addColumnNeedsRecreate: (op: BatchOp) => boolean,
): boolean {
  return ops.some((op) =>
    op.kind === 'add_column'
      ? addColumnNeedsRecreate(op)
      : op.kind !== 'create_index' && op.kind !== 'drop_index',
  );
}

function fkSql(fk: Fk): string {
  let sql = `${fk.name ? `CONSTRAINT ${quoteIdent(fk.name)} ` : ''}FOREIGN KEY(${fk.columns.map(quoteIdent).join(', ')}) REFERENCES ${quoteIdent(fk.table)} (${fk.refColumns.map(quoteIdent).join(', ')})`;
  if (fk.onDelete) sql += ` ON DELETE ${fk.onDelete}`;
  if (fk.onUpdate) sql += ` ON UPDATE ${fk.onUpdate}`;
  return sql;
}

/** The move-and-copy statements for a batch, or Alembic's error when an operation cannot apply. */
export function rebuildStatements(
  table: ReflectedTable,
  ops: readonly BatchOp[],
): { statements: string[] } | { error: string } {
  // Each column: its current name in the old table (undefined when new) and its new definition.
  let columns = table.columns.map((c) => ({
    from: c.name as string | undefined,
    ...c,
    pk: c.pk > 0,
    pkOrder: c.pk,
    cast: undefined as string | undefined,
  }));
  let fks = [...table.fks];
  let uniques = [...table.uniques];
  let indexes = table.indexes.map((i) => ({
    name: i.name,
    sql: '',
    columns: [...i.columns],
    unique: i.unique,
    where: i.where,
  }));
  const added: string[] = [];
  let primaryKey: { name?: string; columns: string[] } | undefined;
  for (const op of ops) {
    switch (op.kind) {
      case 'add_column':
        columns.push({
          from: undefined,
          name: op.name,
          sql: op.sql,
          notNull: op.notNull,
          pk: op.pk,
          pkOrder: 0,
          cast: undefined,
        });
        break;
      case 'drop_column': {
        if (!columns.some((c) => c.name === op.name))
          return { error: `No such column: ${table.name}.${op.name}` };
        columns = columns.filter((c) => c.name !== op.name);
        fks = fks.filter((f) => !f.columns.includes(op.name));
        uniques = uniques.filter((u) => !u.columns.includes(op.name));
        indexes = indexes.filter((i) => !i.columns.includes(op.name));
        break;
      }
      case 'alter_column': {
        const c = columns.find((x) => x.name === op.name);
        if (!c) return { error: `No such column: ${table.name}.${op.name}` };
        const name = op.newName ?? c.name;
        const current = /^("(?:[^"]|"")*"|\S+)\s*(.*)$/.exec(c.sql)!;
        let rest = current[2]!;
        let type = rest.replace(/\s+DEFAULT\s+[\s\S]*$/i, '');
        let dflt = /\s*DEFAULT\s+([\s\S]*)$/i.exec(rest)?.[1];
        if (op.type !== undefined) {
          // Alembic casts the copied values when the type's affinity changes (cast_for_batch_migrate).
          if (affinityOf(type) !== affinityOf(op.type)) c.cast = op.type;
          type = op.type;
        }
        if (op.serverDefault !== undefined) dflt = op.serverDefault ?? undefined;
        rest = `${type}${dflt !== undefined ? ` DEFAULT ${dflt}` : ''}`;
        c.sql = `${quoteIdent(name)}${rest ? ` ${rest}` : ''}`;
        if (op.nullable !== undefined) c.notNull = !op.nullable;
        if (op.newName) {
          const rename = (cols: readonly string[]) => cols.map((x) => (x === op.name ? op.newName! : x));
          fks = fks.map((f) => ({ ...f, columns: rename(f.columns) }));
          uniques = uniques.map((u) => ({ ...u, columns: rename(u.columns) }));
          indexes = indexes.map((i) => ({ ...i, columns: rename(i.columns) }));
          c.name = op.newName;
        }
        break;
      }
      case 'unique':
        added.push(
          `${op.name ? `CONSTRAINT ${quoteIdent(op.name)} ` : ''}UNIQUE (${op.columns.map(quoteIdent).join(', ')})`,
        );
        break;
      case 'foreign_key':
        added.push(fkSql(op.fk));
        break;
      case 'check':
        added.push(`${op.name ? `CONSTRAINT ${quoteIdent(op.name)} ` : ''}CHECK (${op.sql})`);
        break;
      case 'primary_key':
        primaryKey = { ...(op.name ? { name: op.name } : {}), columns: [...op.columns] };
        break;
      case 'drop_constraint': {
        const before = fks.length + uniques.length;
        fks = fks.filter((f) => f.name !== op.name);
        uniques = uniques.filter((u) => u.name !== op.name);
        const addedBefore = added.length;
        const kept = added.filter((a) => !a.startsWith(`CONSTRAINT ${quoteIdent(op.name)} `));
        added.splice(0, added.length, ...kept);
        if (fks.length + uniques.length === before && added.length === addedBefore) {
          return { error: `No such constraint: '${op.name}'` };
        }
        break;
      }
      case 'create_index':
        indexes.push({ name: op.name, sql: op.sql, columns: [], unique: false, where: undefined });
        break;
      case 'drop_index':
        indexes = indexes.filter((i) => i.name !== op.name);
        break;
    }
  }
  const tmp = `_alembic_tmp_${table.name}`;
  const pkColumns =
    primaryKey?.columns ??
    columns
      .filter((c) => c.pk)
      .sort((a, b) => a.pkOrder - b.pkOrder)
      .map((c) => c.name);
  const lines = columns.map((c) => `${c.sql}${c.notNull || pkColumns.includes(c.name) ? ' NOT NULL' : ''}`);
  if (pkColumns.length > 0) {
    const pkName = primaryKey?.name ?? table.primaryKeyName;
    lines.push(
      `${pkName ? `CONSTRAINT ${quoteIdent(pkName)} ` : ''}PRIMARY KEY (${pkColumns.map(quoteIdent).join(', ')})`,
    );
  }
  lines.push(...fks.map(fkSql), ...added);
  lines.push(
    ...uniques.map(
      (u) =>
        `${u.name ? `CONSTRAINT ${quoteIdent(u.name)} ` : ''}UNIQUE (${u.columns.map(quoteIdent).join(', ')})`,
    ),
  );
  const copied = columns.filter((c) => c.from !== undefined);
  const statements = [
    `CREATE TABLE ${quoteIdent(tmp)} (\n\t${lines.join(', \n\t')}\n)`,
    `INSERT INTO ${quoteIdent(tmp)} (${copied.map((c) => quoteIdent(c.name)).join(', ')}) SELECT ${copied
      .map((c) => {
        const expr = `${quoteIdent(table.name)}.${quoteIdent(c.from!)}`;
        return c.cast ? `CAST(${expr} AS ${c.cast})` : expr;
      })
      .join(', ')} \nFROM ${quoteIdent(table.name)}`,
    `DROP TABLE ${quoteIdent(table.name)}`,
    `ALTER TABLE ${quoteIdent(tmp)} RENAME TO ${quoteIdent(table.name)}`,
  ];
  for (const index of indexes) {
    statements.push(
      index.sql ||
        `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(index.name)} ON ${quoteIdent(table.name)} (${index.columns.map(quoteIdent).join(', ')})${index.where ? ` WHERE ${index.where}` : ''}`,
    );
  }
  return { statements };
}
