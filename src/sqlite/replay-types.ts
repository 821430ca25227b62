import type { SourceRef } from '../schema/types.js';
import type { Database } from './engine.js';
import type { Provenance, ProvenanceSnapshot } from './replay-provenance.js';

/** Why a statement failed on replay. */
export type FailureKind =
  /** SQLite rejected it (prepare or step). */
  | 'sqlite'
  /** SQLite accepts it on the replay's empty table but rejects it wherever the table has rows. */
  | 'rows'
  /** The loader could not turn the step into SQL. */
  | 'blocked'
  /** The migration exceeded its time budget while this statement ran. */
  | 'timeout';

/** Time budget per migration when none is configured: a runaway statement becomes a replay error. */
export const DEFAULT_BUDGET_MS = 30_000;

export interface ReplayFailure {
  readonly kind: FailureKind;
  /** Index of the migration in its set. */
  readonly migration: number;
  readonly migrationId: string;
  /** Index of the statement in the migration's `up`. */
  readonly statement: number;
  /** The failing statement (the part of a multi-statement string that failed). */
  readonly sql: string;
  /** SQLite's message, or the blocked step's / time budget's message. */
  readonly message: string;
  /** What to do about it, in words. */
  readonly hint?: string;
  /** SQL that would work instead, when there is one. */
  readonly fix?: string;
  readonly location: SourceRef;
}

/** A statement to treat as failing without running it (used to resume after a timeout). */
export interface ForcedFailure {
  readonly migration: number;
  readonly statement: number;
  readonly message: string;
  readonly kind: FailureKind;
}

export interface ReplayOptions {
  /** Skip failing statements and go on, reporting every failure (`--keep-going`). */
  readonly keepGoing?: boolean;
  /** SQL functions the application registers; replay uses harmless stand-ins. */
  readonly functions?: readonly string[];
  /** First migration to run; the database must already hold the state after the ones before it. */
  readonly from?: number;
  /** Migration index to stop before (exclusive); default: all. */
  readonly until?: number;
  /** Provenance of the state the database starts in (with `from`, from a cached snapshot). */
  readonly provenance?: ProvenanceSnapshot;
  /** Called before each migration runs. */
  readonly onMigrationStart?: (index: number) => void;
  /** Called before each statement runs (kept trivial: it is on the hot path). */
  readonly onStatement?: (migration: number, statement: number) => void;
  /** Called after each migration completed (committed, or kept with --keep-going). */
  readonly onMigration?: (index: number, db: Database) => void;
  readonly forcedFailures?: readonly ForcedFailure[];
}

export interface ReplayResult {
  /** Migrations that ran to their end without a failing statement (keepGoing skips those). */
  readonly applied: number;
  readonly failures: readonly ReplayFailure[];
  /** Index of the migration the replay stopped at (without keepGoing); later ones were not run. */
  readonly stoppedAt?: number;
  /** How many migrations after `stoppedAt` were not replayed. */
  readonly notReplayed: number;
  readonly provenance: Provenance;
}
