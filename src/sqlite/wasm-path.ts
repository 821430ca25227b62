import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where `sql-wasm.wasm` is: beside the bundle in dist/, or in node_modules during development.
 * Apart from engine.ts, so naming the engine does not load sql.js.
 */
export function wasmPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, 'sql-wasm.wasm');
  if (existsSync(beside)) return beside;
  const require = createRequire(import.meta.url);
  return require.resolve('sql.js/dist/sql-wasm.wasm');
}
