import { diffSchemas } from '../diff/index.js';
import type { Finding } from '../findings.js';
import { describeChanges } from '../live/objects.js';
import type { Migration, MigrationSet, Statement } from '../migrations/types.js';
import { withoutToolTables } from '../schema/ignore.js';
import type { Schema, SourceRef } from '../schema/types.js';
import type { Database } from '../sqlite/engine.js';
import { inspectSchema } from '../sqlite/inspect.js';
import { replayMigrations } from '../sqlite/replay.js';
import { openReplayDatabase } from '../sqlite/replay-in-process.js';
import { firstKeyword } from '../sqlite/tokenize.js';

const TRANSACTION = new Set(['BEGIN', 'COMMIT', 'END', 'ROLLBACK']);
const SAVEPOINT = 'driftcheck_round_trip';

function hasDown(m: Migration): boolean {
  return (m.down?.length ?? 0) > 0 && !m.down!.some((s) => s.blocked) && !m.up.some((s) => s.blocked);
}

function label(m: Migration): string {
  return m.path.split('/').pop() ?? m.path;
}

function inspectApp(db: Database): Schema {
  return withoutToolTables(inspectSchema(db));
}

/**
 * Runs statements inside the round trip's savepoint; the runner's own transaction statements are
 * left out (the savepoint stands in for them). Returns the failing statement and message.
 */
function runAll(
  db: Database,
  statements: readonly Statement[],
): { statement: Statement; message: string } | undefined {
  for (const statement of statements) {
    if (TRANSACTION.has(firstKeyword(statement.sql))) continue;
    try {
      db.exec(statement.sql);
    } catch (error) {
      return { statement, message: error instanceof Error ? error.message : String(error) };
    }
  }
  return undefined;
}

function downAt(m: Migration): SourceRef {
  return m.down?.[0]?.location ?? { path: m.downPath ?? m.path, line: 1 };
}

function mismatch(message: string, at: SourceRef): Finding {
  return { rule: 'down-mismatch', severity: 'warning', message, locations: [at] };
}

/** Up N, down N (compared with the state before N), up N again; then the replay goes on after N. */
function roundTrip(db: Database, m: Migration, before: Schema): Finding[] {
  db.run(`SAVEPOINT ${SAVEPOINT}`);
  try {
    const down = runAll(db, m.down!);
    if (down)
      return [
        mismatch(
          `The down migration of ${label(m)} fails right after its up: ${down.message}.`,
          down.statement.location,
        ),
      ];
    const findings: Finding[] = [];
    const changes = diffSchemas(inspectApp(db), before);
    if (changes.length > 0)
      findings.push(
        mismatch(
          `The down migration of ${label(m)} does not restore the schema before it: ${describeChanges(
            changes,
            {
              missing: 'not restored',
              extra: 'left behind',
              different: 'not restored as it was',
            },
          )}.`,
          downAt(m),
        ),
      );
    // Run the up again only when the down restored the schema: otherwise its failure just repeats the above.
    const again = changes.length === 0 ? runAll(db, m.up) : undefined;
    if (again)
      findings.push(
        mismatch(
          `${label(m)} fails when run again after its down migration: ${again.message}.`,
          again.statement.location,
        ),
      );
    return findings;
  } finally {
    db.run(`ROLLBACK TO ${SAVEPOINT}`);
    db.run(`RELEASE ${SAVEPOINT}`);
  }
}

export function hasDownMigrations(set: MigrationSet): boolean {
  return set.migrations.some(hasDown);
}

export interface DownPassOptions {
  readonly functions?: readonly string[];
  /** Resume: `db` holds the state after migration `from - 1` of an earlier pass. */
  readonly from?: number;
  /** Called before each migration and statement (the time budget's progress). */
  readonly onMigrationStart?: (index: number) => void;
  readonly onStatement?: (migration: number, statement: number) => void;
}

export interface DownPass {
  /** The findings of the migrations replayed by this pass (after `from`). */
  readonly findings: Finding[];
  /** Whether the replay went through every migration (a failure stops it, as the runner would). */
  readonly complete: boolean;
}

/**
 * The round trips on `db`, from zero or from `options.from` on a database that holds the state
 * an earlier pass ended with: each inside a savepoint rolled back so the replay continues from
 * the up state.
 */
export function downPass(db: Database, set: MigrationSet, options: DownPassOptions = {}): DownPass {
  const findings: Finding[] = [];
  let before: Schema | undefined;
  const { stoppedAt } = replayMigrations(db, set, {
    functions: options.functions,
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.onStatement ? { onStatement: options.onStatement } : {}),
    onMigrationStart: (i) => {
      options.onMigrationStart?.(i);
      before = hasDown(set.migrations[i]!) ? inspectApp(db) : undefined;
    },
    onMigration: (i) => {
      const m = set.migrations[i]!;
      if (before && hasDown(m)) findings.push(...roundTrip(db, m, before));
    },
  });
  return { findings, complete: stoppedAt === undefined };
}

/**
 * `down-mismatch` for every migration with a down part (golang-migrate, goose, dbmate, sqlx, diesel,
 * Flyway undo, Alembic downgrade()): replayed in process, each round trip inside a savepoint that
 * is rolled back so the replay continues from the up state.
 */
export async function downFindings(
  set: MigrationSet,
  options: { readonly functions?: readonly string[] } = {},
): Promise<Finding[]> {
  if (!hasDownMigrations(set)) return [];
  const db = await openReplayDatabase();
  try {
    return downPass(db, set, options).findings;
  } finally {
    db.close();
  }
}
