import type { Worker } from 'node:worker_threads';
import type { Finding } from '../findings.js';
import { budgetText, spawnWorker, superviseWorker, type WorkerEntry } from '../sqlite/replay-isolated.js';
import { PROGRESS_BYTES } from '../sqlite/replay-protocol.js';
import type { HistoryRequest, HistoryResult } from './history.js';

/** The history worker's one message: the request, and where it writes its progress. */
export interface HistoryWorkerRequest extends HistoryRequest {
  /** Tells it from a replay request in a replay worker handed over (see replay-worker.ts). */
  readonly kind: 'history';
  /** What runs (see progressViews); its phase is the pass: 0 destructive, 1 down. */
  readonly progress: SharedArrayBuffer;
}

/** Paths relative to src/sqlite/replay-isolated.ts, which starts workers (and to dist/ once bundled). */
const HISTORY_WORKER: WorkerEntry = {
  bundled: './history-worker.js',
  source: '../integrity/history-worker.ts',
};

/** The analysis's result; `complete` is false after a time budget ran out or a stop. */
export type IsolatedHistoryResult = HistoryResult & { readonly complete: boolean };

export interface IsolatedHistory {
  readonly result: Promise<IsolatedHistoryResult>;
  /** Ends the worker (its result is not wanted); `result` then settles with no findings. */
  stop(): void;
  /** Someone waits for the result: the worker now keeps the process alive (until then it does not). */
  keepAlive(): void;
}

function label(path: string): string {
  return path.split('/').pop() ?? path;
}

function timeoutNotice(request: HistoryRequest, progress: readonly number[], budgetMs: number): Finding {
  const [index = 0, statement = -1, pass = 0] = progress;
  const migration = request.set.migrations[index]!;
  const at = migration.up[Math.max(0, statement)]?.location ?? { path: migration.path, line: 1 };
  return {
    rule: pass === 0 ? 'destructive-change' : 'down-mismatch',
    severity: 'notice',
    message: `${label(migration.path)} did not finish within its time budget (${budgetText(budgetMs)}) ${pass === 0 ? 'on a database with seeded rows' : 'in the down round trips'}, so the history analysis stopped there: data loss and down migrations are not checked.`,
    locations: [at],
  };
}

/**
 * The history analysis in a worker thread, with the replay's time budget per migration: a
 * migration still running after it ends the analysis with a notice in place of its findings, and
 * the run goes on. The worker starts at once (thread and sql.js load while `request` is worked
 * out, e.g. read from a cache), beside the schema replay; or, given `handedOver`, the analysis
 * waits for the replay's worker and runs there after the replay (a short replay: one thread start
 * and one engine warm-up fewer), in a worker of its own when none comes.
 */
export function historyIsolated(
  request: Promise<HistoryRequest>,
  budgetMs: number,
  handedOver?: Promise<Worker | undefined>,
): IsolatedHistory {
  let stopped = false;
  let stopSupervised: (() => void) | undefined;
  const worker = handedOver
    ? handedOver.then((thread) => thread ?? spawnHistoryWorker())
    : Promise.resolve(spawnHistoryWorker());
  const end = () =>
    void worker.then(
      (thread) => thread.terminate(),
      () => undefined,
    );
  const result = Promise.all([request, worker]).then(
    async ([ready, thread]): Promise<IsolatedHistoryResult> => {
      // Stopped while waiting: stop() has ended the worker.
      if (stopped) return { findings: [], complete: false };
      const message: HistoryWorkerRequest = {
        ...ready,
        kind: 'history',
        progress: new SharedArrayBuffer(PROGRESS_BYTES),
      };
      const supervised = superviseWorker<HistoryResult>(thread, message, budgetMs, 'history worker');
      stopSupervised = supervised.stop;
      const outcome = await supervised.result;
      if (outcome.done) return { ...outcome.done, complete: true };
      if (!outcome.timedOut) return { findings: [], complete: false };
      return { findings: [timeoutNotice(ready, outcome.timedOut, budgetMs)], complete: false };
    },
    (error: unknown) => {
      end();
      throw error;
    },
  );
  return {
    result,
    stop: () => {
      stopped = true;
      if (stopSupervised) stopSupervised();
      else end();
    },
    keepAlive: () =>
      void worker.then(
        (thread) => thread.ref(),
        () => undefined,
      ),
  };
}

function spawnHistoryWorker(): Worker {
  // Its garbage is short-lived query rows: a small young generation keeps the third thread's
  // memory down (about 20 MB less peak at 1,000 migrations) at no measurable cost in time.
  const worker = spawnWorker(HISTORY_WORKER, { maxYoungGenerationSizeMb: 4 });
  // A run that ends early (an error elsewhere) does not wait for an analysis nobody asked for.
  worker.unref();
  return worker;
}
