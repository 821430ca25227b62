import { columnNames, queryRows, quoteIdent, text } from './sql.js';
import type { TrackerReader } from './types.js';

/** `__diesel_schema_migrations(version, run_on)`: a row per applied migration folder (its digits). */
export const dieselReader: TrackerReader = {
  table: '__diesel_schema_migrations',
  read(db, table) {
    if (!columnNames(db, table).has('version')) return undefined;
    const rows = queryRows(db, `SELECT version FROM ${quoteIdent(table)}`);
    const applied = rows.map((r) => text(r.version)).filter((v): v is string => Boolean(v));
    return { table, tool: 'Diesel', applied, through: [], problems: [] };
  },
};
