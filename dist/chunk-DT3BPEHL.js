import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/sqlite/wasm-path.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function wasmPath() {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, "sql-wasm.wasm");
  if (existsSync(beside)) return beside;
  const require2 = createRequire(import.meta.url);
  return require2.resolve("sql.js/dist/sql-wasm.wasm");
}

export {
  wasmPath
};
