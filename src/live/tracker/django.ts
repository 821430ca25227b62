import { columnNames, queryRows, quoteIdent, text } from './sql.js';
import type { TrackerReader } from './types.js';

/** `django_migrations(app, name, applied)`: a row per applied migration module, named `0001_initial`. */
export const djangoReader: TrackerReader = {
  table: 'django_migrations',
  read(db, table) {
    const columns = columnNames(db, table);
    if (!columns.has('name')) return undefined;
    const rows = queryRows(db, `SELECT name FROM ${quoteIdent(table)}`);
    const applied = rows.map((r) => text(r.name)).filter((v): v is string => Boolean(v));
    return { table, tool: 'Django', applied, through: [], problems: [] };
  },
};
