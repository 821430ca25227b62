import { createHash } from 'node:crypto';
import { diffSchemas, type IgnorePredicate, type SchemaChange } from '../diff/index.js';
import type { Finding } from '../findings.js';
import type { Migration, MigrationSet } from '../migrations/types.js';
import { WHOLE_FILE_LINE } from '../models/sqlite-file.js';
import type { FileSystem } from '../ports.js';
import { compareSchemas } from '../rules/compare.js';
import { withoutToolTables } from '../schema/ignore.js';
import type { Schema, SourceRef } from '../schema/types.js';
import { closestState, describeClosest } from './closest.js';
import { andList, areOrIs, changedObject, describeChanges } from './objects.js';
import { readLiveDatabase } from './open.js';
import type { History } from './prefix-states.js';
import type { TrackerState } from './tracker/index.js';
import { appliedMigrations } from './tracker/map.js';

export interface DatabaseCheckContext {
  /** The migrations (undefined when a command builds the schema: no history to place the database in). */
  readonly set?: MigrationSet;
  readonly history?: History;
  /** The schema after every migration, without tool tables (undefined when replay did not get through). */
  readonly head?: Schema;
  readonly ignore?: IgnorePredicate;
}

export interface DatabaseOutcome {
  readonly report: { readonly path: string; readonly tables: number; readonly tracker?: string };
  readonly findings: readonly Finding[];
}

/** Trackers each migration format writes, so the right one wins when a database has several. */
const TRACKER_OF_FORMAT: Readonly<Record<string, readonly string[]>> = {
  alembic: ['alembic_version'],
  prisma: ['_prisma_migrations'],
  drizzle: ['__drizzle_migrations'],
  goose: ['goose_db_version'],
  flyway: ['flyway_schema_history'],
  'golang-migrate': ['schema_migrations'],
  dbmate: ['schema_migrations'],
  diesel: ['__diesel_schema_migrations'],
  sqlx: ['_sqlx_migrations'],
  python: ['schema_versions', 'schema_migrations', 'django_migrations'],
  plain: ['schema_versions', 'schema_migrations'],
};

function pickTracker(
  trackers: readonly TrackerState[],
  format: string | undefined,
): TrackerState | undefined {
  const preferred = TRACKER_OF_FORMAT[format ?? ''] ?? [];
  return trackers.find((t) => preferred.includes(t.table.toLowerCase())) ?? trackers[0];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function label(m: Migration): string {
  return m.version || m.name;
}

function at(m: Migration): SourceRef {
  return m.up[0]?.location ?? { path: m.path, line: 1 };
}

function finding(
  rule: Finding['rule'],
  severity: Finding['severity'],
  message: string,
  locations: readonly SourceRef[],
): Finding {
  return { rule, severity, message, locations };
}

/**
 * Checks one database file against the migrations: what its tracker says was applied, whether the
 * schema agrees, which migration state it is closest to, and the schema differences with the
 * same rules as models (the database as the checked side, the migrations as the reference).
 */
export async function checkDatabase(
  fs: FileSystem,
  path: string,
  context: DatabaseCheckContext,
): Promise<DatabaseOutcome> {
  const read = await readLiveDatabase(fs, path);
  const findings: Finding[] = [...read.findings];
  if (!read.database) return { report: { path, tables: 0 }, findings };
  const dbSchema = withoutToolTables(read.database.schema);
  const here: SourceRef = { path, line: WHOLE_FILE_LINE };
  const { set, history } = context;
  const tracker = set ? pickTracker(read.database.trackers, set.format) : read.database.trackers[0];
  const report = { path, tables: dbSchema.tables.length, ...(tracker ? { tracker: tracker.table } : {}) };

  let reference = context.head;
  if (set && history) {
    const states = await history.states();
    const placed = tracker
      ? await trackerFindings(path, dbSchema, tracker, set, history, states)
      : await untracked(path, dbSchema, history, states, context.head);
    findings.push(...placed.findings);
    if (placed.reference) reference = placed.reference;
  }
  if (reference) {
    findings.push(
      ...compareSchemas(dbSchema, reference, {
        sides: {
          actual: { label: path, kind: 'schema' },
          expected: { label: 'the migrations', kind: 'migrations' },
        },
        ignore: context.ignore,
      }).map((f) => (f.locations.length > 0 ? f : { ...f, locations: [here] })),
    );
  }
  return { report, findings };
}

interface Placed {
  readonly findings: readonly Finding[];
  /** The state the database should be in (the newest applied migration's), when known. */
  readonly reference?: Schema;
}

async function closestSentence(
  path: string,
  db: Schema,
  history: History,
  states: readonly Schema[],
): Promise<string> {
  const closest = await closestState(db, states, history.migrations, (i) => history.statementStates(i));
  const rest =
    closest.leftover.length === 0
      ? ''
      : ` (still different: ${describeChanges(closest.leftover, {
          missing: `missing from ${path}`,
          extra: `in ${path} only`,
          different: 'different',
        })})`;
  const state = describeClosest(closest, history.migrations);
  return closest.leftover.length === 0
    ? `${path} matches ${state} exactly`
    : `${path} is closest to ${state}${rest}`;
}

/** No tracker: where in the history the database sits, when it is not at the newest state. */
async function untracked(
  path: string,
  db: Schema,
  history: History,
  states: readonly Schema[],
  head: Schema | undefined,
): Promise<Placed> {
  const newest = states[states.length - 1];
  if (!newest || diffSchemas(db, head ?? newest).length === 0) return { findings: [] };
  const sentence = await closestSentence(path, db, history, states);
  return {
    findings: [
      finding(
        'tracker-mismatch',
        'notice',
        `${path} has no migration tracker table, so which migrations it has is unknown; ${sentence}.`,
        [{ path, line: WHOLE_FILE_LINE }],
      ),
    ],
  };
}

async function trackerFindings(
  path: string,
  db: Schema,
  tracker: TrackerState,
  set: MigrationSet,
  history: History,
  states: readonly Schema[],
): Promise<Placed> {
  const here: SourceRef = { path, line: WHOLE_FILE_LINE };
  const migrations = set.migrations;
  const findings: Finding[] = [];
  const where = `${tracker.table} (${tracker.tool})`;

  for (const problem of tracker.problems) {
    const index = migrations.findIndex((m) => m.version === problem.version);
    const locations = index >= 0 ? [here, at(migrations[index]!)] : [here];
    findings.push(
      finding('tracker-mismatch', 'error', `${path}: ${where} says ${problem.message}.`, locations),
    );
  }

  const mapped = appliedMigrations(tracker, migrations, sha256);
  if (mapped.unknown.length > 0) {
    const n = mapped.unknown.length;
    findings.push(
      finding(
        'tracker-mismatch',
        'warning',
        `${path}: ${where} records ${n === 1 ? 'version' : 'versions'} ${andList(mapped.unknown)} that ${set.dir || 'the migrations directory'} does not have (deleted, renamed, or from another branch).`,
        [here],
      ),
    );
  }
  for (const i of mapped.hashMismatch) {
    const m = migrations[i]!;
    findings.push(
      finding(
        'migration-edited',
        'error',
        `${m.path} was changed after it was applied to ${path}: its sha256 no longer matches ${where}. Revert the edit and put the change in a new migration.`,
        [at(m), here],
      ),
    );
  }

  const applied = new Set(mapped.applied);
  const newest = mapped.applied.length > 0 ? mapped.applied[mapped.applied.length - 1]! : -1;
  const pending = migrations.map((m, i) => ({ m, i })).filter(({ m, i }) => !m.repeatable && !applied.has(i));
  if (pending.length > 0) {
    const skipped = pending.filter(({ i }) => i < newest).map(({ m }) => label(m));
    const names = pending.map(({ m }) => label(m));
    const shown = names.length > 10 ? [...names.slice(0, 10), `${names.length - 10} more`] : names;
    findings.push(
      finding(
        'tracker-mismatch',
        'notice',
        `${path}: ${pending.length === 1 ? '1 migration is' : `${pending.length} migrations are`} not applied yet according to ${where}: ${andList(shown)}` +
          (skipped.length > 0
            ? ` (${andList(skipped)} ${areOrIs(skipped)} older than applied ones: they were skipped)`
            : '') +
          '.',
        [here],
      ),
    );
  }

  const reference = states[newest + 1];
  if (newest < 0 || !reference) return { findings };
  const missing = diffSchemas(db, reference).filter((c) => changedObject(c).how === 'missing');
  if (missing.length === 0) return { findings, reference };

  // Attribute each missing object to the migration that introduced it: the earliest prefix from
  // which on it is missing from the database without interruption.
  const missingAt = new Map<number, Set<string>>();
  const missingNames = (k: number) => {
    let names = missingAt.get(k);
    if (!names) {
      names = new Set(
        diffSchemas(db, states[k]!)
          .map(changedObject)
          .filter((o) => o.how === 'missing')
          .map((o) => o.name),
      );
      missingAt.set(k, names);
    }
    return names;
  };
  const byMigration = new Map<number, SchemaChange[]>();
  for (const change of missing) {
    const name = changedObject(change).name;
    let k = newest + 1;
    while (k > 1 && missingNames(k - 1).has(name)) k--;
    const list = byMigration.get(k - 1) ?? [];
    list.push(change);
    byMigration.set(k - 1, list);
  }
  const sentence = await closestSentence(path, db, history, states);
  const ordered = [...byMigration].sort(([a], [b]) => a - b);
  ordered.forEach(([i, changes], n) => {
    const m = migrations[i]!;
    const names = changes.map((c) => changedObject(c).name);
    const marked = applied.has(i) ? `is marked applied in ${where}` : `comes before applied migrations`;
    findings.push(
      finding(
        'tracker-mismatch',
        'error',
        `${label(m)} ${marked}; ${andList(names)} ${areOrIs(names)} missing from ${path}` +
          (n === 0 ? `. ${sentence}.` : '.'),
        [at(m), here],
      ),
    );
  });
  return { findings, reference };
}
