import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { MigrationSet } from '../migrations/types.js';
import type { Schema } from '../schema/types.js';
import { sqlJsModule } from './engine.js';
import {
  clockMicros,
  PROGRESS_BYTES,
  progressViews,
  type WorkerDone,
  type WorkerMessage,
  type WorkerRequest,
  type WorkerStart,
} from './replay-protocol.js';
import type { ProvenanceSnapshot } from './replay-provenance.js';
import { DEFAULT_BUDGET_MS, type ForcedFailure, type ReplayFailure } from './replay-types.js';

export interface IsolatedReplayOptions {
  readonly keepGoing?: boolean;
  readonly functions?: readonly string[];
  /** Time budget per migration; a migration still running after it becomes a `timeout` failure. */
  readonly budgetMs?: number;
  /** Resume: the snapshot of the database after migration `from - 1`, and its provenance. */
  readonly database?: Uint8Array;
  readonly from?: number;
  readonly provenance?: ProvenanceSnapshot;
  readonly until?: number;
  /** Inspect the result into a Schema (default true; a check without models needs only failures). */
  readonly inspect?: boolean;
  /** Return the replayed database's bytes (`db.export()`), e.g. for a snapshot cache. */
  readonly exportDatabase?: boolean;
  /** Ends the replay (and its worker): the result is then a rejection. */
  readonly signal?: AbortSignal;
  /**
   * Called once, when the replay is over: with its worker, idle and with a warm engine, when the
   * replay finished in its first worker; otherwise with nothing. The receiver owns the worker
   * (it can take a history request, see historyIsolated) and ends it. Without it the worker ends.
   */
  readonly handOver?: (worker: Worker | undefined) => void;
}

export interface IsolatedReplayResult {
  /** The replayed schema with every object's source, unless `inspect: false`. */
  readonly schema?: Schema;
  readonly failures: readonly ReplayFailure[];
  /** Migrations replayed without a failure: with keepGoing, not those whose statements were skipped. */
  readonly applied: number;
  readonly stoppedAt?: number;
  readonly notReplayed: number;
  readonly provenance: ProvenanceSnapshot;
  readonly database?: Uint8Array;
  readonly timing: {
    /** From creating the worker until it had sql.js ready (the last worker, after a timeout). */
    readonly workerStartMs: number;
    readonly replayMs: number;
    readonly inspectMs: number;
    /** Workers used: 1, plus one per timed-out statement (the run resumes without it). */
    readonly workers: number;
    /** Whether the (first) worker had been started ahead of time by warmUpReplayWorker. */
    readonly warmed: boolean;
  };
}

/** A worker entry point: its bundled file beside the bundle, and its TypeScript source for development. */
export interface WorkerEntry {
  /** Relative to this module once bundled (every bundle file sits in dist/). */
  readonly bundled: string;
  /** Relative to this module in the source tree. */
  readonly source: string;
}

const REPLAY_WORKER: WorkerEntry = { bundled: './replay-worker.js', source: './replay-worker.ts' };

/** The bundled worker beside the bundle; in development the TypeScript source through tsx. */
function workerSpec(entry: WorkerEntry): { readonly entry: URL | string; readonly eval: boolean } {
  const js = new URL(entry.bundled, import.meta.url);
  if (existsSync(fileURLToPath(js))) return { entry: js, eval: false };
  const ts = new URL(entry.source, import.meta.url);
  // The ESM build of tsx's register API (its `exports` offer only the CommonJS one to require).
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsx = pathToFileURL(join(dirname(tsxPackage), 'dist/esm/api/index.mjs')).href;
  const code =
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); ` +
    `return import(${JSON.stringify(ts.href)}); });`;
  return { entry: code, eval: true };
}

/** A new worker thread running `entry` (the replay worker unless said otherwise). */
export function spawnWorker(entry: WorkerEntry = REPLAY_WORKER, resourceLimits?: ResourceLimits): Worker {
  const spec = workerSpec(entry);
  // The sql.js module this thread compiled: the worker instantiates it instead of compiling its own.
  const start: WorkerStart = { createdAt: performance.timeOrigin + performance.now(), wasm: sqlJsModule() };
  return new Worker(spec.entry, {
    eval: spec.eval,
    workerData: start,
    ...(resourceLimits ? { resourceLimits } : {}),
  });
}

/** How a supervised worker ended: its result, or the progress it had made when its budget ran out. */
export interface Supervised<Done> {
  readonly done?: Done;
  /** The request's progress words (migration, statement, …) when the migration ran past its budget. */
  readonly timedOut?: readonly number[];
  /** `stop()` was called. */
  readonly stopped?: boolean;
  /** The worker, still running, when it finished and was to be kept (see superviseWorker). */
  readonly kept?: Worker;
}

/** "30 s" or "200 ms", as budgets are reported. */
export function budgetText(budgetMs: number): string {
  return budgetMs >= 1000 ? `${budgetMs / 1000} s` : `${budgetMs} ms`;
}

/**
 * Sends `request` to `worker` and waits for its result while timing each migration: the worker
 * writes which migration and statement run, and when that migration started, into
 * `request.progress` (see progressViews), and posts `migration` once, when the first starts; a
 * migration that runs past `budgetMs` ends the worker. The worker is terminated however it ends,
 * except when it finishes and `keep` is set: it is then returned (`kept`), idle and unreferenced.
 * `name` prefixes its errors.
 */
export function superviseWorker<Done>(
  worker: Worker,
  request: { readonly progress: SharedArrayBuffer },
  budgetMs: number,
  name: string,
  keep = false,
): { readonly result: Promise<Supervised<Done>>; stop(): void } {
  const { position, startedAt, phase } = progressViews(request.progress);
  let timer: NodeJS.Timeout | undefined;
  let finish: (outcome: Supervised<Done> | Error) => void = () => undefined;
  const result = new Promise<Supervised<Done>>((resolve, reject) => {
    finish = (outcome) => {
      finish = () => undefined;
      clearTimeout(timer);
      // Only its own listeners: a worker handed on may have others.
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keep && !(outcome instanceof Error) && outcome.done !== undefined) {
        worker.unref();
        // Should it fail while idle, whoever takes it finds it exited (below): until then the
        // failure must not become an unhandled 'error' event.
        worker.on('error', () => undefined);
        resolve({ ...outcome, kept: worker });
        return;
      }
      void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    // Wakes up when the running migration may have used its budget: a timeout if it has, else
    // sleeps again until it would have. No message per migration: posting one cost the worker more
    // than many of its migrations do.
    const watch = (ms: number) => {
      timer = setTimeout(() => {
        const running = Number(clockMicros() - Atomics.load(startedAt, 0)) / 1000;
        if (running < budgetMs) {
          watch(budgetMs - running);
          return;
        }
        finish({
          timedOut: [Atomics.load(position, 0), Atomics.load(position, 1), Atomics.load(phase, 0)],
        });
      }, ms);
      // The worker keeps the process alive while it is wanted; the timer alone does not.
      timer.unref();
    };
    const onMessage = (message: WorkerMessage<Done>) => {
      if (message.type === 'migration') {
        clearTimeout(timer);
        watch(budgetMs);
      } else if (message.type === 'finishing') {
        clearTimeout(timer);
      } else if (message.type === 'done') {
        finish({ done: message.result });
      } else {
        const error = new Error(`${name}: ${message.message}`);
        if (message.stack) error.stack = message.stack;
        finish(error);
      }
    };
    const onError = (error: Error) => finish(error);
    const onExit = (code: number) => finish(new Error(`${name} exited with code ${code} before finishing`));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    // A worker handed on may have ended while it waited (its 'exit' already went by).
    if (worker.threadId === -1) finish(new Error(`${name} had exited before it was given its work`));
    else worker.postMessage(request);
  });
  return { result, stop: () => finish({ stopped: true }) };
}

interface Attempt {
  readonly done?: WorkerDone;
  readonly timedOut?: ForcedFailure;
  readonly warmed: boolean;
  /** The worker, when it was to be kept (see superviseWorker). */
  readonly kept?: Worker;
}

/** A worker started ahead of time (see warmUpReplayWorker), idle until a replay takes it. */
let warm: Worker | undefined;

/**
 * Starts a replay worker now, so its start-up (thread, module load, sql.js init) overlaps with
 * whatever the caller does before calling `replayIsolated` (reading migrations, loading models).
 * It does not keep the process alive while idle.
 */
export function warmUpReplayWorker(): void {
  if (warm) return;
  const worker = spawnWorker();
  worker.unref();
  worker.once('exit', () => {
    if (warm === worker) warm = undefined;
  });
  warm = worker;
}

/** Ends the worker warmUpReplayWorker started, when it turned out no replay is coming. */
export function coolDownReplayWorker(): void {
  const worker = warm;
  warm = undefined;
  void worker?.terminate();
}

function takeWorker(): { readonly worker: Worker; readonly warmed: boolean } {
  const warmed = warm !== undefined;
  const worker = warm ?? spawnWorker();
  warm = undefined;
  worker.ref();
  return { worker, warmed };
}

async function attempt(
  request: WorkerRequest,
  budgetMs: number,
  signal: AbortSignal | undefined,
  keep: boolean,
): Promise<Attempt> {
  signal?.throwIfAborted();
  const { worker, warmed } = takeWorker();
  const supervised = superviseWorker<WorkerDone>(worker, request, budgetMs, 'replay worker', keep);
  signal?.addEventListener('abort', supervised.stop, { once: true });
  const outcome = await supervised.result.finally(() =>
    signal?.removeEventListener('abort', supervised.stop),
  );
  if (outcome.stopped) signal!.throwIfAborted();
  if (!outcome.timedOut)
    return { done: outcome.done, warmed, ...(outcome.kept ? { kept: outcome.kept } : {}) };
  const [migration = 0, statement = 0] = outcome.timedOut;
  return {
    warmed,
    timedOut: {
      migration,
      statement: Math.max(0, statement),
      kind: 'timeout',
      message: `The migration did not finish within its time budget (${budgetText(budgetMs)}); this statement was running.`,
    },
  };
}

/**
 * Replays `set` in a worker thread (then inspects the result there), so that a runaway statement
 * can be stopped: when a migration exceeds its budget the worker is terminated, the statement
 * becomes a `timeout` failure, and the run resumes in a fresh worker with that statement failed
 * (stopping there, or going on with keepGoing). The run never hangs.
 */
export async function replayIsolated(
  set: MigrationSet,
  options: IsolatedReplayOptions = {},
): Promise<IsolatedReplayResult> {
  const { handOver } = options;
  if (!handOver) return replayInWorkers(set, options);
  // Called once, and never left waiting: with nothing when the replay failed or timed out.
  let handed = false;
  const once = (worker: Worker | undefined) => {
    if (!handed) handOver(worker);
    handed = true;
  };
  try {
    return await replayInWorkers(set, { ...options, handOver: once });
  } finally {
    once(undefined);
  }
}

async function replayInWorkers(
  set: MigrationSet,
  options: IsolatedReplayOptions,
): Promise<IsolatedReplayResult> {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const forced: ForcedFailure[] = [];
  let warmed: boolean | undefined;
  for (let workers = 1; ; workers++) {
    const request: WorkerRequest = {
      set,
      keepGoing: options.keepGoing ?? false,
      functions: options.functions ?? [],
      from: options.from,
      until: options.until,
      provenance: options.provenance,
      database: options.database,
      forcedFailures: forced,
      inspect: options.inspect ?? true,
      exportDatabase: options.exportDatabase ?? false,
      progress: new SharedArrayBuffer(PROGRESS_BYTES),
    };
    // Only a first worker is handed over: one that ran a statement past its budget is ended.
    const result = await attempt(
      request,
      budgetMs,
      options.signal,
      options.handOver !== undefined && workers === 1,
    );
    warmed ??= result.warmed;
    if (result.timedOut) {
      const { migration, statement } = result.timedOut;
      if (forced.some((f) => f.migration === migration && f.statement === statement)) {
        throw new Error(`replay worker: statement ${statement} of migration ${migration} timed out twice`);
      }
      forced.push(result.timedOut);
      continue;
    }
    const done = result.done!;
    if (result.kept) options.handOver!(result.kept);
    return {
      ...(done.schema ? { schema: done.schema } : {}),
      failures: done.failures,
      applied: done.applied,
      ...(done.stoppedAt !== undefined ? { stoppedAt: done.stoppedAt } : {}),
      notReplayed: done.notReplayed,
      provenance: done.provenance,
      ...(done.database ? { database: done.database } : {}),
      timing: {
        workerStartMs: done.startMs,
        replayMs: done.replayMs,
        inspectMs: done.inspectMs,
        workers,
        warmed,
      },
    };
  }
}
