import { parentPort, workerData } from 'node:worker_threads';
import type { HistoryWorkerRequest } from '../integrity/history-isolated.js';
import { loadSqlJs, useSqlJsModule } from './engine.js';
import { inspectSchema } from './inspect.js';
import { replayMigrations } from './replay.js';
import { openReplayDatabase } from './replay-in-process.js';
import {
  answer,
  clockMicros,
  progressViews,
  type WorkerDone,
  type WorkerMessage,
  type WorkerRequest,
  type WorkerStart,
} from './replay-protocol.js';

/**
 * Worker entry of `replayIsolated`: replays (and inspects) off the main thread, so the main
 * thread can terminate it when a migration exceeds its time budget (sql.js exports no interrupt).
 * sql.js starts loading at once, so a worker created ahead of time is ready when the work comes.
 */

const port = parentPort!;
const { createdAt, wasm } = workerData as WorkerStart;
if (wasm) useSqlJsModule(wasm);
/** How long the worker waits for a request before it exercises the engine. */
const IDLE_MS = 10;
/** Set when the request has come: the engine is exercised no more. */
let requested = false;
/** sql.js instantiated: how long after the worker was created. */
const ready = loadSqlJs().then(() => performance.timeOrigin + performance.now() - createdAt);
// Exercised only while idle: a request posted before the worker was up comes in within a few
// milliseconds of its start and begins at once (compiling just what its own statements use).
void ready
  .then(() => new Promise((resolve) => setTimeout(resolve, IDLE_MS)))
  .then(keepExercising, () => undefined);
const post = (message: WorkerMessage) => port.postMessage(message);

/**
 * V8 compiles WebAssembly functions on first use: the first CREATE TABLE costs ~50 ms, the first
 * index and ALTER ~10 ms each. Running a tiny migration on a scratch database while the worker
 * waits for its request moves that cost ahead of the replay (and out of the way when warmed up).
 */
async function exerciseEngine(): Promise<void> {
  const db = await openReplayDatabase();
  try {
    db.run(`BEGIN;
      CREATE TABLE warm (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '' UNIQUE, ref INTEGER REFERENCES warm (id));
      CREATE INDEX warm_ref ON warm (ref) WHERE ref IS NOT NULL;
      ALTER TABLE warm ADD COLUMN extra TEXT;
      ALTER TABLE warm RENAME COLUMN extra TO more;
      INSERT INTO warm (name) VALUES ('a');
      UPDATE warm SET more = name WHERE id = 1;
      CREATE VIEW warm_view AS SELECT id FROM warm;
      COMMIT;`);
    db.exec(
      "SELECT type, name, tbl_name, rootpage, sql, rowid FROM sqlite_schema WHERE name NOT LIKE 'sqlite%'",
    );
    db.exec("SELECT name FROM pragma_table_xinfo('warm')");
  } finally {
    db.close();
  }
}

/** How long, at most, the engine is exercised while no request has come. */
const EXERCISE_MS = 1000;

/**
 * V8 first runs WebAssembly functions as baseline code, about half as fast, and optimizes those
 * that turn out hot: a cold replay of 1,000 migrations takes ~1.5× as long as the same replay
 * once optimized. A worker started ahead of time (warmUpReplayWorker) usually waits for its
 * request while the main thread reads the migrations: exercising the engine meanwhile (the parser,
 * the schema reload after ALTER, b-tree writes) gets that code optimized before the replay. It
 * stops when the request comes (after the round under way, a few milliseconds) or EXERCISE_MS.
 */
async function keepExercising(): Promise<void> {
  const until = performance.now() + EXERCISE_MS;
  try {
    while (!requested && performance.now() < until) {
      await exerciseEngine();
      // Lets the request's message in between two rounds.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } catch {
    // Only a head start: a failure here is the replay's to report, if it happens again there.
  }
}

async function run(request: WorkerRequest): Promise<WorkerDone> {
  const startMs = await ready;
  const db = await openReplayDatabase(request.database);
  try {
    const started = performance.now();
    const { position, startedAt } = progressViews(request.progress);
    let announced = false;
    const result = replayMigrations(db, request.set, {
      keepGoing: request.keepGoing,
      functions: request.functions,
      from: request.from,
      until: request.until,
      provenance: request.provenance,
      forcedFailures: request.forcedFailures,
      onMigrationStart: (index) => {
        Atomics.store(startedAt, 0, clockMicros());
        Atomics.store(position, 0, index);
        Atomics.store(position, 1, -1);
        if (!announced) post({ type: 'migration', index });
        announced = true;
      },
      onStatement: (_migration, statement) => Atomics.store(position, 1, statement),
    });
    post({ type: 'finishing' });
    const replayed = performance.now();
    const schema = request.inspect ? inspectSchema(db, result.provenance.locator()) : undefined;
    const inspected = performance.now();
    const database = request.exportDatabase ? db.export() : undefined;
    return {
      applied: result.applied,
      failures: result.failures,
      stoppedAt: result.stoppedAt,
      notReplayed: result.notReplayed,
      provenance: result.provenance.snapshot(),
      schema,
      database,
      startMs,
      replayMs: replayed - started,
      inspectMs: inspected - replayed,
    };
  } finally {
    db.close();
  }
}

port.on('message', (request: WorkerRequest | HistoryWorkerRequest) => {
  requested = true;
  if ('kind' in request) {
    // Handed over after its replay (see IsolatedReplayOptions.handOver): the history analysis,
    // on the engine the replay warmed up. Its code loads only now.
    void import('../integrity/history-serve.js').then(({ serveHistory }) => serveHistory(port, request));
    return;
  }
  // Open after the replay: the worker may be handed over; the main thread ends it.
  answer(
    port,
    run(request),
    (result) => (result.database ? [result.database.buffer as ArrayBuffer] : []),
    true,
  );
});
