import type { MigrationSet } from '../migrations/types.js';
import { type Database, openScratchDatabase } from './engine.js';
import { replayMigrations } from './replay.js';
import type { ReplayOptions, ReplayResult } from './replay-types.js';

/** A database for replay: a scratch database (see openScratchDatabase), fresh or from a snapshot. */
export function openReplayDatabase(bytes?: Uint8Array): Promise<Database> {
  return openScratchDatabase(bytes);
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
