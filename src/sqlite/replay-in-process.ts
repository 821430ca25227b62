import type { MigrationSet } from '../migrations/types.js';
import { type Database, openDatabase } from './engine.js';
import { replayMigrations } from './replay.js';
import type { ReplayOptions, ReplayResult } from './replay-types.js';

/**
 * A database for replay. The rollback journal is kept in memory rather than in sql.js's in-memory
 * file system, which saves creating and deleting a journal file per transaction; rollbacks behave
 * the same.
 */
export async function openReplayDatabase(bytes?: Uint8Array): Promise<Database> {
  const db = await openDatabase(bytes);
  db.run('PRAGMA journal_mode=MEMORY');
  return db;
}

export interface InProcessReplay {
  /** The replayed database, open: the caller closes it. */
  readonly db: Database;
  readonly result: ReplayResult;
}

/**
 * Replays on this thread and hands back the live database, for callers that need it (row
 * counts, further statements). No time budget: a runaway statement blocks; use `replayIsolated`
 * where that matters. `database` is a snapshot to start from (with `options.from`).
 */
export async function replayInProcess(
  set: MigrationSet,
  options: ReplayOptions & { readonly database?: Uint8Array } = {},
): Promise<InProcessReplay> {
  const db = await openReplayDatabase(options.database);
  try {
    return { db, result: replayMigrations(db, set, options) };
  } catch (error) {
    db.close();
    throw error;
  }
}
