import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  budgetText,
  coolDownReplayWorker,
  replayIsolated,
  spawnWorker,
  superviseWorker,
  warmUpReplayWorker
} from "./chunk-UANHHYL5.js";
import "./chunk-PCSL5SIG.js";
import "./chunk-F7ROIKNO.js";
import "./chunk-FGG54ITE.js";
import "./chunk-DT3BPEHL.js";
import "./chunk-7RUNULLM.js";
export {
  budgetText,
  coolDownReplayWorker,
  replayIsolated,
  spawnWorker,
  superviseWorker,
  warmUpReplayWorker
};
