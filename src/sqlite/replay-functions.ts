import type { Database } from './engine.js';

/**
 * Registers harmless stand-ins for SQL functions the application registers at run time
 * (`sqlite3.create_function`), so DDL and data migrations that call them replay. Each accepts any
 * number of arguments and returns its first argument (NULL without one).
 */
export function registerStandIns(db: Database, names: readonly string[]): void {
  for (const name of names) {
    const standIn = (...args: unknown[]) => (args.length > 0 ? args[0] : null);
    // sql.js passes `fn.length` to sqlite3_create_function as the arity; -1 means "any".
    Object.defineProperty(standIn, 'length', { value: -1 });
    db.create_function(name, standIn as (...args: never[]) => null);
  }
}
