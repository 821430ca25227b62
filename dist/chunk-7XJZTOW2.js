import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  nodePorts
} from "./chunk-2GFK53Y7.js";
import "./chunk-KE6SLBQ2.js";
import "./chunk-AZUCC5EY.js";
import "./chunk-7RUNULLM.js";
export {
  nodePorts
};
