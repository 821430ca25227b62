import { parentPort, workerData } from 'node:worker_threads';
import { useSqlJsModule } from '../sqlite/engine.js';
import type { WorkerStart } from '../sqlite/replay-protocol.js';
import type { HistoryWorkerRequest } from './history-isolated.js';
import { serveHistory } from './history-serve.js';

/**
 * Worker entry of `historyIsolated`: the history analysis off the main thread (beside the schema
 * replay), so the main thread can end it when a migration runs past its time budget.
 */

const port = parentPort!;
const { wasm } = workerData as WorkerStart;
if (wasm) useSqlJsModule(wasm);

port.once('message', (request: HistoryWorkerRequest) => serveHistory(port, request));
