import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  UsageError
} from "./chunk-7GPCWZWS.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(args, options, command) {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return {
      values: parsed.values,
      positionals: parsed.positionals
    };
  } catch (error) {
    const message = error.message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UsageError(`${message}. Run 'driftcheck ${command} --help' for the options.`);
  }
}
function oneOf(value, allowed, flag, fallback) {
  if (value === void 0) return fallback;
  if (typeof value === "string" && allowed.includes(value)) return value;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")} (got "${String(value)}")`);
}

export {
  parseCommandArgs,
  oneOf
};
