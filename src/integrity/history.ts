import type { Finding } from '../findings.js';
import type { MigrationSet } from '../migrations/types.js';
import { openReplayDatabase } from '../sqlite/replay-in-process.js';
import { type DestructiveState, destructivePass, destructiveReport } from './destructive.js';
import { downPass, hasDownMigrations } from './down.js';
import type { HistoryRules } from './history-rules.js';
import { type ConnectionState, connectionState, restoreConnection } from './resume.js';

/** One pass's database after the first `count` migrations, to go on from. */
export interface SavedDatabase {
  readonly connection: ConnectionState;
  readonly database: Uint8Array;
}

/**
 * The history analysis after the first `count` migrations of a set, enough to resume it with
 * later migrations and report exactly what a run from zero would. A pass that is absent (its
 * rule off, no down migration so far, or a state that cannot be carried over) runs from zero.
 */
export interface HistoryState {
  readonly count: number;
  readonly destructive?: SavedDatabase & { readonly state: DestructiveState };
  readonly down?: SavedDatabase & { readonly findings: readonly Finding[] };
}

export interface HistoryRequest {
  readonly set: MigrationSet;
  readonly functions: readonly string[];
  readonly rules: HistoryRules;
  /** A state of an earlier run over a prefix of `set` (the caller checked it is one). */
  readonly resume?: HistoryState;
  /** Return the state after the whole set, for a cache. */
  readonly save: boolean;
}

export type HistoryPass = 'destructive' | 'down';

export interface HistoryProgress {
  onMigrationStart(pass: HistoryPass, index: number): void;
  onStatement(migration: number, statement: number): void;
}

export interface HistoryResult {
  readonly findings: readonly Finding[];
  readonly state?: HistoryState;
}

const quiet: HistoryProgress = { onMigrationStart: () => undefined, onStatement: () => undefined };

/** Exports the database when the state it ends in can be reopened as it is. */
function save(
  db: Awaited<ReturnType<typeof openReplayDatabase>>,
  set: MigrationSet,
): SavedDatabase | undefined {
  const connection = connectionState(db, set.migrations);
  return connection ? { connection, database: db.export() } : undefined;
}

/**
 * The history analysis (`destructive-change`: a replay with seeded rows; `down-mismatch`: round
 * trips through each down migration), from zero or on top of a saved prefix. Synchronous work on
 * this thread: `historyIsolated` runs it in a worker with a time budget.
 */
export async function analyseHistory(
  request: HistoryRequest,
  progress: HistoryProgress = quiet,
): Promise<HistoryResult> {
  const { set, functions, rules, resume } = request;
  const count = set.migrations.length;
  const findings: Finding[] = [];
  let destructive: HistoryState['destructive'];
  let down: HistoryState['down'];
  if (rules.destructive) {
    const from = resume?.destructive ? resume.count : 0;
    const db = await openReplayDatabase(resume?.destructive?.database);
    try {
      const pass = destructivePass(db, set, {
        functions,
        ...(resume?.destructive ? { from, state: resume.destructive.state } : {}),
        onMigrationStart: (i) => {
          if (i === from && resume?.destructive) restoreConnection(db, resume.destructive.connection);
          progress.onMigrationStart('destructive', i);
        },
        onStatement: progress.onStatement,
      });
      findings.push(...destructiveReport(set, pass.state));
      const saved = request.save && pass.settled ? save(db, set) : undefined;
      if (saved) destructive = { ...saved, state: pass.state };
    } finally {
      db.close();
    }
  }
  if (rules.down && (resume?.down || hasDownMigrations(set))) {
    const from = resume?.down ? resume.count : 0;
    const db = await openReplayDatabase(resume?.down?.database);
    try {
      const pass = downPass(db, set, {
        functions,
        ...(resume?.down ? { from } : {}),
        onMigrationStart: (i) => {
          if (i === from && resume?.down) restoreConnection(db, resume.down.connection);
          progress.onMigrationStart('down', i);
        },
        onStatement: progress.onStatement,
      });
      const all = [...(resume?.down?.findings ?? []), ...pass.findings];
      findings.push(...all);
      const saved = request.save && pass.complete ? save(db, set) : undefined;
      if (saved) down = { ...saved, findings: all };
    } finally {
      db.close();
    }
  }
  return {
    findings,
    ...(request.save
      ? { state: { count, ...(destructive ? { destructive } : {}), ...(down ? { down } : {}) } }
      : {}),
  };
}
