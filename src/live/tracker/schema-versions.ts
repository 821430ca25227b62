import { columnNames, queryRows, quoteIdent, text, truthy } from './sql.js';
import type { TrackerReader, TrackerState } from './types.js';

/**
 * `schema_migrations` and `schema_versions`: one row per applied version (dbmate, Rails,
 * hand-rolled runners), except golang-migrate's, which holds only the current version and a
 * `dirty` flag set while a migration runs (left set when it failed half-way).
 */
function read(db: Parameters<TrackerReader['read']>[0], table: string): TrackerState | undefined {
  const columns = columnNames(db, table);
  const versionColumn = columns.has('version')
    ? 'version'
    : columns.has('version_num')
      ? 'version_num'
      : undefined;
  if (!versionColumn) return undefined;
  if (columns.has('dirty')) {
    const rows = queryRows(db, `SELECT ${versionColumn} AS version, dirty FROM ${quoteIdent(table)}`);
    const through: string[] = [];
    const problems: { version: string; message: string }[] = [];
    for (const row of rows) {
      const version = text(row.version);
      if (version === undefined) continue;
      if (truthy(row.dirty)) {
        problems.push({
          version,
          message: `version ${version} is marked dirty: it failed part-way. Repair the schema by hand, then run \`migrate force\` with the last version that fully applied`,
        });
        // golang-migrate records the failing version before running it: the ones before it are applied.
      } else through.push(version);
    }
    const before = problems.map((p) => p.version);
    return { table, tool: 'golang-migrate', applied: [], through, before, problems };
  }
  const rows = queryRows(db, `SELECT ${versionColumn} AS version FROM ${quoteIdent(table)}`);
  const applied = rows.map((r) => text(r.version)).filter((v): v is string => v !== undefined && v !== '');
  return {
    table,
    tool: table.toLowerCase() === 'schema_versions' ? 'a hand-rolled runner' : 'dbmate/Rails-style runner',
    applied,
    through: [],
    problems: [],
  };
}

export const schemaMigrationsReader: TrackerReader = { table: 'schema_migrations', read };
export const schemaVersionsReader: TrackerReader = { table: 'schema_versions', read };
