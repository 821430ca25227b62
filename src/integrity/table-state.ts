import { queryRows, quoteString } from '../live/tracker/sql.js';
import { isMigrationToolTable } from '../schema/ignore.js';
import type { Database } from '../sqlite/engine.js';
import { rowCounts } from './seed.js';

export interface TableState {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: number;
}

/** Application tables (seedable, not a migration tool's) by lower-cased name. */
export type Snapshot = ReadonlyMap<string, TableState>;

export interface TableStateReader {
  /** Every application table with its columns and row count. */
  snapshot(): Snapshot;
  /** Row counts of every application table, by lower-cased name. */
  counts(): Map<string, number>;
  /** Names of the seedable tables (as `seedableTables`, without migration tools' tables). */
  tableNames(): string[];
  /** Row counts of the named tables (any seedable table). */
  rowCounts(tables: readonly string[]): Map<string, number>;
}

const key = (name: string) => name.toLowerCase();

/**
 * Reads tables' columns and row counts during a seeded replay, which asks before and after every
 * migration: a table's columns are read again only when its CREATE statement changed, and row
 * counts only when a row was written (`total_changes()`) or the schema changed (`schema_version`)
 * since they were counted. Everything else is answered from what was read before.
 */
export function tableStateReader(db: Database): TableStateReader {
  const columnsBySql = new Map<string, readonly string[]>();
  let countedAt = '';
  let counted = new Map<string, number>();

  const stateNow = () => {
    const row = queryRows(
      db,
      'SELECT total_changes() AS c, schema_version AS v FROM pragma_schema_version',
    )[0];
    return `${String(row?.c)}/${String(row?.v)}`;
  };

  const countRows = (tables: readonly string[]): Map<string, number> => {
    const now = stateNow();
    if (now !== countedAt) {
      countedAt = now;
      counted = new Map();
    }
    const missing = tables.filter((t) => !counted.has(t));
    if (missing.length > 0) for (const [t, n] of rowCounts(db, missing)) counted.set(t, n);
    return new Map(tables.map((t) => [t, counted.get(t) ?? 0]));
  };

  // sqlite_schema is a plain table and cheap to read; pragma_table_list (which tells shadow tables
  // of virtual tables apart) is asked only when the schema has a virtual table.
  const tables = () => {
    const rows = queryRows(
      db,
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    );
    const listed = rows.some((r) => /^CREATE\s+VIRTUAL\s/i.test(String(r.sql)))
      ? queryRows(
          db,
          "SELECT t.name AS name, s.sql AS sql FROM pragma_table_list AS t JOIN sqlite_schema AS s ON s.name = t.name AND s.type = 'table' WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY t.name",
        )
      : rows;
    return listed
      .map((r) => ({ name: String(r.name), sql: String(r.sql) }))
      .filter((t) => !isMigrationToolTable(t.name));
  };

  const columnsOf = (table: { readonly name: string; readonly sql: string }) => {
    const memo = `${table.name}\0${table.sql}`;
    let columns = columnsBySql.get(memo);
    if (!columns) {
      columns = queryRows(db, `SELECT name FROM pragma_table_info(${quoteString(table.name)})`).map((r) =>
        String(r.name),
      );
      columnsBySql.set(memo, columns);
    }
    return columns;
  };

  return {
    snapshot() {
      const list = tables();
      const rows = countRows(list.map((t) => t.name));
      return new Map(
        list.map((t) => [key(t.name), { name: t.name, columns: columnsOf(t), rows: rows.get(t.name) ?? 0 }]),
      );
    },
    counts() {
      const names = tables().map((t) => t.name);
      const rows = countRows(names);
      return new Map(names.map((t) => [key(t), rows.get(t) ?? 0]));
    },
    tableNames: () => tables().map((t) => t.name),
    rowCounts: countRows,
  };
}
