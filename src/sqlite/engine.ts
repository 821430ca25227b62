import { readFileSync } from 'node:fs';
import type { Database, SqlJsStatic } from 'sql.js';
import initSqlJs from 'sql.js';
import { wasmPath } from './wasm-path.js';

export type { Database, SqlJsStatic };

/** What is used of the WebAssembly global (the project's `lib` declares no WebAssembly values). */
interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => WebAssembly.Module;
  instantiate(module: WebAssembly.Module, imports: unknown): Promise<unknown>;
}
const wasmApi = (globalThis as unknown as { readonly WebAssembly: WasmApi }).WebAssembly;

let loading: Promise<SqlJsStatic> | undefined;
let compiled: WebAssembly.Module | undefined;

/**
 * The compiled sql.js WebAssembly module, compiled once per process (V8 compiles function bodies
 * lazily, so this is quick). A worker thread is handed it (`useSqlJsModule`) rather than reading
 * and compiling the file again, and the threads then share the machine code V8 generates.
 */
export function sqlJsModule(): WebAssembly.Module {
  compiled ??= new wasmApi.Module(readFileSync(wasmPath()));
  return compiled;
}

/** Adopts a module compiled by another thread (see sqlJsModule); call before loadSqlJs. */
export function useSqlJsModule(module: WebAssembly.Module): void {
  compiled ??= module;
}

/** The sql.js module, initialised once per process (or worker) from `sqlJsModule()`. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= new Promise<SqlJsStatic>((resolve, reject) => {
    initSqlJs({
      instantiateWasm(imports, receive) {
        // sql.js would otherwise hang waiting for `receive` when instantiation fails.
        wasmApi.instantiate(sqlJsModule(), imports).then(receive as (instance: unknown) => void, reject);
        return undefined;
      },
    }).then(resolve, reject);
  });
  return loading;
}

/** A fresh in-memory database, or one loaded from a file's bytes (a copy: the file is never written). */
export async function openDatabase(bytes?: Uint8Array): Promise<Database> {
  const SQL = await loadSqlJs();
  return bytes ? new SQL.Database(bytes) : new SQL.Database();
}

/**
 * Pragmas for a private scratch database (replays, schemas built from DDL) that save work without
 * changing what any statement does. sql.js keeps the database in a file of its in-memory file
 * system: the default rollback journal would be another such file, created and deleted by every
 * transaction; in memory, rollbacks (of transactions, savepoints and failed statements) behave the
 * same. Only this connection ever opens the file, so it may keep its lock: without that, each
 * transaction (every statement in autocommit mode) would lock the file, look for a hot journal
 * and re-validate its page cache.
 */
const SCRATCH_PRAGMAS = ['PRAGMA journal_mode=MEMORY', 'PRAGMA locking_mode=EXCLUSIVE'];

/** A database that only this process works on: `openDatabase` with SCRATCH_PRAGMAS. */
export async function openScratchDatabase(bytes?: Uint8Array): Promise<Database> {
  const db = await openDatabase(bytes);
  for (const pragma of SCRATCH_PRAGMAS) db.run(pragma);
  return db;
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
