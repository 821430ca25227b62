import { closingParen } from '../../src/diff/sql-text.js';
import { affinityOf } from '../../src/schema/affinity.js';
import type { Check, Column, ForeignKey, Index, Schema, Table } from '../../src/schema/types.js';
import { type Database, openDatabase } from '../../src/sqlite/engine.js';

/** A scratch database built from DDL (the actual side as its migrations would leave it). */
export async function databaseFrom(sql: string): Promise<Database> {
  const db = await openDatabase();
  db.exec(sql);
  return db;
}

export function rows(db: Database, sql: string): Record<string, unknown>[] {
  const stmt = db.prepare(sql);
  const out: Record<string, unknown>[] = [];
  while (stmt.step()) out.push(stmt.getAsObject());
  stmt.free();
  return out;
}

/**
 * A small introspection for tests: enough of a Schema (columns, key, indexes, foreign keys,
 * table CHECKs by a crude parse, views, triggers) to diff a database after a fix was applied.
 */
export function inspectLite(db: Database): Schema {
  const master = rows(
    db,
    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'",
  );
  const tables: Table[] = master
    .filter((m) => m.type === 'table')
    .map((m) => tableOf(db, String(m.name), String(m.sql)));
  return {
    tables,
    views: master
      .filter((m) => m.type === 'view')
      .map((m) => ({
        name: String(m.name),
        definition: String(m.sql).replace(/^CREATE\s+VIEW\s+\S+\s+AS\s+/i, ''),
      })),
    triggers: master
      .filter((m) => m.type === 'trigger')
      .map((m) => ({ name: String(m.name), table: String(m.tbl_name), definition: String(m.sql) })),
  };
}

function collationOf(sql: string, column: string): { collate?: string } {
  const m = new RegExp(`[(,]\\s*"?${column}"?\\s[^,]*?\\bCOLLATE\\s+(\\w+)`, 'i').exec(sql);
  return m && m[1]!.toUpperCase() !== 'BINARY' ? { collate: m[1]!.toUpperCase() } : {};
}

/** A generated column's expression, found in the CREATE TABLE text (PRAGMAs do not give it). */
function generatedOf(sql: string, column: string, hidden: number): NonNullable<Column['generated']> {
  const start = new RegExp(`\\b${column}\\b[^,]*?\\bAS\\s*\\(`, 'i').exec(sql);
  const open = start ? start.index + start[0].length - 1 : -1;
  const close = open < 0 ? -1 : closingParen(sql, open);
  return { kind: hidden === 3 ? 'stored' : 'virtual', expression: sql.slice(open + 1, close) };
}

function tableOf(db: Database, name: string, sql: string): Table {
  const q = `"${name.replaceAll('"', '""')}"`;
  const info = rows(db, `PRAGMA table_xinfo(${q})`);
  const columns: Column[] = info.map((c) => ({
    name: String(c.name),
    type: String(c.type),
    affinity: affinityOf(String(c.type)),
    notNull: c.notnull === 1,
    ...(c.dflt_value !== null ? { default: String(c.dflt_value) } : {}),
    ...collationOf(sql, String(c.name)),
    ...(Number(c.hidden) >= 2 ? { generated: generatedOf(sql, String(c.name), Number(c.hidden)) } : {}),
  }));
  const primaryKey = info
    .filter((c) => Number(c.pk) > 0)
    .sort((a, b) => Number(a.pk) - Number(b.pk))
    .map((c) => String(c.name));
  const indexes: Index[] = rows(db, `PRAGMA index_list(${q})`).map((i) => {
    const partial = i.partial === 1;
    const isql = String(
      rows(db, `SELECT sql FROM sqlite_master WHERE name = '${String(i.name)}'`)[0]?.sql ?? '',
    );
    return {
      name: String(i.name),
      columns: rows(db, `PRAGMA index_info("${String(i.name)}")`).map((c) => String(c.name)),
      unique: i.unique === 1,
      origin: String(i.origin) as Index['origin'],
      ...(partial ? { where: isql.replace(/^.*\bWHERE\s+/is, '') } : {}),
    };
  });
  const byId = new Map<number, ForeignKey>();
  for (const f of rows(db, `PRAGMA foreign_key_list(${q})`)) {
    const id = Number(f.id);
    const prev = byId.get(id);
    const onDelete = String(f.on_delete) === 'NO ACTION' ? {} : { onDelete: String(f.on_delete) };
    const onUpdate = String(f.on_update) === 'NO ACTION' ? {} : { onUpdate: String(f.on_update) };
    byId.set(id, {
      table: String(f.table),
      columns: [...(prev?.columns ?? []), String(f.from)],
      refColumns: f.to === null ? [] : [...(prev?.refColumns ?? []), String(f.to)],
      ...onDelete,
      ...onUpdate,
    });
  }
  const checks: Check[] = [...sql.matchAll(/CHECK\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/gi)].map((m) => ({
    expression: m[1]!.trim(),
  }));
  return { name, columns, primaryKey, indexes, foreignKeys: [...byId.values()], checks };
}
