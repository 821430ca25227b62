import type { MigrationSet } from '../migrations/types.js';
import type { Schema } from '../schema/types.js';
import type { IsolatedReplayOptions, IsolatedReplayResult } from '../sqlite/replay-isolated.js';
import type { ReplayFailure } from '../sqlite/replay-types.js';
import { type CacheEntry, decodeEntry, encodeEntry } from './entry.js';
import { prefixKeys, type ReplayIdentity } from './keys.js';
import type { CacheStore } from './types.js';

export type Replayer = (set: MigrationSet, options: IsolatedReplayOptions) => Promise<IsolatedReplayResult>;

export interface CachedReplayOptions {
  readonly keepGoing: boolean;
  readonly functions: readonly string[];
  readonly budgetMs?: number;
  /** Ends a replay under way (see IsolatedReplayOptions.signal). */
  readonly signal?: AbortSignal;
  /** Gets the replay's worker when it is over (see IsolatedReplayOptions.handOver). */
  readonly handOver?: IsolatedReplayOptions['handOver'];
}

export interface CachedReplayDeps {
  readonly store: CacheStore;
  /** Tool version and engine fingerprint; keepGoing/functions come from the options. */
  readonly identity: Omit<ReplayIdentity, 'keepGoing' | 'functions'>;
  readonly replay: Replayer;
}

/** What check needs of a replay, the same whether it came from the cache or not. */
export interface ReplayOutcome {
  readonly schema?: Schema;
  readonly failures: readonly ReplayFailure[];
  readonly applied: number;
  readonly stoppedAt?: number;
  readonly notReplayed: number;
  /** `hit`: nothing replayed; `prefix`: only migrations after `reused` replayed; `miss`: all. */
  readonly cache: { readonly status: 'hit' | 'prefix' | 'miss'; readonly reused: number };
}

/**
 * Replays `set` using snapshots of earlier runs: an unchanged set costs reading one entry; a set
 * with migrations appended replays only those, on top of the longest cached prefix. Only clean
 * states (every migration so far applied, no failure) are stored, so a cached run reports exactly
 * what a replay from zero would. Entries that fail their integrity check are removed and ignored.
 */
export async function replayWithCache(
  set: MigrationSet,
  options: CachedReplayOptions,
  deps: CachedReplayDeps,
  lookup?: CacheLookup,
): Promise<ReplayOutcome> {
  const { keys, base } = lookup ?? (await lookupReplay(set, options, deps));
  const total = set.migrations.length;
  if (base && base.count === total) {
    return {
      schema: base.schema,
      failures: [],
      applied: total,
      notReplayed: 0,
      cache: { status: 'hit', reused: total },
    };
  }
  const replay = await deps.replay(set, {
    keepGoing: options.keepGoing,
    functions: options.functions,
    ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.handOver ? { handOver: options.handOver } : {}),
    ...(base ? { database: base.database, from: base.count, provenance: base.provenance } : {}),
    exportDatabase: total > 0,
  });
  const reused = base?.count ?? 0;
  const applied = reused + replay.applied;
  const clean =
    replay.failures.length === 0 && replay.notReplayed === 0 && applied === total && replay.schema;
  if (clean && replay.database && replay.schema && total > 0) {
    const key = keys[total - 1]!;
    const entry: CacheEntry = {
      key,
      count: total,
      schema: replay.schema,
      provenance: replay.provenance,
      database: replay.database,
    };
    // A cache that cannot be written (read-only checkout, full disk) only costs speed.
    await deps.store.write(key, encodeEntry(entry)).catch(() => undefined);
  }
  return {
    ...(replay.schema ? { schema: replay.schema } : {}),
    failures: replay.failures,
    applied,
    ...(replay.stoppedAt !== undefined ? { stoppedAt: replay.stoppedAt } : {}),
    notReplayed: replay.notReplayed,
    cache: { status: base ? 'prefix' : 'miss', reused },
  };
}

/** The set's prefix keys and the entry for its longest cached prefix (all of it: nothing to replay). */
export interface CacheLookup {
  readonly keys: readonly string[];
  readonly base?: CacheEntry;
}

/** Looks the set up, so a caller can start a replay worker early when a replay is coming. */
export async function lookupReplay(
  set: MigrationSet,
  options: CachedReplayOptions,
  deps: Pick<CachedReplayDeps, 'store' | 'identity'>,
): Promise<CacheLookup> {
  const keys = prefixKeys(set, {
    ...deps.identity,
    keepGoing: options.keepGoing,
    functions: options.functions,
  });
  const base = await findEntry(set, keys, deps.store);
  return base ? { keys, base } : { keys };
}

/** The entry for the longest cached prefix of `set` that can be resumed from. */
async function findEntry(
  set: MigrationSet,
  keys: readonly string[],
  store: CacheStore,
): Promise<CacheEntry | undefined> {
  if (keys.length === 0) return undefined;
  const present = new Set(await store.keys().catch(() => []));
  // Drizzle runs the whole batch in one transaction: a failure in a new migration would roll back
  // the cached prefix too, so only the exact set can come from the cache.
  const lowest = set.outerTransaction ? keys.length - 1 : 0;
  for (let i = keys.length - 1; i >= lowest; i--) {
    const key = keys[i]!;
    if (!present.has(key)) continue;
    const bytes = await store.read(key);
    const entry = bytes ? decodeEntry(bytes, key) : undefined;
    if (entry && entry.count === i + 1) return entry;
    await store.remove(key).catch(() => undefined);
  }
  return undefined;
}
