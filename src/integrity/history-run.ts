import type { Worker } from 'node:worker_threads';
import {
  findHistoryState,
  type HistoryCacheDeps,
  historyFindingsCached,
  historyStateKeys,
  storeHistoryState,
} from '../cache/history-cache.js';
import type { ResolvedProject } from '../config/resolve.js';
import type { Finding } from '../findings.js';
import type { MigrationSet } from '../migrations/types.js';
import type { HistoryRequest } from './history.js';
import { historyIsolated, type IsolatedHistory } from './history-isolated.js';
import { historyRules } from './history-rules.js';

/** A history analysis under way. */
export interface RunningHistory {
  /** Its findings (from the cache, or once the worker is done). */
  findings(): Promise<readonly Finding[]>;
  /** Not wanted after all (the replay failed): ends the worker, nothing is cached. */
  stop(): void;
  /**
   * Whether a migration ran past its time budget (the findings then hold a notice in place of
   * the analysis): a result that depends on the machine's load, not only on the files.
   */
  timedOut(): boolean;
}

/**
 * Starts the history analysis of `set` (`destructive-change`, `down-mismatch`) in a worker, so it
 * runs beside the schema replay: reused whole from the cache when the set is unchanged, resumed
 * from the longest saved prefix when migrations were appended, from zero otherwise.
 */
export function startHistoryAnalysis(
  project: ResolvedProject,
  set: MigrationSet,
  options: {
    readonly cache?: HistoryCacheDeps;
    readonly budgetMs: number;
    /** The replay's worker, once the replay is over (see historyIsolated); ended if not needed. */
    readonly worker?: Promise<Worker | undefined>;
  },
): RunningHistory {
  const rules = historyRules(project);
  // The handed-over worker is this analysis's to end when it does not run (rules off, cached,
  // stopped early).
  const release = () => void options.worker?.then((thread) => thread?.terminate());
  if ((!rules.destructive && !rules.down) || set.migrations.length === 0) {
    release();
    return { findings: async () => [], stop: () => undefined, timedOut: () => false };
  }
  const { cache } = options;
  let running: IsolatedHistory | undefined;
  let stopped = false;
  let wanted = false;
  let incomplete = false;
  const analyse = async () => {
    if (stopped) return { findings: [], cacheable: false };
    const keys = cache ? historyStateKeys(project, set, cache.identity) : [];
    const save = cache !== undefined && !set.outerTransaction;
    const request = (async (): Promise<HistoryRequest> => {
      const resume = cache ? await findHistoryState(set, keys, cache.store) : undefined;
      return { set, functions: project.functions, rules, save, ...(resume ? { resume } : {}) };
    })();
    running = historyIsolated(request, options.budgetMs, options.worker);
    if (stopped) running.stop();
    if (wanted) running.keepAlive();
    const result = await running.result;
    incomplete = !result.complete && !stopped;
    if (cache && result.complete && result.state) await storeHistoryState(keys, result.state, cache.store);
    return { findings: result.findings, cacheable: result.complete };
  };
  const findings = cache
    ? historyFindingsCached(project, set, cache, analyse)
    : analyse().then((r) => r.findings);
  // Nobody may wait for it (stopped): a failure then must not become an unhandled rejection.
  findings.catch(() => undefined);
  // The analysis never ran (findings from the cache, or stopped before it started).
  void findings
    .finally(() => {
      if (!running) release();
    })
    .catch(() => undefined);
  return {
    findings: () => {
      wanted = true;
      running?.keepAlive();
      return findings;
    },
    stop: () => {
      stopped = true;
      running?.stop();
    },
    timedOut: () => incomplete,
  };
}
