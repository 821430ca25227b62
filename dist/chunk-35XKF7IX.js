import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  nodePorts
} from "./chunk-HWF3VQN3.js";
import "./chunk-VXB77DQG.js";
import "./chunk-WCBB5UAT.js";
import "./chunk-7RUNULLM.js";
export {
  nodePorts
};
