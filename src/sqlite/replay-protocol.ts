import type { MessagePort } from 'node:worker_threads';
import type { MigrationSet } from '../migrations/types.js';
import type { Schema } from '../schema/types.js';
import type { ProvenanceSnapshot } from './replay-provenance.js';
import type { ForcedFailure, ReplayFailure } from './replay-types.js';

/** The worker's `workerData`, given when it is created (possibly before there is work). */
export interface WorkerStart {
  /** `performance.timeOrigin + performance.now()` when the worker was created, to measure start-up. */
  readonly createdAt: number;
  /** The sql.js WebAssembly module the creating thread compiled (see engine.ts sqlJsModule). */
  readonly wasm?: WebAssembly.Module;
}

/** The one message a replay worker receives: what to replay (structured-cloned: data only). */
export interface WorkerRequest {
  readonly set: MigrationSet;
  readonly keepGoing: boolean;
  readonly functions: readonly string[];
  readonly from?: number;
  readonly until?: number;
  readonly provenance?: ProvenanceSnapshot;
  readonly database?: Uint8Array;
  readonly forcedFailures: readonly ForcedFailure[];
  readonly inspect: boolean;
  readonly exportDatabase: boolean;
  /**
   * What is running, written by the worker (see progressViews): the migration and statement, and
   * when that migration started, so the main thread can time it without a message per migration.
   */
  readonly progress: SharedArrayBuffer;
}

/**
 * `progress` bytes: Int32 migration, Int32 statement, BigInt64 migration start (µs, see
 * clockMicros), Int32 phase (which pass of a worker that walks the history more than once).
 */
export const PROGRESS_BYTES = 24;

export interface ProgressViews {
  /** [migration, statement] currently running (statement -1 between migrations). */
  readonly position: Int32Array;
  /** [start of the running migration, clockMicros()]. */
  readonly startedAt: BigInt64Array;
  /** [phase]: 0 unless the worker says otherwise (the history worker: 0 destructive, 1 down). */
  readonly phase: Int32Array;
}

export function progressViews(progress: SharedArrayBuffer): ProgressViews {
  return {
    position: new Int32Array(progress, 0, 2),
    startedAt: new BigInt64Array(progress, 8, 1),
    phase: new Int32Array(progress, 16, 1),
  };
}

/** Microseconds on a clock both threads share (each thread's time origin plus its clock). */
export function clockMicros(): bigint {
  return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000));
}

export interface WorkerDone {
  readonly applied: number;
  readonly failures: readonly ReplayFailure[];
  readonly stoppedAt?: number;
  readonly notReplayed: number;
  readonly provenance: ProvenanceSnapshot;
  readonly schema?: Schema;
  readonly database?: Uint8Array;
  /** Milliseconds from creating the worker to sql.js being ready (thread, module load, WASM init and warm-up). */
  readonly startMs: number;
  readonly replayMs: number;
  readonly inspectMs: number;
}

/** What a supervised worker posts (see superviseWorker): the first migration started, then its result or an error. */
export type WorkerMessage<Done = WorkerDone> =
  | { readonly type: 'migration'; readonly index: number }
  | { readonly type: 'finishing' }
  | { readonly type: 'done'; readonly result: Done }
  | { readonly type: 'error'; readonly message: string; readonly stack?: string };

/**
 * A worker's reply: posts what `work` ends with — its result (moving the buffers `transfer` names)
 * or its error — then closes the port, unless the worker may be given more work (`keepOpen`: the
 * thread that started it ends it).
 */
export function answer<Done>(
  port: MessagePort,
  work: Promise<Done>,
  transfer: (result: Done) => ArrayBuffer[] = () => [],
  keepOpen = false,
): void {
  const post = (message: WorkerMessage<Done>, buffers: ArrayBuffer[] = []) =>
    port.postMessage(message, buffers);
  work
    .then(
      (result) => post({ type: 'done', result }, transfer(result)),
      (error: unknown) =>
        post({
          type: 'error',
          message: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? error.stack : undefined,
        }),
    )
    .finally(() => {
      if (!keepOpen) port.close();
    });
}
