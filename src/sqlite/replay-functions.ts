import type { Database } from './engine.js';

/**
 * Registers harmless stand-ins for SQL functions the application registers at run time
 * (`sqlite3.create_function`), so DDL and data migrations that call them replay. Each accepts any
 * number of arguments and returns its first argument (NULL without one). Names SQLite already
 * knows are left alone: a stand-in must never replace a real function such as lower().
 */
export function registerStandIns(db: Database, names: readonly string[]): void {
  if (names.length === 0) return;
  const known = new Set(
    (db.exec('SELECT DISTINCT lower(name) FROM pragma_function_list')[0]?.values ?? []).map((r) =>
      String(r[0]),
    ),
  );
  for (const name of names) {
    if (known.has(name.toLowerCase())) continue;
    const standIn = (...args: unknown[]) => (args.length > 0 ? args[0] : null);
    // sql.js passes `fn.length` to sqlite3_create_function as the arity; -1 means "any".
    Object.defineProperty(standIn, 'length', { value: -1 });
    db.create_function(name, standIn as (...args: never[]) => null);
  }
}
