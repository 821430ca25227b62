import { columnNames, queryRows, quoteIdent, text } from './sql.js';
import type { TrackerProblem, TrackerReader } from './types.js';

/**
 * `_prisma_migrations`: a row per migration folder; applied when `finished_at` is set and it was
 * not rolled back. A row that started and never finished is a failed migration (`migrate deploy`
 * refuses to go on until it is resolved).
 */
export const prismaReader: TrackerReader = {
  table: '_prisma_migrations',
  read(db, table) {
    const columns = columnNames(db, table);
    if (!columns.has('migration_name') || !columns.has('finished_at')) return undefined;
    const rolledBack = columns.has('rolled_back_at') ? 'rolled_back_at' : 'NULL';
    const rows = queryRows(
      db,
      `SELECT migration_name, finished_at, ${rolledBack} AS rolled_back_at FROM ${quoteIdent(table)}`,
    );
    const applied: string[] = [];
    const problems: TrackerProblem[] = [];
    for (const row of rows) {
      const name = text(row.migration_name);
      if (!name) continue;
      if (row.rolled_back_at !== null && row.rolled_back_at !== undefined) continue;
      if (row.finished_at === null || row.finished_at === undefined)
        problems.push({
          version: name,
          message: `${name} started and never finished (a failed migration): fix the schema, then \`prisma migrate resolve --applied ${name}\` or \`--rolled-back ${name}\``,
        });
      else applied.push(name);
    }
    return { table, tool: 'Prisma', applied, through: [], problems };
  },
};
