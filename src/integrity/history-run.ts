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
import { historyRules } from './history-rules.js';
import { historyIsolated, type IsolatedHistory } from './history-isolated.js';

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
  options: { readonly cache?: HistoryCacheDeps; readonly budgetMs: number },
): RunningHistory {
  const rules = historyRules(project);
  if ((!rules.destructive && !rules.down) || set.migrations.length === 0)
    return { findings: async () => [], stop: () => undefined, timedOut: () => false };
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
    running = historyIsolated(request, options.budgetMs);
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
