import type { MessagePort } from 'node:worker_threads';
import { answer, clockMicros, progressViews, type WorkerMessage } from '../sqlite/replay-protocol.js';
import { analyseHistory, type HistoryResult } from './history.js';
import type { HistoryWorkerRequest } from './history-isolated.js';

/**
 * Runs a history request in a worker thread and answers it on `port`: the history worker's one
 * job, and a replay worker's second one when the replay hands it over (see historyIsolated).
 * Progress goes to `request.progress`, so the main thread can time each migration.
 */
export function serveHistory(port: MessagePort, request: HistoryWorkerRequest): void {
  const post = (message: WorkerMessage<HistoryResult>) => port.postMessage(message);
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
}
