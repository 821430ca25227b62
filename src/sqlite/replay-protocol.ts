import type { MigrationSet } from '../migrations/types.js';
import type { Schema } from '../schema/types.js';
import type { ProvenanceSnapshot } from './replay-provenance.js';
import type { ForcedFailure, ReplayFailure } from './replay-types.js';

/** The worker's `workerData`, given when it is created (possibly before there is work). */
export interface WorkerStart {
  /** `performance.timeOrigin + performance.now()` when the worker was created, to measure start-up. */
  readonly createdAt: number;
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
  /** Int32Array view: [migration, statement] currently running, written before each statement. */
  readonly progress: SharedArrayBuffer;
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

/** What a supervised worker posts (see superviseWorker): progress, then its result or an error. */
export type WorkerMessage<Done = WorkerDone> =
  | { readonly type: 'migration'; readonly index: number }
  | { readonly type: 'finishing' }
  | { readonly type: 'done'; readonly result: Done }
  | { readonly type: 'error'; readonly message: string; readonly stack?: string };
