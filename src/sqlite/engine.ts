import type { Database, SqlJsStatic } from 'sql.js';
import initSqlJs from 'sql.js';
import { wasmPath } from './wasm-path.js';

export type { Database, SqlJsStatic };

let loading: Promise<SqlJsStatic> | undefined;

/** The sql.js module, initialised once per process. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: () => wasmPath() });
  return loading;
}

/** A fresh in-memory database, or one loaded from a file's bytes (a copy: the file is never written). */
export async function openDatabase(bytes?: Uint8Array): Promise<Database> {
  const SQL = await loadSqlJs();
  return bytes ? new SQL.Database(bytes) : new SQL.Database();
}

/** The SQLite library version inside sql.js, e.g. `3.49.1`. */
export async function sqliteVersion(): Promise<string> {
  const db = await openDatabase();
  try {
    const result = db.exec('SELECT sqlite_version()');
    return String(result[0]?.values[0]?.[0] ?? 'unknown');
  } finally {
    db.close();
  }
}
