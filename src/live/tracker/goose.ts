import { columnNames, queryRows, quoteIdent, text, truthy } from './sql.js';
import type { TrackerReader } from './types.js';

/**
 * `goose_db_version(id, version_id, is_applied)`: an append-only log; the newest row of each
 * version says whether it is applied (a rollback appends `is_applied = 0`). Version 0 is the row
 * goose writes when it creates the table.
 */
export const gooseReader: TrackerReader = {
  table: 'goose_db_version',
  read(db, table) {
    const columns = columnNames(db, table);
    if (!columns.has('version_id')) return undefined;
    const applied = columns.has('is_applied') ? 'is_applied' : '1';
    const order = columns.has('id') ? 'id' : 'rowid';
    const rows = queryRows(
      db,
      `SELECT version_id, ${applied} AS is_applied FROM ${quoteIdent(table)} ORDER BY ${order}`,
    );
    const state = new Map<string, boolean>();
    for (const row of rows) {
      const version = text(row.version_id);
      if (version === undefined || version === '0') continue;
      state.set(version, truthy(row.is_applied));
    }
    return {
      table,
      tool: 'goose',
      applied: [...state].filter(([, on]) => on).map(([v]) => v),
      through: [],
      problems: [],
    };
  },
};
