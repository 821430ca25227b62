import type { Statement } from '../migrations/types.js';
import type { Schema, SourceRef } from '../schema/types.js';
import {
  absolutePosition,
  type CreateTable,
  type DdlStatement,
  type Position,
  parseStatement,
} from './ddl.js';
import { type Database, openScratchDatabase } from './engine.js';
import { inspectSchema, type Locator } from './inspect.js';
import { splitStatements } from './split.js';
import { firstKeyword } from './tokenize.js';

/**
 * Where each object of a generated schema is declared, keyed by lower-case name
 * (`table`, `table.column`, index name, view name, trigger name). ORM model sources generate DDL
 * the way their ORM would emit it and pass the model file's lines here; the `.sql` snapshot source
 * needs none (the statements' own positions are used).
 */
export interface LocationHints {
  readonly tables?: Readonly<Record<string, SourceRef>>;
  readonly columns?: Readonly<Record<string, SourceRef>>;
  readonly indexes?: Readonly<Record<string, SourceRef>>;
  readonly views?: Readonly<Record<string, SourceRef>>;
  readonly triggers?: Readonly<Record<string, SourceRef>>;
}

export interface StatementError {
  readonly statement: Statement;
  readonly message: string;
}

export interface BuiltSchema {
  readonly schema: Schema;
  /** Statements SQLite rejected; the schema holds what the others built. */
  readonly errors: readonly StatementError[];
}

/** Where the parts of one table were declared. */
interface TablePlaces {
  source: SourceRef;
  columns: Map<string, SourceRef>;
  keys: { columns: string[]; source: SourceRef }[];
  checks: SourceRef[];
  foreignKeys: { columns: string[]; source: SourceRef }[];
}

const key = (name: string) => name.toLowerCase();
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, k) => key(x) === key(b[k] ?? ''));

/**
 * Follows DDL statements as they execute and remembers where each object was declared, carrying
 * places through renames (the 12-step table rebuild ends in `ALTER TABLE new_t RENAME TO t`).
 */
export class DeclarationTracker {
  readonly tables = new Map<string, TablePlaces>();
  readonly indexes = new Map<string, SourceRef>();
  readonly views = new Map<string, SourceRef>();
  readonly triggers = new Map<string, SourceRef>();

  /** Records a statement that SQLite executed successfully. */
  record(statement: Statement, parsed: DdlStatement | undefined = parseStatement(statement.sql)): void {
    if (!parsed) return;
    const at = statement.location;
    const place = (p: Position): SourceRef => ({ path: at.path, ...absolutePosition(at, p) });
    switch (parsed.kind) {
      case 'create-table':
        if (parsed.ifNotExists && this.tables.has(key(parsed.name))) return;
        this.tables.set(key(parsed.name), this.placesOf(parsed, at, place));
        return;
      case 'create-index':
        if (!(parsed.ifNotExists && this.indexes.has(key(parsed.name))))
          this.indexes.set(key(parsed.name), at);
        return;
      case 'create-view':
        if (!(parsed.ifNotExists && this.views.has(key(parsed.name)))) this.views.set(key(parsed.name), at);
        return;
      case 'create-trigger':
        if (!(parsed.ifNotExists && this.triggers.has(key(parsed.name))))
          this.triggers.set(key(parsed.name), at);
        return;
      case 'drop': {
        const maps = { table: this.tables, index: this.indexes, view: this.views, trigger: this.triggers };
        maps[parsed.object].delete(key(parsed.name));
        return;
      }
      case 'alter-table':
        this.alter(parsed.table, parsed.action, at);
        return;
    }
  }

  private placesOf(parsed: CreateTable, at: SourceRef, place: (p: Position) => SourceRef): TablePlaces {
    return {
      source: at,
      columns: new Map(parsed.columns.map((c) => [key(c.name), place(c.position)])),
      keys: parsed.keys.map((k) => ({ columns: [...k.columns], source: place(k.position) })),
      checks: parsed.checks.map((c) => place(c.position)),
      foreignKeys: parsed.foreignKeys.map((f) => ({ columns: [...f.columns], source: place(f.position) })),
    };
  }

  private alter(
    table: string,
    action: Extract<DdlStatement, { kind: 'alter-table' }>['action'],
    at: SourceRef,
  ) {
    const places = this.tables.get(key(table));
    if (!places) return;
    switch (action.kind) {
      case 'rename-table':
        this.tables.delete(key(table));
        this.tables.set(key(action.to), places);
        return;
      case 'rename-column': {
        const source = places.columns.get(key(action.from));
        places.columns.delete(key(action.from));
        if (source) places.columns.set(key(action.to), source);
        const rename = (cols: string[]) => cols.map((c) => (key(c) === key(action.from) ? action.to : c));
        for (const k of places.keys) k.columns = rename(k.columns);
        for (const f of places.foreignKeys) f.columns = rename(f.columns);
        return;
      }
      case 'drop-column':
        places.columns.delete(key(action.column));
        return;
      case 'add-column': {
        const column = action.column;
        places.columns.set(key(column.name), at);
        places.checks.push(...column.checks.map(() => at));
        if (column.references) places.foreignKeys.push({ columns: [column.name], source: at });
        return;
      }
    }
  }

  /** A Locator over what was recorded, with `hints` taking precedence. */
  locator(db: Database, hints: LocationHints = {}): Locator {
    const tableOf = (t: string) => this.tables.get(key(t));
    return {
      table: (t) => hints.tables?.[key(t)] ?? tableOf(t)?.source,
      column: (t, c) =>
        hints.columns?.[`${key(t)}.${key(c)}`] ??
        tableOf(t)?.columns.get(key(c)) ??
        hints.tables?.[key(t)] ??
        tableOf(t)?.source,
      index: (name, t) => {
        const hinted = hints.indexes?.[key(name)];
        if (hinted) return hinted;
        if (key(name).startsWith('sqlite_autoindex_')) {
          const columns = indexColumns(db, name);
          const constraint = tableOf(t)?.keys.find((k) => sameList(k.columns, columns));
          return constraint?.source ?? hints.tables?.[key(t)] ?? tableOf(t)?.source;
        }
        return this.indexes.get(key(name));
      },
      foreignKey: (t, columns) =>
        hints.columns?.[`${key(t)}.${key(columns[0] ?? '')}`] ??
        tableOf(t)?.foreignKeys.find((f) => sameList(f.columns, columns))?.source,
      check: (t, k) => tableOf(t)?.checks[k] ?? hints.tables?.[key(t)],
      view: (v) => hints.views?.[key(v)] ?? this.views.get(key(v)),
      trigger: (tr) => hints.triggers?.[key(tr)] ?? this.triggers.get(key(tr)),
    };
  }
}

function indexColumns(db: Database, index: string): string[] {
  const stmt = db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno');
  try {
    stmt.bind([index]);
    const names: string[] = [];
    while (stmt.step()) names.push(String(stmt.get()[0] ?? ''));
    return names;
  } finally {
    stmt.free();
  }
}

/** Highest argument count declared for app-registered functions (sql.js registers one arity at a time). */
const MAX_FUNCTION_ARITY = 8;

/**
 * Registers `names` as functions returning NULL, so statements that call them (backfills, SELECTs)
 * can run. sql.js cannot flag a function SQLITE_DETERMINISTIC, so index expressions and generated
 * columns that call one still fail ("non-deterministic functions prohibited").
 */
export function registerFunctions(db: Database, names: readonly string[]): void {
  for (const name of names) {
    for (let arity = 0; arity <= MAX_FUNCTION_ARITY; arity++) {
      const fn = () => null;
      Object.defineProperty(fn, 'length', { value: arity });
      db.create_function(name, fn);
    }
  }
}

/**
 * A single CREATE statement, which runs inside a transaction exactly as it runs alone: a failing
 * one is undone by itself and the transaction goes on. Other statements may not (VACUUM, ATTACH,
 * PRAGMAs that are no-ops in a transaction, deferred foreign key checks, transaction control).
 */
function isLoneCreate(sql: string): boolean {
  if (firstKeyword(sql) !== 'CREATE') return false;
  const semicolon = sql.indexOf(';');
  return semicolon < 0 || semicolon === sql.trimEnd().length - 1 || splitStatements(sql, '').length === 1;
}

/** Whether the transaction that was open is gone (rolled back by an error): BEGIN succeeds then. */
function transactionLost(db: Database): boolean {
  try {
    db.run('BEGIN');
  } catch {
    return false; // cannot start a transaction within a transaction: it is still open
  }
  return true;
}

/**
 * Executes DDL statements in a fresh in-memory sql.js database and inspects the result, with
 * every table, column, index, view and trigger located at the statement (or hint) that declares it.
 */
export async function schemaFromStatements(
  statements: readonly Statement[],
  options: { readonly functions?: readonly string[]; readonly hints?: LocationHints } = {},
): Promise<BuiltSchema> {
  return (await build(statements, options, true)) ?? (await build(statements, options, false))!;
}

/**
 * Runs of consecutive CREATE statements are executed in one transaction when `batch` is set (one
 * commit instead of one per statement). Should an error ever roll such a transaction back, the
 * result is undefined and the caller builds again statement by statement.
 */
async function build(
  statements: readonly Statement[],
  options: { readonly functions?: readonly string[]; readonly hints?: LocationHints },
  batch: boolean,
): Promise<BuiltSchema | undefined> {
  const db = await openScratchDatabase();
  try {
    registerFunctions(db, options.functions ?? []);
    const tracker = new DeclarationTracker();
    const errors: StatementError[] = [];
    let open = false;
    for (const statement of statements) {
      if (statement.blocked) {
        errors.push({ statement, message: statement.blocked.message });
        continue;
      }
      const batched = batch && isLoneCreate(statement.sql);
      if (batched !== open) {
        db.run(batched ? 'BEGIN' : 'COMMIT');
        open = batched;
      }
      try {
        db.exec(statement.sql);
        tracker.record(statement);
      } catch (error) {
        errors.push({ statement, message: error instanceof Error ? error.message : String(error) });
        if (open && transactionLost(db)) return undefined;
      }
    }
    if (open) db.run('COMMIT');
    return { schema: inspectSchema(db, tracker.locator(db, options.hints)), errors };
  } catch (error) {
    if (batch) return undefined;
    throw error;
  } finally {
    db.close();
  }
}
