import { queryRows, quoteString } from '../live/tracker/sql.js';
import { isMigrationToolTable } from '../schema/ignore.js';
import type { Database } from '../sqlite/engine.js';
import { rowCounter } from './seed.js';
import { rowsReached, sqliteKey, statementEffect } from './statement-effect.js';
import { type ListedDefinition, writeTraitsReader } from './write-traits.js';

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
  /**
   * A migration starts: from now on, each table a statement is about to change is noted with its
   * state (row count when `rows`) before the change, until migrationChanges().
   */
  beginMigration(options: { readonly rows: boolean }): void;
  /**
   * The tables the migration's statements changed: as they were before (those that existed then, in
   * name order) and as they are now (those that exist). Tables it did not touch are in neither:
   * their columns and rows are as they were.
   */
  migrationChanges(): { readonly before: Snapshot; readonly after: Snapshot };
  /**
   * The application tables that may be empty: all of them the first time; then those touched since
   * this was last asked and those it answered then that are still empty (seeding could not fill
   * them). Every other table holds rows.
   */
  emptied(): string[];
}

const key = (name: string) => name.toLowerCase();

interface ListedTable extends ListedDefinition {
  readonly sql: string;
  readonly columns: readonly string[];
  /** A migration tool's table: listed for its foreign keys, never in a snapshot or counted. */
  readonly tool: boolean;
  /** The snapshot's entry while the table is not counted (`rows: false`). */
  readonly uncounted: TableState;
}

const SURROGATE = /[\uD800-\uDFFF]/;
/**
 * SQLite's `ORDER BY name` (BINARY: UTF-8 bytes, that is code points), which the table list keeps.
 * JavaScript compares UTF-16 code units: the same order unless a name holds a surrogate pair.
 */
const byName = (a: { readonly name: string }, b: { readonly name: string }) =>
  SURROGATE.test(a.name) || SURROGATE.test(b.name)
    ? Buffer.compare(Buffer.from(a.name), Buffer.from(b.name))
    : a.name < b.name
      ? -1
      : a.name > b.name
        ? 1
        : 0;

/** `sorted` (by name) with each of `added` put in its place. */
function merged(sorted: readonly ListedTable[], added: readonly ListedTable[]): ListedTable[] {
  const result = [...sorted];
  for (const table of added) {
    let low = 0;
    let high = result.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byName(result[middle]!, table) <= 0) low = middle + 1;
      else high = middle;
    }
    result.splice(low, 0, table);
  }
  return result;
}

const TABLES_SQL =
  "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
const VIRTUAL = /^CREATE\s+VIRTUAL\s/i;

/**
 * Reads tables' columns and row counts during a seeded replay, which asks before and after every
 * migration. It is told each statement before it runs (statementRuns) and each table seeding
 * wrote to, and reads again only what those can have changed (see statementEffect): the
 * sqlite_schema rows of the tables a statement names, the row counts of the tables its writes
 * reach through triggers, foreign key actions and REPLACE. Whatever cannot be followed (a ROLLBACK,
 * a trigger body it does not understand, a TEMP table) is read whole. Between beginMigration and
 * migrationChanges it also notes each table as it was before a statement changed it, so that a
 * migration is compared on the tables it touched only.
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
  /**
   * The listed tables by sqliteKey, as of the last listing: current for every table not in `stale`.
   * A table read again keeps its entry (and columns) while its sqlite_schema row stays the same.
   */
  let byMatch = new Map<string, ListedTable>();
  /** Between beginMigration and migrationChanges: each table touched, by sqliteKey, as it was before (null: absent). */
  let journal: Map<string, TableState | null> | undefined;
  let journalRows = false;
  /** Every table was noted (the whole database was read again during the migration). */
  let journalAll = false;
  /** sqliteKeys of the tables touched since emptied() was last asked. */
  let touched: Set<string> | 'all' = 'all';
  /** sqliteKeys of the tables emptied() answered last time (those seeding could not fill stay empty). */
  let asked: readonly string[] = [];

  const countRows = (tables: readonly string[]): Map<string, number> => {
    const keys = tables.map(sqliteKey);
    const missing = tables.filter((_, i) => !counted.has(keys[i]!));
    if (missing.length > 0) for (const [t, n] of counter.count(missing)) counted.set(sqliteKey(t), n);
    return new Map(tables.map((t, i) => [t, counted.get(keys[i]!) ?? 0]));
  };

  /** The table as listed before when its sqlite_schema row is the same, else read anew. */
  const listedTable = (name: string, sql: string): ListedTable => {
    const known = byMatch.get(sqliteKey(name));
    if (known && known.name === name && known.sql === sql) return known;
    const columns = queryRows(db, `SELECT name FROM pragma_table_info(${quoteString(name)})`).map((r) =>
      String(r.name),
    );
    return {
      name,
      sql,
      columns,
      match: sqliteKey(name),
      tool: isMigrationToolTable(name),
      replaces: /\bREPLACE\b/i.test(sql),
      rollsBack: /\bROLLBACK\b/i.test(sql),
      uncounted: { name, columns, rows: 0 },
    };
  };

  const withColumns = (rows: readonly Readonly<Record<string, unknown>>[]): ListedTable[] =>
    rows.map((r) => listedTable(String(r.name), String(r.sql)));

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
    const list = withColumns(chosen);
    byMatch = new Map(list.map((t) => [t.match, t]));
    return list;
  };

  /** The listed tables with the sqlite_schema rows of the `stale` ones read again. */
  const relist = (before: readonly ListedTable[]): readonly ListedTable[] => {
    const names = [...stale].map(quoteString).join(', ');
    const rows = queryRows(db, `${TABLES_SQL} AND name COLLATE NOCASE IN (${names})`);
    if (rows.some((r) => VIRTUAL.test(String(r.sql)))) return listAll();
    const added = withColumns(rows);
    for (const key of stale) byMatch.delete(key);
    for (const t of added) byMatch.set(t.match, t);
    return merged(
      before.filter((t) => !stale.has(t.match)),
      added,
    );
  };

  const tables = (): readonly ListedTable[] => {
    if (listed && stale.size === 0) return listed;
    listed = listed && !virtual ? relist(listed) : listAll();
    stale.clear();
    return listed;
  };

  const reads = writeTraitsReader(db, {
    all: tables,
    find(match) {
      tables();
      return byMatch.get(match);
    },
  });

  /** The application tables: the listed ones but migration tools'. */
  let applications:
    | { readonly of: readonly ListedTable[]; readonly tables: readonly ListedTable[] }
    | undefined;
  const appTables = (): readonly ListedTable[] => {
    const list = tables();
    if (applications?.of !== list) applications = { of: list, tables: list.filter((t) => !t.tool) };
    return applications.tables;
  };

  /** A table's state with the row count read for it (countListed first). */
  const countedState = (table: ListedTable): TableState => ({
    name: table.name,
    columns: table.columns,
    rows: counted.get(table.match) ?? 0,
  });

  /** Notes the tables about to change that the journal does not hold yet, as they are now. */
  const note = (keys: Iterable<string>) => {
    for (const key of keys) if (touched !== 'all') touched.add(key);
    if (!journal || journalAll) return;
    // Every entry not noted yet is current (the listing was fresh when the migration began, and
    // whatever went stale since was noted first).
    const fresh: ListedTable[] = [];
    for (const key of keys) {
      if (journal.has(key)) continue;
      const table = byMatch.get(key);
      if (!table || table.tool) journal.set(key, null);
      else fresh.push(table);
    }
    if (journalRows) countListed(fresh);
    for (const table of fresh) journal.set(table.match, journalRows ? countedState(table) : table.uncounted);
  };

  /** Notes every table the journal does not hold yet (the whole database is about to be read again). */
  const noteAll = () => {
    touched = 'all';
    if (!journal || journalAll) return;
    note([...byMatch.keys()]);
    journalAll = true;
  };

  /** Counts the tables of `list` not counted yet. */
  const countListed = (list: readonly ListedTable[]) => {
    const missing = list.filter((t) => !counted.has(t.match));
    if (missing.length === 0) return;
    const counts = counter.count(missing.map((t) => t.name));
    for (const t of missing) counted.set(t.match, counts.get(t.name) ?? 0);
  };

  const forget = (rows: readonly string[]) => {
    for (const table of rows) counted.delete(sqliteKey(table));
  };

  const reset = () => {
    noteAll();
    listed = undefined;
    stale.clear();
    counted.clear();
    reads.reset();
  };

  return {
    snapshot(options = {}) {
      const list = appTables();
      if (options.rows === false) return new Map(list.map((t) => [key(t.name), t.uncounted]));
      countListed(list);
      return new Map(list.map((t) => [key(t.name), countedState(t)]));
    },
    counts() {
      const list = appTables();
      countListed(list);
      return new Map(list.map((t) => [key(t.name), counted.get(t.match) ?? 0]));
    },
    tableNames: () => appTables().map((t) => t.name),
    rowCounts: countRows,
    wrote(table) {
      // Its triggers may have written elsewhere.
      const rows = rowsReached([{ table, event: 'insert' }], reads);
      if (rows === 'all') reset();
      else {
        // The table itself now holds rows; tables its triggers deleted from may be empty.
        note(rows.filter((t) => sqliteKey(t) !== sqliteKey(table)).map(sqliteKey));
        forget(rows);
      }
    },
    statementRuns(sql) {
      const effect = statementEffect(sql, reads);
      if (effect.tables === 'all') {
        reset();
        return;
      }
      if (effect.rows === 'all') {
        noteAll();
        counted.clear();
      } else {
        note([...effect.tables, ...effect.rows].map(sqliteKey));
        forget(effect.rows);
      }
      for (const table of effect.tables) stale.add(sqliteKey(table));
      reads.changed({
        tables: effect.tables.length > 0,
        triggers: effect.triggers,
        foreignKeys: effect.foreignKeys,
      });
    },
    reset,
    foreignKeys: reads.foreignKeys,
    beginMigration(options) {
      // Fresh, so that every entry the journal takes from it is current.
      tables();
      journal = new Map();
      journalRows = options.rows;
      journalAll = false;
    },
    migrationChanges() {
      const noted = journal ?? new Map<string, TableState | null>();
      const all = journalAll;
      journal = undefined;
      const list = appTables();
      const now = all ? list : list.filter((t) => noted.has(t.match));
      countListed(now);
      // Before: the noted tables that existed, in the listing's order (SQLite's ORDER BY name).
      const existed = [...noted.values()].filter((t): t is TableState => t !== null).sort(byName);
      return {
        before: new Map(existed.map((t) => [key(t.name), t])),
        after: new Map(now.map((t) => [key(t.name), countedState(t)])),
      };
    },
    emptied() {
      const list = appTables();
      const since = touched;
      if (since !== 'all') for (const k of asked) if (counted.get(k) === 0) since.add(k);
      touched = new Set();
      const chosen = since === 'all' ? list : list.filter((t) => since.has(t.match));
      asked = chosen.map((t) => t.match);
      return chosen.map((t) => t.name);
    },
  };
}
