import { parentPort, workerData } from 'node:worker_threads';
import { useSqlJsModule } from '../sqlite/engine.js';
import {
  answer,
  clockMicros,
  progressViews,
  type WorkerMessage,
  type WorkerStart,
} from '../sqlite/replay-protocol.js';
import { analyseHistory, type HistoryResult } from './history.js';
import type { HistoryWorkerRequest } from './history-isolated.js';

/**
 * Worker entry of `historyIsolated`: the history analysis off the main thread (beside the schema
 * replay), so the main thread can end it when a migration runs past its time budget.
 */

const port = parentPort!;
const { wasm } = workerData as WorkerStart;
if (wasm) useSqlJsModule(wasm);
const post = (message: WorkerMessage<HistoryResult>) => port.postMessage(message);

port.once('message', (request: HistoryWorkerRequest) => {
  const { position, startedAt, phase } = progressViews(request.progress);
  let announced = false;
  const work = analyseHistory(request, {
    onMigrationStart: (pass, index) => {
      Atomics.store(startedAt, 0, clockMicros());
      Atomics.store(position, 0, index);
      Atomics.store(position, 1, -1);
      Atomics.store(phase, 0, pass === 'destructive' ? 0 : 1);
      // The main thread times each migration from `progress`; it needs telling only once.
      if (!announced) post({ type: 'migration', index });
      announced = true;
    },
    onStatement: (_migration, statement) => Atomics.store(position, 1, statement),
  });
  // The seeded databases move to the main thread rather than being copied.
  answer(port, work, (result) => {
    const { destructive, down } = result.state ?? {};
    return [destructive?.database, down?.database].flatMap((d) => (d ? [d.buffer as ArrayBuffer] : []));
  });
});
