import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { wasmPath } from '../sqlite/wasm-path.js';
import { sealJson, unsealJson } from './sealed.js';
import type { CacheStore } from './types.js';

let fingerprint: string | undefined;

/** Identifies the SQLite build replay runs on (a hash of the sql.js WASM; ~1 ms, once per process). */
export function engineFingerprint(): string {
  fingerprint ??= createHash('sha256').update(readFileSync(wasmPath())).digest('hex').slice(0, 16);
  return fingerprint;
}

/** The SQLite version of the engine, remembered per engine build so a cached run need not start sql.js. */
export async function cachedSqliteVersion(store: CacheStore): Promise<string> {
  const key = `engine-${engineFingerprint()}`;
  const bytes = await store.read(key).catch(() => undefined);
  const known = bytes ? unsealJson(bytes) : undefined;
  if (typeof known === 'string') return known;
  // Only when unknown: loading sql.js is most of what a cached run would otherwise cost.
  const { sqliteVersion } = await import('../sqlite/engine.js');
  const version = await sqliteVersion();
  await store.write(key, sealJson(version)).catch(() => undefined);
  return version;
}
