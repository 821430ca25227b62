import { columnNames, queryRows, quoteIdent, text, truthy } from './sql.js';
import type { TrackerProblem, TrackerReader } from './types.js';

/**
 * `flyway_schema_history`: a row per run in `installed_rank` order. Successful versioned rows are
 * applied; an `UNDO_SQL` row takes its version back; a `BASELINE` row stands for every version up to
 * it; a failed row (`success = 0`) is what `flyway repair` removes.
 */
export const flywayReader: TrackerReader = {
  table: 'flyway_schema_history',
  read(db, table) {
    const columns = columnNames(db, table);
    if (!columns.has('version') || !columns.has('success')) return undefined;
    const type = columns.has('type') ? 'type' : "'SQL'";
    const order = columns.has('installed_rank') ? 'installed_rank' : 'rowid';
    const rows = queryRows(
      db,
      `SELECT version, ${type} AS type, success FROM ${quoteIdent(table)} ORDER BY ${order}`,
    );
    const applied = new Set<string>();
    const through: string[] = [];
    const problems: TrackerProblem[] = [];
    for (const row of rows) {
      const version = text(row.version);
      if (!version) continue; // repeatable migrations and the schema-creation marker
      const kind = String(row.type ?? '').toUpperCase();
      if (!truthy(row.success)) {
        problems.push({
          version,
          message: `version ${version} failed (success = 0): fix the schema, then run \`flyway repair\``,
        });
      } else if (kind.startsWith('UNDO')) applied.delete(version);
      else if (kind === 'BASELINE') through.push(version);
      else applied.add(version);
    }
    return { table, tool: 'Flyway', applied: [...applied], through, problems };
  },
};
