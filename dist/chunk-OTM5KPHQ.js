import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  parsePrismaFiles,
  unquote
} from "./chunk-XI43COA2.js";
import "./chunk-XPKFVV7V.js";
import "./chunk-7RUNULLM.js";
export {
  parsePrismaFiles,
  unquote
};
