import { createHash } from 'node:crypto';
import type { ResolvedProject } from '../config/resolve.js';
import type { Finding } from '../findings.js';
import type { HistoryState } from '../integrity/history.js';
import type { MigrationSet } from '../migrations/types.js';
import { sealJson, sealRecord, unsealJson, unsealRecord } from './sealed.js';
import type { CacheStore } from './types.js';

/** What an analysis found, and whether it may be kept (not after a time budget ran out, nor when stopped). */
export interface HistoryAnalysed {
  readonly findings: readonly Finding[];
  readonly cacheable: boolean;
}

export type HistoryAnalysis = (project: ResolvedProject, set: MigrationSet) => Promise<HistoryAnalysed>;

export interface HistoryCacheDeps {
  readonly store: CacheStore;
  readonly identity: { readonly tool: string; readonly engine: string };
}

/** The rules whose findings come from replaying the history with data and with its downs. */
const HISTORY_RULES = ['destructive-change', 'down-mismatch'] as const;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Everything besides the migrations that the analysis depends on. */
function settings(
  project: ResolvedProject,
  set: MigrationSet,
  identity: HistoryCacheDeps['identity'],
): Record<string, unknown> {
  return {
    tool: identity.tool,
    engine: identity.engine,
    functions: project.functions,
    rules: HISTORY_RULES.map((rule) => project.rules[rule] === 'off'),
    format: set.format,
    foreignKeys: set.foreignKeys,
    outerTransaction: set.outerTransaction ?? false,
  };
}

/**
 * Everything the history analysis reads: the whole set (up and down statements, locations), the
 * replay functions, whether each history rule is on, and the tool and engine that compute it.
 */
function historyKey(
  project: ResolvedProject,
  set: MigrationSet,
  identity: HistoryCacheDeps['identity'],
): string {
  const digest = createHash('sha256')
    .update(JSON.stringify({ history: 1, ...settings(project, set, identity) }))
    .update(JSON.stringify(set.migrations))
    .digest('hex');
  return `history-${digest.slice(0, 40)}`;
}

/**
 * Keys of the analysis states after each prefix of the set: `keys[i]` names the state after
 * migrations `0..i`. Like the replay's prefix keys, each hashes the one before it, but over the
 * whole migration (its down statements too) and the history settings.
 */
export function historyStateKeys(
  project: ResolvedProject,
  set: MigrationSet,
  identity: HistoryCacheDeps['identity'],
): string[] {
  let key = sha256(JSON.stringify({ historyState: 1, ...settings(project, set, identity) }));
  return set.migrations.map((migration) => {
    key = sha256(`${key}\n${sha256(JSON.stringify(migration))}`);
    return `hstate-${key.slice(0, 40)}`;
  });
}

/**
 * The history analysis (seeded replay for `destructive-change`, down round trips for
 * `down-mismatch`), reused while the set and the settings it depends on are unchanged: it replays
 * the whole history, which costs more than everything else a cached run does.
 */
export async function historyFindingsCached(
  project: ResolvedProject,
  set: MigrationSet,
  deps: HistoryCacheDeps,
  analyse: HistoryAnalysis,
): Promise<readonly Finding[]> {
  const key = historyKey(project, set, deps.identity);
  const bytes = await deps.store.read(key).catch(() => undefined);
  const cached = bytes ? unsealJson(bytes) : undefined;
  if (Array.isArray(cached)) return cached as Finding[];
  const { findings, cacheable } = await analyse(project, set);
  if (cacheable) await deps.store.write(key, sealJson(findings)).catch(() => undefined);
  return findings;
}

const MAGIC = 'DCHS1\n';

interface StateMeta {
  readonly key: string;
  readonly count: number;
  readonly destructive?: Omit<NonNullable<HistoryState['destructive']>, 'database'> & {
    readonly bytes: number;
  };
  readonly down?: Omit<NonNullable<HistoryState['down']>, 'database'> & { readonly bytes: number };
}

/** `DCHS1\n`, the SHA-256 of the rest, a 4-byte JSON length, the JSON, then each pass's database bytes. */
export function encodeHistoryState(key: string, state: HistoryState): Uint8Array {
  const { destructive, down } = state;
  const meta: StateMeta = {
    key,
    count: state.count,
    ...(destructive
      ? {
          destructive: {
            connection: destructive.connection,
            state: destructive.state,
            bytes: destructive.database.length,
          },
        }
      : {}),
    ...(down
      ? { down: { connection: down.connection, findings: down.findings, bytes: down.database.length } }
      : {}),
  };
  const databases = [destructive?.database, down?.database].filter((d) => d !== undefined);
  return sealRecord(MAGIC, meta, databases);
}

/** The state, or undefined when the bytes are not a whole, intact state stored under `key`. */
export function decodeHistoryState(bytes: Uint8Array, key: string): HistoryState | undefined {
  const record = unsealRecord(MAGIC, bytes);
  if (!record) return undefined;
  const meta = record.meta as StateMeta | null;
  if (meta?.key !== key || typeof meta.count !== 'number') return undefined;
  const { blobs } = record;
  let at = 0;
  const take = (n: number) => {
    const database = blobs.slice(at, at + n);
    at += n;
    return database;
  };
  const destructive = meta.destructive
    ? {
        connection: meta.destructive.connection,
        state: meta.destructive.state,
        database: take(meta.destructive.bytes),
      }
    : undefined;
  const down = meta.down
    ? { connection: meta.down.connection, findings: meta.down.findings, database: take(meta.down.bytes) }
    : undefined;
  if (at !== blobs.length) return undefined;
  return { count: meta.count, ...(destructive ? { destructive } : {}), ...(down ? { down } : {}) };
}

/**
 * The state after the longest prefix of the set that an earlier run saved. Drizzle runs the whole
 * batch in one transaction, so its states are never resumed (nor saved).
 */
export async function findHistoryState(
  set: MigrationSet,
  keys: readonly string[],
  store: CacheStore,
): Promise<HistoryState | undefined> {
  if (set.outerTransaction || keys.length === 0) return undefined;
  const present = new Set(await store.keys().catch(() => []));
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i]!;
    if (!present.has(key)) continue;
    const bytes = await store.read(key).catch(() => undefined);
    const state = bytes ? decodeHistoryState(bytes, key) : undefined;
    if (state && state.count === i + 1) return state;
    await store.remove(key).catch(() => undefined);
  }
  return undefined;
}

/** Saves the state after the whole set (when it holds anything to resume from). */
export async function storeHistoryState(
  keys: readonly string[],
  state: HistoryState,
  store: CacheStore,
): Promise<void> {
  const key = keys[state.count - 1];
  if (!key || (!state.destructive && !state.down)) return;
  // A cache that cannot be written (read-only checkout, full disk) only costs speed.
  await store.write(key, encodeHistoryState(key, state)).catch(() => undefined);
}
