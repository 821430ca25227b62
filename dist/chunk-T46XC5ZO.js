import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  UsageError
} from "./chunk-7GPCWZWS.js";

// src/cli/paths.ts
import { existsSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
function relativeToRoot(cwd, rootDir, path) {
  const absolute = resolve(cwd, path);
  const rel = relative(rootDir, absolute);
  if (rel.startsWith("..") || isAbsolute(rel))
    throw new UsageError(`${path} is outside the checked directory ${rootDir}; pass a path inside it`);
  return rel.split(sep).join("/");
}
function requireDirectory(dir, what) {
  if (!existsSync(dir)) throw new UsageError(`${what} not found: ${dir}`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`${what} is not a directory: ${dir}`);
}
function rootArgument(positionals, cwd, command, mustExist = true) {
  if (positionals.length > 1)
    throw new UsageError(
      `${command} takes one ROOT directory, got ${positionals.length}: ${positionals.join(" ")}`
    );
  const rootDir = resolve(cwd, positionals[0] ?? ".");
  if (mustExist) requireDirectory(rootDir, "ROOT directory");
  return rootDir;
}

export {
  relativeToRoot,
  rootArgument
};
