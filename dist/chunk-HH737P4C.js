import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  gitOutput,
  nodeGitIndex,
  parseLsFilesStage
} from "./chunk-V2TAY4TZ.js";
import "./chunk-7GPCWZWS.js";
import "./chunk-7RUNULLM.js";
export {
  gitOutput,
  nodeGitIndex,
  parseLsFilesStage
};
