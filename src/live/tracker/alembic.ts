import { columnNames, queryRows, quoteIdent, text } from './sql.js';
import type { TrackerReader } from './types.js';

/** `alembic_version(version_num)`: the current head revision(s); their ancestors are applied. */
export const alembicReader: TrackerReader = {
  table: 'alembic_version',
  read(db, table) {
    if (!columnNames(db, table).has('version_num')) return undefined;
    const heads = queryRows(db, `SELECT version_num FROM ${quoteIdent(table)}`)
      .map((r) => text(r.version_num))
      .filter((v): v is string => v !== undefined && v !== '');
    return { table, tool: 'Alembic', applied: [], through: heads, problems: [] };
  },
};
