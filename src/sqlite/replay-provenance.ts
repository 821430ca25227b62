import type { Statement } from 'sql.js';
import type { SourceRef } from '../schema/types.js';
import { absolutePosition, type ObjectType, type Position, parseCreateTableSql } from './ddl.js';
import type { Database } from './engine.js';
import type { Locator } from './inspect.js';

/**
 * Which migration statement created, named or last changed each table, column, index, view and
 * trigger, and which ones dropped or renamed things (for hints).
 *
 * Cheap by construction: after a DDL statement, `sqlite_schema` is compared with the previous
 * state; only tables whose SQL changed have their columns re-read. Changes made inside a
 * transaction are undone with it (an undo log mirrors BEGIN/SAVEPOINT/ROLLBACK), so a rolled-back
 * migration leaves no trace.
 */

/** A statement of a migration: the migration's index in its set and where the statement is. */
export interface Origin {
  readonly migration: number;
  readonly location: SourceRef;
}

export interface ObjectRecord {
  readonly type: ObjectType;
  readonly name: string;
  /** The table an index or trigger belongs to (the object itself for tables and views). */
  readonly table: string;
  readonly rootpage: number;
  readonly sql: string | null;
  /** The statement that created it (unknown for objects that were in a starting snapshot). */
  readonly created?: Origin;
  /** The statement that gave a table its current name, when a rename did. */
  readonly renamed?: Origin;
  /** The last statement that changed its definition. */
  readonly changed?: Origin;
}

export interface ColumnRecord {
  readonly name: string;
  /** The column definition's line in CREATE TABLE, or the ALTER TABLE that added or renamed it. */
  readonly origin?: Origin;
}

export interface HistoryEvent {
  readonly action: 'drop' | 'rename';
  readonly type: ObjectType | 'column';
  /** The table (for columns, the table the column belonged to). */
  readonly table: string;
  readonly name: string;
  readonly to?: string;
  readonly origin: Origin;
}

/** JSON-serializable state, to resume replay from a cached database snapshot. */
export interface ProvenanceSnapshot {
  readonly objects: readonly ObjectRecord[];
  readonly columns: Readonly<Record<string, readonly ColumnRecord[]>>;
  readonly history: readonly HistoryEvent[];
}

const SCHEMA_QUERY =
  "SELECT type, name, tbl_name, rootpage, sql, rowid FROM main.sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
const TABLE_QUERY = `${SCHEMA_QUERY} AND type = 'table' AND name = ? COLLATE NOCASE`;
const NEW_QUERY = `${SCHEMA_QUERY} AND rowid > ?`;

type Row = [
  type: ObjectType,
  name: string,
  table: string,
  rootpage: number,
  sql: string | null,
  rowid: number,
];

/**
 * Which rows of sqlite_schema a statement can have changed: any (DROP, RENAME, …), only the
 * table's own row (ADD/DROP COLUMN), or only new rows (CREATE: SQLite gives them rowid max+1).
 */
export type ObserveScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'table'; readonly name: string }
  | { readonly kind: 'new' };

const ALL: ObserveScope = { kind: 'all' };

const keyOf = (type: string, name: string) => `${type}:${name.toLowerCase()}`;

const COLUMNS_QUERY = "SELECT name FROM pragma_table_xinfo(?, 'main')";

/**
 * Runs one of the queries above through a statement prepared once per database (SQLite
 * re-prepares it by itself after schema changes): compiling them anew after every DDL
 * statement would cost about as much as running them.
 */
const prepared = new WeakMap<Database, Map<string, Statement>>();

function query(db: Database, sql: string, params: readonly (string | number)[] = []): unknown[][] {
  let cache = prepared.get(db);
  if (!cache) {
    cache = new Map();
    prepared.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  const rows: unknown[][] = [];
  try {
    statement.bind(params as (string | number)[]);
    while (statement.step()) rows.push(statement.get());
  } finally {
    statement.reset();
  }
  return rows;
}

function readColumnNames(db: Database, table: string): string[] {
  return query(db, COLUMNS_QUERY, [table]).map((row) => String(row[0]));
}

/** Where each column of a CREATE TABLE statement is defined, keyed by lower-case name. */
function columnPositions(sql: string): Map<string, Position> {
  const positions = new Map<string, Position>();
  for (const column of parseCreateTableSql(sql)?.columns ?? []) {
    const key = column.name.toLowerCase();
    if (!positions.has(key)) positions.set(key, column.position);
  }
  return positions;
}

export class Provenance {
  private readonly objects = new Map<string, ObjectRecord>();
  private readonly columns = new Map<string, readonly ColumnRecord[]>();
  private readonly events: HistoryEvent[] = [];
  private undoLog: (() => void)[] = [];
  private marks: { readonly name: string | undefined; readonly at: number }[] = [];
  /** Highest sqlite_schema rowid seen by the last full read (undefined: read everything next time). */
  private maxRowid: number | undefined;

  static fromSnapshot(snapshot: ProvenanceSnapshot): Provenance {
    const p = new Provenance();
    for (const o of snapshot.objects) p.objects.set(keyOf(o.type, o.name), o);
    for (const [table, cols] of Object.entries(snapshot.columns)) p.columns.set(table, cols);
    p.events.push(...snapshot.history);
    return p;
  }

  snapshot(): ProvenanceSnapshot {
    return {
      objects: [...this.objects.values()],
      columns: Object.fromEntries(this.columns),
      history: [...this.events],
    };
  }

  // --- transaction mirroring -------------------------------------------------------------

  begin(): void {
    this.marks.push({ name: undefined, at: this.undoLog.length });
  }

  savepoint(name: string): void {
    this.marks.push({ name: name.toLowerCase(), at: this.undoLog.length });
  }

  /** RELEASE: forgets the savepoint and those after it; releasing the outermost one commits. */
  release(name: string): boolean {
    const k = this.findMark(name);
    if (k < 0) return false;
    this.marks.length = k;
    if (k === 0) this.undoLog = [];
    return true;
  }

  commit(): void {
    this.marks = [];
    this.undoLog = [];
  }

  rollback(): void {
    this.undoTo(0);
    this.marks = [];
  }

  /** ROLLBACK TO: undoes changes after the savepoint, which stays open. */
  rollbackTo(name: string): boolean {
    const k = this.findMark(name);
    if (k < 0) return false;
    this.undoTo(this.marks[k]!.at);
    this.marks.length = k + 1;
    return true;
  }

  private findMark(name: string): number {
    const lower = name.toLowerCase();
    for (let k = this.marks.length - 1; k >= 0; k--) if (this.marks[k]!.name === lower) return k;
    return -1;
  }

  private undoTo(at: number): void {
    while (this.undoLog.length > at) this.undoLog.pop()!();
  }

  // --- mutations (recorded for undo while a transaction is open) ---------------------------

  private setObject(key: string, record: ObjectRecord | undefined): void {
    const before = this.objects.get(key);
    if (record) this.objects.set(key, record);
    else this.objects.delete(key);
    if (this.marks.length > 0) {
      this.undoLog.push(() => {
        if (before) this.objects.set(key, before);
        else this.objects.delete(key);
      });
    }
  }

  private setColumns(table: string, columns: readonly ColumnRecord[] | undefined): void {
    const key = table.toLowerCase();
    const before = this.columns.get(key);
    if (columns) this.columns.set(key, columns);
    else this.columns.delete(key);
    if (this.marks.length > 0) {
      this.undoLog.push(() => {
        if (before) this.columns.set(key, before);
        else this.columns.delete(key);
      });
    }
  }

  private record(event: HistoryEvent): void {
    this.events.push(event);
    if (this.marks.length > 0) this.undoLog.push(() => void this.events.pop());
  }

  // --- observing the schema -----------------------------------------------------------------

  /**
   * Compares `sqlite_schema` with the last state and attributes every difference to `origin`.
   * `statementSql` is the statement as written at `origin.location` (to find column lines).
   * With no origin, the current state is adopted silently (starting snapshot, resync).
   */
  observe(db: Database, origin?: Origin, statementSql = '', scope: ObserveScope = ALL): void {
    if (scope.kind === 'table') {
      const rows = query(db, TABLE_QUERY, [scope.name]) as Row[];
      const row = rows[0];
      const before = row && this.objects.get(keyOf(row[0], row[1]));
      if (!before) this.observeAll(db, origin, statementSql);
      else if (before.sql !== row[4]) this.changed(db, before, row, origin);
      return;
    }
    if (scope.kind === 'new' && this.maxRowid !== undefined) {
      const rows = query(db, NEW_QUERY, [this.maxRowid]) as Row[];
      // A name already known means the rowid assumption failed: fall back to a full comparison.
      if (rows.some((row) => this.objects.has(keyOf(row[0], row[1])))) {
        this.observeAll(db, origin, statementSql);
        return;
      }
      for (const row of rows) {
        this.maxRowid = Math.max(this.maxRowid, row[5]);
        this.created(db, row, origin, statementSql);
      }
      return;
    }
    this.observeAll(db, origin, statementSql);
  }

  private observeAll(db: Database, origin: Origin | undefined, statementSql: string): void {
    const rows = query(db, SCHEMA_QUERY) as Row[];
    const current = new Map<string, Row>();
    let maxRowid = 0;
    for (const row of rows) {
      current.set(keyOf(row[0], row[1]), row);
      maxRowid = Math.max(maxRowid, row[5]);
    }
    this.maxRowid = maxRowid;

    const removed: ObjectRecord[] = [];
    for (const [key, record] of this.objects) if (!current.has(key)) removed.push(record);
    const added: Row[] = [];
    for (const [key, row] of current) {
      const before = this.objects.get(key);
      if (!before) added.push(row);
      else if (before.sql !== row[4] || before.table !== row[2]) this.changed(db, before, row, origin);
      // VACUUM moves tables to other pages; renames are recognised by root page, so keep it current.
      else if (before.rootpage !== row[3]) this.setObject(key, { ...before, rootpage: row[3] });
    }

    for (const record of removed) {
      const renamedTo =
        record.type === 'table' && record.rootpage > 0
          ? added.findIndex((row) => row[0] === 'table' && row[3] === record.rootpage)
          : -1;
      if (renamedTo >= 0) {
        const [row] = added.splice(renamedTo, 1);
        this.renamedTable(db, record, row!, origin);
      } else {
        this.setObject(keyOf(record.type, record.name), undefined);
        if (record.type === 'table') this.setColumns(record.name, undefined);
        if (origin)
          this.record({ action: 'drop', type: record.type, table: record.table, name: record.name, origin });
      }
    }
    for (const row of added) this.created(db, row, origin, statementSql);
  }

  private created(db: Database, row: Row, origin: Origin | undefined, statementSql: string): void {
    const [type, name, table, rootpage, sql] = row;
    this.setObject(keyOf(type, name), { type, name, table, rootpage, sql, created: origin });
    if (type !== 'table') return;
    const positions = origin ? columnPositions(statementSql) : new Map<string, Position>();
    const columns = readColumnNames(db, name).map((column): ColumnRecord => {
      const position = positions.get(column.toLowerCase());
      if (!origin) return { name: column };
      if (position === undefined) return { name: column, origin };
      const { location } = origin;
      return {
        name: column,
        origin: { ...origin, location: { path: location.path, ...absolutePosition(location, position) } },
      };
    });
    this.setColumns(name, columns);
  }

  private renamedTable(db: Database, before: ObjectRecord, row: Row, origin: Origin | undefined): void {
    const [type, name, table, rootpage, sql] = row;
    this.setObject(keyOf(before.type, before.name), undefined);
    this.setObject(keyOf(type, name), {
      ...before,
      name,
      table,
      rootpage,
      sql,
      renamed: origin,
      changed: origin,
    });
    const columns = this.columns.get(before.name.toLowerCase());
    this.setColumns(before.name, undefined);
    this.setColumns(name, columns ?? readColumnNames(db, name).map((c) => ({ name: c })));
    if (origin)
      this.record({
        action: 'rename',
        type: 'table',
        table: before.name,
        name: before.name,
        to: name,
        origin,
      });
  }

  private changed(db: Database, before: ObjectRecord, row: Row, origin: Origin | undefined): void {
    this.setObject(keyOf(before.type, before.name), {
      ...before,
      table: row[2],
      sql: row[4],
      changed: origin,
    });
    if (before.type === 'table') this.diffColumns(db, row[1], origin);
  }

  /** An ALTER changes one column at a time: match by name, then pair leftovers by position (a rename). */
  private diffColumns(db: Database, table: string, origin: Origin | undefined): void {
    const old = this.columns.get(table.toLowerCase()) ?? [];
    const names = readColumnNames(db, table);
    const oldByName = new Map(old.map((c) => [c.name.toLowerCase(), c]));
    const newNames = new Set(names.map((n) => n.toLowerCase()));
    const goneOld = old.filter((c) => !newNames.has(c.name.toLowerCase()));
    const freshIdx = names.flatMap((n, i) => (oldByName.has(n.toLowerCase()) ? [] : [i]));
    const renames = goneOld.length === freshIdx.length ? goneOld : [];

    const columns = names.map((name, i): ColumnRecord => {
      const kept = oldByName.get(name.toLowerCase());
      if (kept) return kept.name === name ? kept : { ...kept, name };
      const from = renames[freshIdx.indexOf(i)];
      if (from && origin) {
        this.record({ action: 'rename', type: 'column', table, name: from.name, to: name, origin });
      }
      return { name, origin };
    });
    if (origin && renames.length === 0) {
      for (const c of goneOld) this.record({ action: 'drop', type: 'column', table, name: c.name, origin });
    }
    this.setColumns(table, columns);
  }

  // --- lookups -----------------------------------------------------------------------------

  object(type: ObjectType, name: string): ObjectRecord | undefined {
    return this.objects.get(keyOf(type, name));
  }

  /** Any object with this name (SQLite shares one namespace for tables, indexes, views, triggers). */
  named(name: string): ObjectRecord | undefined {
    for (const type of ['table', 'view', 'index', 'trigger'] as const) {
      const record = this.objects.get(keyOf(type, name));
      if (record) return record;
    }
    return undefined;
  }

  columnsOf(table: string): readonly ColumnRecord[] {
    return this.columns.get(table.toLowerCase()) ?? [];
  }

  column(table: string, column: string): ColumnRecord | undefined {
    const lower = column.toLowerCase();
    return this.columnsOf(table).find((c) => c.name.toLowerCase() === lower);
  }

  /** Tables that currently have a column with this name. */
  tablesWithColumn(column: string): string[] {
    const lower = column.toLowerCase();
    const tables: string[] = [];
    for (const [key, cols] of this.columns) {
      if (cols.some((c) => c.name.toLowerCase() === lower))
        tables.push(this.object('table', key)?.name ?? key);
    }
    return tables;
  }

  /** Drops and renames of objects (or columns) with this name, latest first. */
  history(type: ObjectType | 'column', name: string, table?: string): HistoryEvent[] {
    const lower = name.toLowerCase();
    return this.events
      .filter(
        (e) =>
          e.type === type &&
          e.name.toLowerCase() === lower &&
          (table === undefined || e.table.toLowerCase() === table.toLowerCase()),
      )
      .reverse();
  }

  /** Where the objects of the replayed database come from, for `inspectSchema`. */
  locator(): Locator {
    const tableRef = (table: string) => {
      const record = this.object('table', table);
      return (record?.renamed ?? record?.created)?.location;
    };
    return {
      table: tableRef,
      column: (table, column) => this.column(table, column)?.origin?.location ?? tableRef(table),
      index: (index, table) => this.object('index', index)?.created?.location ?? tableRef(table),
      view: (view) => this.object('view', view)?.created?.location,
      trigger: (trigger) => this.object('trigger', trigger)?.created?.location,
    };
  }
}
