import { queryRows, quoteString } from '../live/tracker/sql.js';
import { isMigrationToolTable } from '../schema/ignore.js';
import type { Database } from '../sqlite/engine.js';
import { rowCounter } from './seed.js';
import { type EffectReads, statementEffect } from './statement-effect.js';

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
  /** Rows were inserted into `table` (seeding). */
  wrote(table: string): void;
  /** `sql` is about to run: what it may change is read again when next asked for. */
  statementRuns(sql: string): void;
  /** The database changed in a way no statement told (a transaction rolled back): read it all again. */
  reset(): void;
  /** Whether foreign keys are enforced (read again only after a PRAGMA). */
  foreignKeys(): boolean;
}

const key = (name: string) => name.toLowerCase();

/** Whether foreign keys are enforced right now. */
function foreignKeysOn(db: Database): boolean {
  return Number(queryRows(db, 'SELECT foreign_keys AS on_ FROM pragma_foreign_keys')[0]?.on_) === 1;
}

/** How SQLite matches table names: ASCII letters without regard to case, anything else exactly. */
const sqliteKey = (name: string) => name.replace(/[A-Z]+/g, (m) => m.toLowerCase());

interface ListedTable {
  readonly name: string;
  readonly sql: string;
  readonly columns: readonly string[];
}

const SURROGATE = /[\uD800-\uDFFF]/;
/**
 * SQLite's `ORDER BY name` (BINARY: UTF-8 bytes, that is code points), which the table list keeps.
 * JavaScript compares UTF-16 code units: the same order unless a name holds a surrogate pair.
 */
const byName = (a: ListedTable, b: ListedTable) =>
  SURROGATE.test(a.name) || SURROGATE.test(b.name)
    ? Buffer.compare(Buffer.from(a.name), Buffer.from(b.name))
    : a.name < b.name
      ? -1
      : a.name > b.name
        ? 1
        : 0;

const TABLES_SQL =
  "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
const VIRTUAL = /^CREATE\s+VIRTUAL\s/i;

/**
 * Reads tables' columns and row counts during a seeded replay, which asks before and after every
 * migration. It is told each statement before it runs (statementRuns) and each table seeding
 * wrote to, and reads again only what those can have changed (see statementEffect): the
 * sqlite_schema rows of the tables a statement names, the row counts of the tables it writes.
 * Whatever cannot be told that way (a DELETE's cascades, a trigger, a ROLLBACK) is read whole.
 */
export function tableStateReader(db: Database): TableStateReader {
  const counter = rowCounter(db);
  /** Row counts by sqliteKey; a table not in it is counted when asked for. */
  const counted = new Map<string, number>();
  let listed: readonly ListedTable[] | undefined;
  /** sqliteKeys of tables whose sqlite_schema row may have changed since `listed` was read. */
  const stale = new Set<string>();
  /** A virtual table's shadow tables are told apart only by pragma_table_list: no partial reads. */
  let virtual = false;
  let previous = new Map<string, ListedTable>();
  /** sqliteKeys of the tables (and views) triggers fire on, read when first needed after DDL. */
  let triggered: ReadonlySet<string> | undefined;
  /** `PRAGMA foreign_keys`, read when first needed after a PRAGMA (only a PRAGMA changes it). */
  let enforced: boolean | undefined;

  const triggerTargets = (): ReadonlySet<string> => {
    triggered ??= new Set(
      queryRows(
        db,
        "SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' UNION ALL SELECT tbl_name FROM sqlite_temp_schema WHERE type = 'trigger'",
      ).map((r) => sqliteKey(String(r.tbl_name))),
    );
    return triggered;
  };
  const triggers: EffectReads = {
    on: (table) => triggerTargets().has(sqliteKey(table)),
    foreignKeys: () => (enforced ??= foreignKeysOn(db)),
  };

  const countRows = (tables: readonly string[]): Map<string, number> => {
    const missing = tables.filter((t) => !counted.has(sqliteKey(t)));
    if (missing.length > 0) for (const [t, n] of counter.count(missing)) counted.set(sqliteKey(t), n);
    return new Map(tables.map((t) => [t, counted.get(sqliteKey(t)) ?? 0]));
  };

  const columnsOf = (name: string, sql: string) => {
    const known = previous.get(name);
    if (known && known.sql === sql) return known.columns;
    return queryRows(db, `SELECT name FROM pragma_table_info(${quoteString(name)})`).map((r) =>
      String(r.name),
    );
  };

  const withColumns = (rows: readonly Readonly<Record<string, unknown>>[]): ListedTable[] =>
    rows
      .map((r) => ({ name: String(r.name), sql: String(r.sql) }))
      .filter((t) => !isMigrationToolTable(t.name))
      .map((t) => ({ ...t, columns: columnsOf(t.name, t.sql) }));

  // sqlite_schema is a plain table and cheap to read; pragma_table_list (which tells shadow tables
  // of virtual tables apart) is asked only when the schema has a virtual table.
  const listAll = (): readonly ListedTable[] => {
    const rows = queryRows(db, `${TABLES_SQL} ORDER BY name`);
    virtual = rows.some((r) => VIRTUAL.test(String(r.sql)));
    const chosen = virtual
      ? queryRows(
          db,
          "SELECT t.name AS name, s.sql AS sql FROM pragma_table_list AS t JOIN sqlite_schema AS s ON s.name = t.name AND s.type = 'table' WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY t.name",
        )
      : rows;
    return withColumns(chosen);
  };

  /** The listed tables with the sqlite_schema rows of the `stale` ones read again. */
  const relist = (before: readonly ListedTable[]): readonly ListedTable[] => {
    const names = [...stale].map(quoteString).join(', ');
    const rows = queryRows(db, `${TABLES_SQL} AND name COLLATE NOCASE IN (${names})`);
    if (rows.some((r) => VIRTUAL.test(String(r.sql)))) return listAll();
    return [...before.filter((t) => !stale.has(sqliteKey(t.name))), ...withColumns(rows)].sort(byName);
  };

  const tables = (): readonly ListedTable[] => {
    if (listed && stale.size === 0) return listed;
    listed = listed && !virtual ? relist(listed) : listAll();
    stale.clear();
    previous = new Map(listed.map((t) => [t.name, t]));
    return listed;
  };

  const reset = () => {
    listed = undefined;
    stale.clear();
    counted.clear();
    triggered = undefined;
    enforced = undefined;
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
    wrote(table) {
      // Its triggers may have written anywhere.
      if (triggers.on(table)) counted.clear();
      else counted.delete(sqliteKey(table));
    },
    statementRuns(sql) {
      const effect = statementEffect(sql, triggers);
      if (effect.tables === 'all') {
        reset();
        return;
      }
      for (const table of effect.tables) stale.add(sqliteKey(table));
      if (effect.rows === 'all') counted.clear();
      else for (const table of effect.rows) counted.delete(sqliteKey(table));
      // DDL may add or drop triggers (dropping or renaming a table takes its triggers along).
      if (/^\s*(?:CREATE|DROP|ALTER)\b/i.test(sql)) triggered = undefined;
      if (/^\s*PRAGMA\b/i.test(sql)) enforced = undefined;
    },
    reset,
    foreignKeys: triggers.foreignKeys,
  };
}
