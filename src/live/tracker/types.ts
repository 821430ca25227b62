import type { Database } from '../../sqlite/engine.js';

/** A problem the tracker itself records (a dirty flag, a failed run). */
export interface TrackerProblem {
  readonly version: string;
  readonly message: string;
}

/** What a migration tool's tracker table says was applied. */
export interface TrackerState {
  /** The tracker table as the database spells it. */
  readonly table: string;
  /** The tool that writes it, in words ("golang-migrate", "Alembic", "a hand-rolled runner"). */
  readonly tool: string;
  /** Versions recorded as applied one by one. */
  readonly applied: readonly string[];
  /**
   * Versions at or before which every migration counts as applied: trackers that store only the
   * newest version (golang-migrate, Alembic heads, Drizzle's last `created_at`, a Flyway baseline).
   */
  readonly through: readonly string[];
  /** Versions before which every migration counts as applied (golang-migrate's dirty version). */
  readonly before?: readonly string[];
  readonly problems: readonly TrackerProblem[];
  /** Drizzle: the sha256 of each applied migration file, by version, to tell edits apart. */
  readonly hashes?: ReadonlyMap<string, string>;
}

/** Reads one kind of tracker table; `undefined` when the table does not look like this tool's. */
export interface TrackerReader {
  /** Lower-case table name this reader handles. */
  readonly table: string;
  read(db: Database, table: string): TrackerState | undefined;
}
