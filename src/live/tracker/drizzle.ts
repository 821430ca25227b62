import { columnNames, queryRows, quoteIdent, text } from './sql.js';
import type { TrackerReader } from './types.js';

/**
 * `__drizzle_migrations(id, hash, created_at)`: drizzle's migrator stores the sha256 of each
 * migration file and its journal `when` as `created_at`, and runs every journal entry whose `when`
 * is later than the newest `created_at`: so everything up to that one counts as applied.
 */
export const drizzleReader: TrackerReader = {
  table: '__drizzle_migrations',
  read(db, table) {
    const columns = columnNames(db, table);
    if (!columns.has('created_at')) return undefined;
    const hash = columns.has('hash') ? 'hash' : 'NULL';
    const rows = queryRows(
      db,
      `SELECT ${hash} AS hash, created_at FROM ${quoteIdent(table)} ORDER BY created_at`,
    );
    const hashes = new Map<string, string>();
    const versions: string[] = [];
    for (const row of rows) {
      const when = text(row.created_at);
      if (!when) continue;
      versions.push(when);
      const h = text(row.hash);
      if (h) hashes.set(when, h);
    }
    const newest = versions[versions.length - 1];
    return {
      table,
      tool: 'Drizzle',
      applied: versions,
      through: newest ? [newest] : [],
      problems: [],
      hashes,
    };
  },
};
