import { queryRows } from '../live/tracker/sql.js';
import type { Migration } from '../migrations/types.js';
import type { Database } from '../sqlite/engine.js';

/**
 * Connection settings a migration may change that `db.export()` does not keep (they live in the
 * connection, not the file): read after a prefix and set again before the replay resumes, so the
 * rest of the history runs as it would have in one go.
 */
const RESTORED = ['foreign_keys', 'legacy_alter_table', 'recursive_triggers'] as const;

/**
 * PRAGMAs that leave nothing behind in the connection besides the restored settings: queries and
 * checks, and settings kept in the file itself. A prefix that runs any other PRAGMA (journal
 * mode, case_sensitive_like, defer_foreign_keys, …) is not resumed from.
 */
const HARMLESS = new Set<string>([
  ...RESTORED,
  'foreign_key_check',
  'foreign_key_list',
  'integrity_check',
  'quick_check',
  'table_info',
  'table_xinfo',
  'table_list',
  'index_list',
  'index_info',
  'index_xinfo',
  'user_version',
  'application_id',
]);

/** Any PRAGMA name in the text (comments and strings included: a false alarm only costs a resume). */
const PRAGMA = /\bPRAGMA\s+(?:[`"[]?\w+[`"\]]?\s*\.\s*)?[`"[]?(\w+)/gi;

export type ConnectionState = Readonly<Record<string, number>>;

function prefixIsResumable(migrations: readonly Migration[]): boolean {
  for (const m of migrations)
    for (const s of m.up)
      for (const match of s.sql.matchAll(PRAGMA)) if (!HARMLESS.has(match[1]!.toLowerCase())) return false;
  return true;
}

/**
 * What to set again on a database reopened from `db.export()` after `migrations`, or undefined
 * when the state after them cannot be carried over that way: TEMP objects or attached databases
 * (not exported), an open transaction (rolled back by the export), or a PRAGMA not restored.
 */
export function connectionState(db: Database, migrations: readonly Migration[]): ConnectionState | undefined {
  if (!prefixIsResumable(migrations)) return undefined;
  const temp = queryRows(db, 'SELECT count(*) AS n FROM sqlite_temp_schema')[0]?.n;
  if (Number(temp) > 0) return undefined;
  const attached = queryRows(
    db,
    "SELECT count(*) AS n FROM pragma_database_list WHERE name NOT IN ('main', 'temp')",
  )[0]?.n;
  if (Number(attached) > 0) return undefined;
  try {
    db.run('BEGIN');
  } catch {
    return undefined; // a transaction is still open
  }
  db.run('ROLLBACK');
  const state: Record<string, number> = {};
  for (const pragma of RESTORED) state[pragma] = Number(queryRows(db, `PRAGMA ${pragma}`)[0]?.[pragma] ?? 0);
  return state;
}

/** Sets the saved connection settings on a reopened database (outside any transaction). */
export function restoreConnection(db: Database, state: ConnectionState): void {
  for (const pragma of RESTORED) db.run(`PRAGMA ${pragma}=${state[pragma] ? 'ON' : 'OFF'}`);
}
