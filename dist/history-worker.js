import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  analyseHistory
} from "./chunk-D7E45W5Q.js";
import "./chunk-72U7UVYV.js";
import "./chunk-XTGP5CE6.js";
import "./chunk-47V2VMU6.js";
import "./chunk-NXNO3E5L.js";
import {
  answer,
  clockMicros,
  progressViews
} from "./chunk-OELTYVFG.js";
import {
  useSqlJsModule
} from "./chunk-FGG54ITE.js";
import "./chunk-DT3BPEHL.js";
import "./chunk-7RUNULLM.js";

// src/integrity/history-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var { wasm } = workerData;
if (wasm) useSqlJsModule(wasm);
var post = (message) => port.postMessage(message);
port.once("message", (request) => {
  const { position, startedAt, phase } = progressViews(request.progress);
  let announced = false;
  const work = analyseHistory(request, {
    onMigrationStart: (pass, index) => {
      Atomics.store(startedAt, 0, clockMicros());
      Atomics.store(position, 0, index);
      Atomics.store(position, 1, -1);
      Atomics.store(phase, 0, pass === "destructive" ? 0 : 1);
      if (!announced) post({ type: "migration", index });
      announced = true;
    },
    onStatement: (_migration, statement) => Atomics.store(position, 1, statement)
  });
  answer(port, work, (result) => {
    const { destructive, down } = result.state ?? {};
    return [destructive?.database, down?.database].flatMap((d) => d ? [d.buffer] : []);
  });
});
