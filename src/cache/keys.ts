import { createHash } from 'node:crypto';
import type { Migration, MigrationSet } from '../migrations/types.js';

/** Everything besides the migrations themselves that can change what a replay produces. */
export interface ReplayIdentity {
  /** driftcheck's version: replay, provenance and inspection code change with it. */
  readonly tool: string;
  /** Fingerprint of the SQLite build that replays (the sql.js WASM). */
  readonly engine: string;
  readonly keepGoing: boolean;
  readonly functions: readonly string[];
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What of a migration replay reads: its statements as loaded (placeholders already applied), not just its file text. */
function migrationDigest(migration: Migration): string {
  return sha256(
    JSON.stringify([
      migration.id,
      migration.version,
      migration.name,
      migration.path,
      migration.transaction,
      migration.repeatable ?? false,
      migration.up,
      sha256(migration.checksumSource),
    ]),
  );
}

/**
 * Cache keys for every prefix of the set: `keys[i]` names the state after migrations `0..i`.
 * Each key hashes the one before it, so appending a migration leaves earlier keys unchanged and
 * editing one changes every key from there on.
 */
export function prefixKeys(set: MigrationSet, identity: ReplayIdentity): string[] {
  let key = sha256(
    JSON.stringify({
      cache: 1,
      tool: identity.tool,
      engine: identity.engine,
      keepGoing: identity.keepGoing,
      functions: [...identity.functions].sort(),
      format: set.format,
      foreignKeys: set.foreignKeys,
      outerTransaction: set.outerTransaction ?? false,
    }),
  );
  const keys: string[] = [];
  for (const migration of set.migrations) {
    key = sha256(`${key}\n${migrationDigest(migration)}`);
    keys.push(key.slice(0, 40));
  }
  return keys;
}
