import { parentPort } from 'node:worker_threads';
import type { WorkerMessage } from '../sqlite/replay-protocol.js';
import { analyseHistory, type HistoryResult } from './history.js';
import type { HistoryWorkerRequest } from './history-isolated.js';

/**
 * Worker entry of `historyIsolated`: the history analysis off the main thread (beside the schema
 * replay), so the main thread can end it when a migration runs past its time budget.
 */

const port = parentPort!;
const post = (message: WorkerMessage<HistoryResult>, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

port.once('message', (request: HistoryWorkerRequest) => {
  const progress = new Int32Array(request.progress);
  analyseHistory(request, {
    onMigrationStart: (pass, index) => {
      Atomics.store(progress, 0, index);
      Atomics.store(progress, 1, -1);
      Atomics.store(progress, 2, pass === 'destructive' ? 0 : 1);
      post({ type: 'migration', index });
    },
    onStatement: (_migration, statement) => Atomics.store(progress, 1, statement),
  })
    .then(
      (result) => {
        const { destructive, down } = result.state ?? {};
        const transfer = [destructive?.database, down?.database].flatMap((d) =>
          d ? [d.buffer as ArrayBuffer] : [],
        );
        post({ type: 'done', result }, transfer);
      },
      (error: unknown) =>
        post({
          type: 'error',
          message: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? error.stack : undefined,
        }),
    )
    .finally(() => port.close());
});
