import { createHash } from 'node:crypto';
import type { Schema } from '../schema/types.js';
import type { ProvenanceSnapshot } from '../sqlite/replay-provenance.js';

/**
 * One cache entry: the state after the first `count` migrations of a set replayed cleanly — the
 * database bytes (`db.export()`), its provenance (to resume replay on top of it) and its inspected
 * schema (so a set that did not change needs no replay at all).
 *
 * Layout: `DCRC1\n`, the SHA-256 of the rest, a 4-byte big-endian JSON length, the JSON, the
 * database bytes. The hash makes a truncated or corrupted file detectable.
 */
export interface CacheEntry {
  /** The chain key the entry was stored under (guards against a file renamed or copied by hand). */
  readonly key: string;
  readonly count: number;
  readonly schema: Schema;
  readonly provenance: ProvenanceSnapshot;
  readonly database: Uint8Array;
}

const MAGIC = new TextEncoder().encode('DCRC1\n');
const HASH_BYTES = 32;

export function encodeEntry(entry: CacheEntry): Uint8Array {
  const { database, ...meta } = entry;
  const json = new TextEncoder().encode(JSON.stringify(meta));
  const body = new Uint8Array(4 + json.length + database.length);
  new DataView(body.buffer).setUint32(0, json.length);
  body.set(json, 4);
  body.set(database, 4 + json.length);
  const hash = createHash('sha256').update(body).digest();
  const out = new Uint8Array(MAGIC.length + HASH_BYTES + body.length);
  out.set(MAGIC, 0);
  out.set(hash, MAGIC.length);
  out.set(body, MAGIC.length + HASH_BYTES);
  return out;
}

/** The entry, or undefined when the bytes are not a whole, intact entry stored under `key`. */
export function decodeEntry(bytes: Uint8Array, key: string): CacheEntry | undefined {
  const start = MAGIC.length + HASH_BYTES;
  if (bytes.length < start + 4) return undefined;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC[i]) return undefined;
  const body = bytes.subarray(start);
  const hash = createHash('sha256').update(body).digest();
  if (!hash.equals(bytes.subarray(MAGIC.length, start))) return undefined;
  const jsonLength = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0);
  if (4 + jsonLength > body.length) return undefined;
  try {
    const meta = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + jsonLength))) as Omit<
      CacheEntry,
      'database'
    >;
    if (meta.key !== key || typeof meta.count !== 'number' || !meta.schema || !meta.provenance)
      return undefined;
    return { ...meta, database: body.slice(4 + jsonLength) };
  } catch {
    return undefined;
  }
}
