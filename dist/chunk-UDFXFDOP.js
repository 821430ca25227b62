import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  runScratchDbCommand
} from "./chunk-W5767NB5.js";
import "./chunk-7RUNULLM.js";

// src/migrations/command.ts
function runMigrationsCommand(command, deps) {
  return runScratchDbCommand(command, deps, "replay-error", "migrations");
}
export {
  runMigrationsCommand
};
