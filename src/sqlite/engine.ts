import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, SqlJsStatic } from 'sql.js';
import initSqlJs from 'sql.js';

export type { Database, SqlJsStatic };

let loading: Promise<SqlJsStatic> | undefined;

/** Where `sql-wasm.wasm` is: beside the bundle in dist/, or in node_modules during development. */
export function wasmPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, 'sql-wasm.wasm');
  if (existsSync(beside)) return beside;
  const require = createRequire(import.meta.url);
  return require.resolve('sql.js/dist/sql-wasm.wasm');
}

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
