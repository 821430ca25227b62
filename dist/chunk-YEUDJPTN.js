import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  exitCodeFor,
  runCheck
} from "./chunk-74QJE2F3.js";
import "./chunk-OVKB7YQ5.js";
import "./chunk-DE3BHIPR.js";
import "./chunk-EEW26NA2.js";
import "./chunk-7GPCWZWS.js";
import "./chunk-26M6GGNJ.js";
import "./chunk-7YJIGHC5.js";
import "./chunk-XPKFVV7V.js";
import "./chunk-7RUNULLM.js";
export {
  exitCodeFor,
  runCheck
};
