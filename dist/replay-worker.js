import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  openReplayDatabase,
  replayMigrations
} from "./chunk-IX4KESVC.js";
import "./chunk-PANHAJIG.js";
import {
  inspectSchema
} from "./chunk-6NLCI4VA.js";
import "./chunk-RNDVHOK7.js";
import {
  answer,
  clockMicros,
  progressViews
} from "./chunk-F7ROIKNO.js";
import "./chunk-Z5DHFKIG.js";
import "./chunk-7CDKS73Z.js";
import {
  loadSqlJs,
  useSqlJsModule
} from "./chunk-FGG54ITE.js";
import "./chunk-DT3BPEHL.js";
import "./chunk-7RUNULLM.js";

// src/sqlite/replay-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var { createdAt, wasm } = workerData;
if (wasm) useSqlJsModule(wasm);
var IDLE_MS = 10;
var requested = false;
var ready = loadSqlJs().then(() => performance.timeOrigin + performance.now() - createdAt);
void ready.then(() => new Promise((resolve) => setTimeout(resolve, IDLE_MS))).then(keepExercising, () => void 0);
var post = (message) => port.postMessage(message);
async function exerciseEngine() {
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
      "SELECT type, name, tbl_name, rootpage, sql, rowid FROM sqlite_schema WHERE name NOT LIKE 'sqlite%'"
    );
    db.exec("SELECT name FROM pragma_table_xinfo('warm')");
  } finally {
    db.close();
  }
}
var EXERCISE_MS = 1e3;
async function keepExercising() {
  const until = performance.now() + EXERCISE_MS;
  try {
    while (!requested && performance.now() < until) {
      await exerciseEngine();
      await new Promise((resolve) => setImmediate(resolve));
    }
  } catch {
  }
}
async function run(request) {
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
        if (!announced) post({ type: "migration", index });
        announced = true;
      },
      onStatement: (_migration, statement) => Atomics.store(position, 1, statement)
    });
    post({ type: "finishing" });
    const replayed = performance.now();
    const schema = request.inspect ? inspectSchema(db, result.provenance.locator()) : void 0;
    const inspected = performance.now();
    const database = request.exportDatabase ? db.export() : void 0;
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
      inspectMs: inspected - replayed
    };
  } finally {
    db.close();
  }
}
port.on("message", (request) => {
  requested = true;
  if ("kind" in request) {
    void import("./chunk-VZBNGSA5.js").then(({ serveHistory }) => serveHistory(port, request));
    return;
  }
  answer(
    port,
    run(request),
    (result) => result.database ? [result.database.buffer] : [],
    true
  );
});
