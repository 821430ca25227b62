import { queryRows, quoteIdent, quoteString } from '../live/tracker/sql.js';
import { affinityOf } from '../schema/affinity.js';
import { isMigrationToolTable } from '../schema/ignore.js';
import type { Database } from '../sqlite/engine.js';

type Statement = ReturnType<Database['prepare']>;

/** Rows put in each empty table, so a migration that loses data has some to lose. */
const ROWS = 2;

interface SeedColumn {
  readonly name: string;
  readonly type: string;
  readonly notNull: boolean;
  readonly hasDefault: boolean;
  readonly integerKey: boolean;
  readonly reference?: { readonly table: string; readonly column?: string };
}

/** Ordinary tables of the database (no virtual, shadow or internal ones). */
export function seedableTables(db: Database): string[] {
  return queryRows(
    db,
    "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
  ).map((r) => String(r.name));
}

export function rowCount(db: Database, table: string): number {
  return Number(queryRows(db, `SELECT count(*) AS n FROM ${quoteIdent(table)}`)[0]?.n ?? 0);
}

/** Tables per counting query (one column each; SQLite allows 2,000 by default). */
const COUNT_BATCH = 200;

/**
 * Counts rows of several tables, keyed by name. One query per batch of tables with one column per
 * table (`SELECT (SELECT count(*) FROM a), …`): cheaper to prepare than a compound SELECT, and
 * read as one row. The seeded replay counts before and after every migration, mostly the same
 * tables: a batch's statement stays prepared while it is asked for again (SQLite prepares it anew
 * itself when the schema changed). `free()` releases the statements.
 */
export function rowCounter(db: Database): {
  count(tables: readonly string[]): Map<string, number>;
  free(): void;
} {
  let prepared = new Map<string, Statement>();
  const free = (statements: Iterable<Statement>) => {
    for (const statement of statements) statement.free();
  };
  return {
    count(tables) {
      const counts = new Map<string, number>();
      const used = new Map<string, Statement>();
      for (let start = 0; start < tables.length; start += COUNT_BATCH) {
        const batch = tables.slice(start, start + COUNT_BATCH);
        const sql = `SELECT ${batch.map((t) => `(SELECT count(*) FROM ${quoteIdent(t)})`).join(', ')}`;
        const statement = used.get(sql) ?? prepared.get(sql) ?? db.prepare(sql);
        prepared.delete(sql);
        used.set(sql, statement);
        try {
          statement.step();
          const row = statement.get();
          for (const [i, t] of batch.entries()) counts.set(t, Number(row[i]));
        } finally {
          statement.reset();
        }
      }
      free(prepared.values());
      prepared = used;
      return counts;
    },
    free() {
      free(prepared.values());
      prepared = new Map();
    },
  };
}

/** Row counts of several tables, keyed by name, in a few queries rather than one per table. */
export function rowCounts(db: Database, tables: readonly string[]): Map<string, number> {
  const counter = rowCounter(db);
  try {
    return counter.count(tables);
  } finally {
    counter.free();
  }
}

function columnsOf(db: Database, table: string): SeedColumn[] {
  const info = queryRows(
    db,
    `SELECT name, type, "notnull" AS nn, dflt_value AS dflt, pk, hidden FROM pragma_table_xinfo(${quoteString(table)})`,
  );
  const keys = info.filter((c) => Number(c.pk) > 0);
  const references = new Map<string, { table: string; column?: string }>();
  for (const fk of queryRows(
    db,
    `SELECT "from", "table", "to" FROM pragma_foreign_key_list(${quoteString(table)})`,
  ))
    references.set(String(fk.from), {
      table: String(fk.table),
      ...(fk.to !== null ? { column: String(fk.to) } : {}),
    });
  return info
    .filter((c) => Number(c.hidden) === 0)
    .map((c) => ({
      name: String(c.name),
      type: String(c.type ?? ''),
      notNull: Number(c.nn) === 1,
      hasDefault: c.dflt !== null,
      integerKey: keys.length === 1 && Number(c.pk) === 1 && String(c.type).toUpperCase() === 'INTEGER',
      ...(references.has(String(c.name)) ? { reference: references.get(String(c.name))! } : {}),
    }));
}

/** A value of the column's kind, distinct per row (so UNIQUE columns accept it). */
function valueFor(column: SeedColumn, row: number): string | number | Uint8Array {
  const type = column.type.toUpperCase();
  if (/DATE|TIME/.test(type)) return `2024-01-0${row} 12:00:00`;
  if (/BOOL/.test(type)) return row % 2;
  switch (affinityOf(column.type)) {
    case 'INTEGER':
      return row;
    case 'REAL':
      return row + 0.5;
    case 'NUMERIC':
      return row;
    case 'BLOB':
      return column.type === '' ? `seed ${row}` : new Uint8Array([row]);
    default:
      return `seed ${row} ${column.name}`;
  }
}

function parentValue(db: Database, reference: { table: string; column?: string }, row: number): unknown {
  const column = reference.column ? quoteIdent(reference.column) : 'rowid';
  const rows = queryRows(
    db,
    `SELECT ${column} AS v FROM ${quoteIdent(reference.table)} ORDER BY rowid LIMIT 1 OFFSET ${(row - 1) % ROWS}`,
  );
  return (
    rows[0]?.v ?? queryRows(db, `SELECT ${column} AS v FROM ${quoteIdent(reference.table)} LIMIT 1`)[0]?.v
  );
}

/** Tries every column with a value, then only the NOT NULL ones without a default (CHECKs on optional columns). */
function insertRows(db: Database, table: string, columns: readonly SeedColumn[]): string | undefined {
  let lastError: string | undefined;
  for (const full of [true, false]) {
    const chosen = columns.filter((c) => !c.integerKey && (full || (c.notNull && !c.hasDefault)));
    db.run('SAVEPOINT driftcheck_seed');
    try {
      for (let row = 1; row <= ROWS; row++) {
        const values = chosen.map((c) =>
          c.reference && c.reference.table.toLowerCase() !== table.toLowerCase()
            ? parentValue(db, c.reference, row)
            : valueFor(c, row),
        );
        const names = chosen.map((c) => quoteIdent(c.name)).join(', ');
        const sql =
          chosen.length === 0
            ? `INSERT INTO ${quoteIdent(table)} DEFAULT VALUES`
            : `INSERT INTO ${quoteIdent(table)} (${names}) VALUES (${chosen.map(() => '?').join(', ')})`;
        db.run(sql, values as never);
      }
      db.run('RELEASE driftcheck_seed');
      return undefined;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      db.run('ROLLBACK TO driftcheck_seed');
      db.run('RELEASE driftcheck_seed');
    }
  }
  return lastError;
}

/** How seeding finds the tables and their row counts (a caller may answer from what it read before). */
export interface SeedReads {
  tableNames(): string[];
  rowCounts(tables: readonly string[]): Map<string, number>;
  /** Told after rows were inserted into `table`, so counts read before can be let go. */
  wrote?(table: string): void;
  /**
   * The tables that may be empty: those touched since seeding last asked and those it could not
   * fill then. The others hold rows and need not be counted.
   */
  emptied?(): string[];
}

/**
 * Puts a few rows in every empty table, parents before children (foreign keys point at real
 * rows). Returns the tables that could not be seeded, with SQLite's reason; never throws for them.
 */
export function seedEmptyTables(
  db: Database,
  skip: ReadonlySet<string>,
  read: SeedReads = { tableNames: () => seedableTables(db), rowCounts: (tables) => rowCounts(db, tables) },
): Map<string, string> {
  const failed = new Map<string, string>();
  const tables = read.emptied?.() ?? read.tableNames();
  const candidates = tables.filter((t) => !isMigrationToolTable(t) && !skip.has(t.toLowerCase()));
  const counts = read.rowCounts(candidates);
  let pending = candidates.filter((t) => counts.get(t) === 0);
  let force = false;
  while (pending.length > 0) {
    const next: string[] = [];
    for (const table of pending) {
      const columns = columnsOf(db, table);
      const waiting = columns.some(
        (c) =>
          c.reference &&
          c.notNull &&
          c.reference.table.toLowerCase() !== table.toLowerCase() &&
          pending.some((p) => p.toLowerCase() === c.reference!.table.toLowerCase()),
      );
      if (waiting && !force) {
        next.push(table);
        continue;
      }
      const error = insertRows(db, table, columns);
      if (error) failed.set(table, error);
      else read.wrote?.(table);
    }
    // A cycle of required references: insert anyway (a failure is reported, not thrown).
    force = next.length === pending.length;
    pending = next;
  }
  return failed;
}
