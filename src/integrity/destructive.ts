import type { Finding } from '../findings.js';
import type { Migration, MigrationSet, Statement } from '../migrations/types.js';
import { isMigrationToolTable } from '../schema/ignore.js';
import { parseAlterTableSql, parseStatement } from '../sqlite/ddl.js';
import type { Database } from '../sqlite/engine.js';
import { replayMigrations } from '../sqlite/replay.js';
import { openReplayDatabase } from '../sqlite/replay-in-process.js';
import type { ReplayFailure } from '../sqlite/replay-types.js';
import { seedEmptyTables } from './seed.js';
import { type Snapshot, tableStateReader } from './table-state.js';

const key = (name: string) => name.toLowerCase();

const dropTableOf = (s: Statement) => {
  const drop = parseStatement(s.sql);
  return drop?.kind === 'drop' && drop.object === 'table' ? drop.name : undefined;
};

/** The migration's file name, or folder/file where the file name is the same in every folder (Prisma, Diesel). */
function label(m: Migration): string {
  const parts = m.path.split('/');
  const file = parts.pop() ?? m.path;
  const folder = parts.pop();
  return folder && /^(migration|up|down)\.sql$/.test(file) ? `${folder}/${file}` : file;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What the seeded replay needs to know of a migration's statements, parsed once. */
interface MigrationPlan {
  /** Per statement: the table it drops (DROP TABLE). */
  readonly dropTables: readonly (string | undefined)[];
  /** The first statement dropping each table, by lower-cased name. */
  readonly drops: ReadonlyMap<string, Statement>;
  /** The first ALTER TABLE … DROP COLUMN of each `table.column` (lower-cased). */
  readonly columnDrops: ReadonlyMap<string, Statement>;
  readonly renamedTables: ReadonlySet<string>;
  readonly renamedColumns: ReadonlySet<string>;
  /**
   * Whether a table that exists before the migration can be gone after it, or rebuilt: only a
   * statement that says DROP, RENAME or ROLLBACK can do that (or VIRTUAL: a virtual table's shadow
   * tables are not listed). Without one, row counts before the migration are never reported, so
   * they need not be counted.
   */
  readonly mayLoseTables: boolean;
}

const LOSES_TABLES = /\b(?:DROP|RENAME|ROLLBACK|VIRTUAL)\b/i;

const NO_STATEMENTS: MigrationPlan = {
  dropTables: [],
  drops: new Map(),
  columnDrops: new Map(),
  renamedTables: new Set(),
  renamedColumns: new Set(),
  mayLoseTables: false,
};

function planMigration(m: Migration): MigrationPlan {
  const drops = new Map<string, Statement>();
  const columnDrops = new Map<string, Statement>();
  const renamedTables = new Set<string>();
  const renamedColumns = new Set<string>();
  const dropTables = m.up.map((s) => {
    const dropped = dropTableOf(s);
    if (dropped !== undefined && !drops.has(key(dropped))) drops.set(key(dropped), s);
    const alter = parseAlterTableSql(s.sql);
    if (alter?.action.kind === 'rename-table') renamedTables.add(key(alter.table));
    if (alter?.action.kind === 'rename-column')
      renamedColumns.add(`${key(alter.table)}.${key(alter.action.from)}`);
    if (alter?.action.kind === 'drop-column') {
      const column = `${key(alter.table)}.${key(alter.action.column)}`;
      if (!columnDrops.has(column)) columnDrops.set(column, s);
    }
    return dropped;
  });
  return {
    dropTables,
    drops,
    columnDrops,
    renamedTables,
    renamedColumns,
    mayLoseTables: m.up.some((s) => LOSES_TABLES.test(s.sql)),
  };
}

/** What one migration did to the tables that existed before it. */
function migrationLosses(
  m: Migration,
  plan: MigrationPlan,
  before: Snapshot,
  after: Snapshot,
  cascades: readonly Finding[],
): Finding[] {
  const findings: Finding[] = [];
  const { renamedTables, renamedColumns } = plan;
  const dropOf = (table: string) => plan.drops.get(key(table));
  const first = m.up[0]?.location ?? { path: m.path, line: 1 };
  const report = (table: string, message: string, at: Statement | undefined, column?: string) =>
    findings.push({
      rule: 'destructive-change',
      severity: 'warning',
      table,
      ...(column ? { column } : {}),
      message,
      locations: [at?.location ?? first],
    });

  for (const [k, table] of before) {
    const now = after.get(k);
    if (!now) {
      if (!renamedTables.has(k))
        report(
          table.name,
          `${label(m)} drops table ${table.name}${table.rows > 0 ? ` and its rows (${plural(table.rows, 'seeded row')} before, none after)` : ''}.`,
          dropOf(table.name),
        );
      continue;
    }
    const rebuild = dropOf(table.name);
    // The reader hands out the same columns while a table's definition is unchanged.
    if (now.columns === table.columns && !rebuild) continue;
    const kept = new Set(now.columns.map(key));
    const lost = table.columns.filter((c) => !kept.has(key(c)) && !renamedColumns.has(`${k}.${key(c)}`));
    for (const column of lost) {
      const drop = plan.columnDrops.get(`${k}.${key(column)}`);
      report(
        table.name,
        drop
          ? `${label(m)} drops column ${table.name}.${column} and its data.`
          : `${label(m)} rebuilds ${table.name} without column ${column}: its data is lost.`,
        drop ?? rebuild,
        column,
      );
    }
    if (rebuild && now.rows < table.rows && !cascades.some((c) => c.table && key(c.table) === k))
      report(
        table.name,
        `${label(m)} rebuilds ${table.name} and loses rows: ${plural(table.rows, 'seeded row')} before, ${now.rows} after.`,
        rebuild,
      );
  }
  return findings;
}

/** What the seeded replay learned up to some migration: enough to go on from there, or to report. */
export interface DestructiveState {
  /** Findings per migration that completed (dropped when the migration failed later on). */
  readonly losses: readonly (readonly [number, readonly Finding[]])[];
  /** Failures of the seeded replay (keep-going), in order. */
  readonly failures: readonly Pick<ReplayFailure, 'migration' | 'message' | 'location'>[];
  /** Tables that could not be seeded, in the order found, with the migration that created them. */
  readonly unseedable: readonly (readonly [
    string,
    { readonly reason: string; readonly migration: number },
  ])[];
}

export interface DestructivePassOptions {
  readonly functions?: readonly string[];
  /** Resume: `db` holds the seeded state after migration `from - 1`, and this is what was learned. */
  readonly from?: number;
  readonly state?: DestructiveState;
  /** Called before each migration and statement (the time budget's progress). */
  readonly onMigrationStart?: (index: number) => void;
  readonly onStatement?: (migration: number, statement: number) => void;
}

export interface DestructivePass {
  readonly state: DestructiveState;
  /** Whether the state can be resumed from: nothing of the last migration is still pending. */
  readonly settled: boolean;
}

/**
 * The seeded replay on `db` (from zero, or from `options.from` on a database that holds the state
 * of an earlier pass): a few rows in every table, tables, columns and row counts compared before
 * and after each migration.
 */
export function destructivePass(
  db: Database,
  set: MigrationSet,
  options: DestructivePassOptions = {},
): DestructivePass {
  const tables = tableStateReader(db);
  const unseedable = new Map<string, { readonly reason: string; readonly migration: number }>(
    options.state?.unseedable ?? [],
  );
  let plan = NO_STATEMENTS;
  let cascades: Finding[] = [];
  let pendingDrop:
    | { readonly statement: Statement; readonly table: string; readonly before: Snapshot }
    | undefined;

  const settleDrop = (migration: Migration) => {
    if (!pendingDrop) return;
    const now = tables.counts();
    for (const [k, { name: table, rows }] of pendingDrop.before) {
      const after = now.get(k);
      if (k === key(pendingDrop.table) || after === undefined || after >= rows) continue;
      const finding: Finding = {
        rule: 'destructive-change',
        severity: 'warning',
        table,
        message: `${label(migration)}: DROP TABLE ${pendingDrop.table} deletes rows of ${table} through its foreign key (${rows} seeded rows before, ${after} after): with foreign keys on, dropping a parent table deletes first. Turn foreign keys off around the rebuild (PRAGMA foreign_keys=OFF outside the transaction).`,
        locations: [pendingDrop.statement.location],
      };
      cascades.push(finding);
    }
    pendingDrop = undefined;
  };

  const losses = new Map<number, readonly Finding[]>(options.state?.losses ?? []);
  /** Whether the migration under way got to its end; one that did not was rolled back. */
  let completed = true;
  const { failures } = replayMigrations(db, set, {
    functions: options.functions,
    keepGoing: true,
    ...(options.from !== undefined ? { from: options.from } : {}),
    onMigrationStart: (i) => {
      options.onMigrationStart?.(i);
      // The runner rolled the last one back (a deferred constraint failed at COMMIT): what its
      // statements were said to change is undone, so every table is read again.
      if (!completed) tables.reset();
      completed = false;
      plan = planMigration(set.migrations[i]!);
      tables.beginMigration({ rows: plan.mayLoseTables });
      cascades = [];
    },
    onStatement: (i, s) => {
      options.onStatement?.(i, s);
      const migration = set.migrations[i]!;
      settleDrop(migration);
      const statement = migration.up[s]!;
      const table = plan.dropTables[s];
      // Only with foreign keys on does dropping a table delete rows elsewhere (ON DELETE CASCADE).
      if (table && tables.foreignKeys()) pendingDrop = { statement, table, before: tables.snapshot() };
      tables.statementRuns(statement.sql);
    },
    onMigration: (i) => {
      completed = true;
      const migration = set.migrations[i]!;
      settleDrop(migration);
      const { before, after } = tables.migrationChanges();
      losses.set(i, [...cascades, ...migrationLosses(migration, plan, before, after, cascades)]);
      const skip = new Set([...unseedable.keys()].map(key));
      for (const [table, reason] of seedEmptyTables(db, skip, tables))
        if (!isMigrationToolTable(table)) unseedable.set(table, { reason, migration: i });
    },
  });
  return {
    state: {
      losses: [...losses],
      failures: [
        ...(options.state?.failures ?? []),
        ...failures.map((f) => ({ migration: f.migration, message: f.message, location: f.location })),
      ],
      unseedable: [...unseedable],
    },
    settled: pendingDrop === undefined,
  };
}

/** The findings of a pass over the whole set. */
export function destructiveReport(set: MigrationSet, state: DestructiveState): Finding[] {
  const findings: Finding[] = [];
  // The history replays on an empty database (callers check that first), so a statement that
  // fails here fails because its tables hold rows. What the skipped statement would have kept
  // (rows copied by a rebuild's INSERT) is then "lost" only as a consequence: report the cause.
  const failed = new Set(state.failures.map((f) => f.migration));
  for (const [index, found] of state.losses) if (!failed.has(index)) findings.push(...found);
  for (const failure of state.failures) {
    const migration = set.migrations[failure.migration]!;
    findings.push({
      rule: 'destructive-change',
      severity: 'warning',
      message: `${label(migration)} fails on a database whose tables hold rows: ${failure.message}. It replays on an empty database, so this shows only where data exists (production). Give the new column a default or fill it in the copy, then run it against a copy of real data.`,
      locations: [failure.location],
    });
  }
  for (const [table, { reason, migration: index }] of state.unseedable) {
    const migration = set.migrations[index]!;
    findings.push({
      rule: 'destructive-change',
      severity: 'notice',
      table,
      message: `Rows could not be seeded into ${table} (${reason}), so data loss in ${table} is not checked.`,
      locations: [migration.up[0]?.location ?? { path: migration.path, line: 1 }],
    });
  }
  return findings;
}

/**
 * `destructive-change`: replays the migrations in process with a few seeded rows in every table
 * and compares tables, columns and row counts before and after each migration. Dropped tables,
 * dropped columns, rebuilds that lose columns or rows, and child rows deleted through ON DELETE
 * CASCADE when a rebuild drops the parent table with foreign keys on, located at the statement
 * responsible. Tables that cannot be seeded get a notice instead of a check.
 */
export async function destructiveFindings(
  set: MigrationSet,
  options: { readonly functions?: readonly string[] } = {},
): Promise<Finding[]> {
  const db = await openReplayDatabase();
  try {
    return destructiveReport(set, destructivePass(db, set, options).state);
  } finally {
    db.close();
  }
}
