import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  serveHistory
} from "./chunk-2WYTL7UE.js";
import "./chunk-TKHMNQ3S.js";
import "./chunk-DMUKLVO4.js";
import "./chunk-72U7UVYV.js";
import "./chunk-IX4KESVC.js";
import "./chunk-PANHAJIG.js";
import "./chunk-6NLCI4VA.js";
import "./chunk-RNDVHOK7.js";
import "./chunk-F7ROIKNO.js";
import "./chunk-Z5DHFKIG.js";
import "./chunk-7CDKS73Z.js";
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
port.once("message", (request) => serveHistory(port, request));
