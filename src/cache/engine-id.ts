import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { wasmPath } from '../sqlite/engine.js';

let fingerprint: string | undefined;

/** Identifies the SQLite build replay runs on (a hash of the sql.js WASM; ~1 ms, once per process). */
export function engineFingerprint(): string {
  fingerprint ??= createHash('sha256').update(readFileSync(wasmPath())).digest('hex').slice(0, 16);
  return fingerprint;
}
