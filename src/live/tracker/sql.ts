import type { Database } from '../../sqlite/engine.js';

export type Row = Readonly<Record<string, unknown>>;

/** Every row of a query, as objects. */
export function queryRows(db: Database, sql: string): Row[] {
  const statement = db.prepare(sql);
  try {
    const out: Row[] = [];
    while (statement.step()) out.push(statement.getAsObject());
    return out;
  } finally {
    statement.free();
  }
}

/** Lower-cased column names of a table. */
export function columnNames(db: Database, table: string): Set<string> {
  return new Set(
    queryRows(db, `SELECT name FROM pragma_table_info(${quoteString(table)})`).map((r) =>
      String(r.name).toLowerCase(),
    ),
  );
}

export function quoteString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** An identifier, always quoted (tracker and seed tables may be named like keywords). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A value as a tracker version string (numbers without a trailing `.0`). */
export function text(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return String(value).trim();
}

/** SQLite booleans: 1/0, and the strings some tools write. */
export function truthy(value: unknown): boolean {
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return ['1', 't', 'true', 'yes'].includes(value.toLowerCase());
  return Boolean(value);
}
