import { queryRows, quoteString } from '../live/tracker/sql.js';
import { isMigrationToolTable } from '../schema/ignore.js';
import type { Database } from '../sqlite/engine.js';
import { rowCounter } from './seed.js';

export interface TableState {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: number;
}

/** Application tables (seedable, not a migration tool's) by lower-cased name. */
export type Snapshot = ReadonlyMap<string, TableState>;

export interface TableStateReader {
  /** Every application table with its columns and row count (`rows: false`: 0, not counted). */
  snapshot(options?: { readonly rows?: boolean }): Snapshot;
  /** Row counts of every application table, by lower-cased name. */
  counts(): Map<string, number>;
  /** Names of the seedable tables (as `seedableTables`, without migration tools' tables). */
  tableNames(): string[];
  /** Row counts of the named tables (any seedable table). */
  rowCounts(tables: readonly string[]): Map<string, number>;
  /** A statement is about to run: the tables and their columns may change. */
  statementRuns(): void;
}

const key = (name: string) => name.toLowerCase();

interface ListedTable {
  readonly name: string;
  readonly sql: string;
  readonly columns: readonly string[];
}

/**
 * Reads tables' columns and row counts during a seeded replay, which asks before and after every
 * migration. The table list is read again only after a statement ran (the caller says so; seeding
 * between migrations writes rows only), a table's columns only when its CREATE statement changed,
 * and row counts only when a row was written (`total_changes()`) or the schema changed
 * (`schema_version`) since they were counted. Everything else is answered from what was read before.
 */
export function tableStateReader(db: Database): TableStateReader {
  const counter = rowCounter(db);
  let countedAt = '';
  let counted = new Map<string, number>();
  let listed: readonly ListedTable[] | undefined;
  let previous = new Map<string, ListedTable>();

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
    if (missing.length > 0) for (const [t, n] of counter.count(missing)) counted.set(t, n);
    return new Map(tables.map((t) => [t, counted.get(t) ?? 0]));
  };

  const columnsOf = (name: string, sql: string) => {
    const known = previous.get(name);
    if (known && known.sql === sql) return known.columns;
    return queryRows(db, `SELECT name FROM pragma_table_info(${quoteString(name)})`).map((r) =>
      String(r.name),
    );
  };

  // sqlite_schema is a plain table and cheap to read; pragma_table_list (which tells shadow tables
  // of virtual tables apart) is asked only when the schema has a virtual table.
  const tables = (): readonly ListedTable[] => {
    if (listed) return listed;
    const rows = queryRows(
      db,
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    );
    const chosen = rows.some((r) => /^CREATE\s+VIRTUAL\s/i.test(String(r.sql)))
      ? queryRows(
          db,
          "SELECT t.name AS name, s.sql AS sql FROM pragma_table_list AS t JOIN sqlite_schema AS s ON s.name = t.name AND s.type = 'table' WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY t.name",
        )
      : rows;
    listed = chosen
      .map((r) => ({ name: String(r.name), sql: String(r.sql) }))
      .filter((t) => !isMigrationToolTable(t.name))
      .map((t) => ({ ...t, columns: columnsOf(t.name, t.sql) }));
    previous = new Map(listed.map((t) => [t.name, t]));
    return listed;
  };

  return {
    snapshot(options = {}) {
      const list = tables();
      const rows = options.rows === false ? undefined : countRows(list.map((t) => t.name));
      return new Map(
        list.map((t) => [key(t.name), { name: t.name, columns: t.columns, rows: rows?.get(t.name) ?? 0 }]),
      );
    },
    counts() {
      const names = tables().map((t) => t.name);
      const rows = countRows(names);
      return new Map(names.map((t) => [key(t), rows.get(t) ?? 0]));
    },
    tableNames: () => tables().map((t) => t.name),
    rowCounts: countRows,
    statementRuns() {
      listed = undefined;
    },
  };
}
