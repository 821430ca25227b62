import { columnNames, queryRows, quoteIdent, text, truthy } from './sql.js';
import type { TrackerProblem, TrackerReader } from './types.js';

/** `_sqlx_migrations(version, success, …)`: applied when `success`; a failed row blocks `sqlx migrate run`. */
export const sqlxReader: TrackerReader = {
  table: '_sqlx_migrations',
  read(db, table) {
    const columns = columnNames(db, table);
    if (!columns.has('version')) return undefined;
    const success = columns.has('success') ? 'success' : '1';
    const rows = queryRows(db, `SELECT version, ${success} AS success FROM ${quoteIdent(table)}`);
    const applied: string[] = [];
    const problems: TrackerProblem[] = [];
    for (const row of rows) {
      const version = text(row.version);
      if (!version) continue;
      if (truthy(row.success)) applied.push(version);
      else
        problems.push({
          version,
          message: `version ${version} is recorded as failed (success = 0): fix the schema and delete its row, or revert it`,
        });
    }
    return { table, tool: 'sqlx', applied, through: [], problems };
  },
};
