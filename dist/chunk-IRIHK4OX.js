import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  uninstallHook
} from "./chunk-FTV4RRZE.js";
import {
  rootArgument
} from "./chunk-T46XC5ZO.js";
import {
  parseCommandArgs
} from "./chunk-T2GVFGAS.js";
import "./chunk-V2TAY4TZ.js";
import "./chunk-7GPCWZWS.js";
import "./chunk-7RUNULLM.js";

// src/cli/commands/uninstall-hook.ts
async function run(args, io) {
  const { positionals } = parseCommandArgs(args, {}, "uninstall-hook");
  const result = await uninstallHook(rootArgument(positionals, io.cwd, "uninstall-hook", false));
  switch (result.status) {
    case "removed":
      io.stdout(`Removed the driftcheck pre-commit hook: ${result.path}
`);
      return 0;
    case "restored":
      io.stdout(`Removed the driftcheck pre-commit hook and put back the one it ran first: ${result.path}
`);
      return 0;
    case "absent":
      io.stdout(`No pre-commit hook installed at ${result.path}; nothing to do.
`);
      return 0;
    default:
      io.stderr(`driftcheck: ${result.path} is not driftcheck's hook; left it alone.
`);
      return 1;
  }
}
export {
  run
};
