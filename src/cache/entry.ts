import type { Schema } from '../schema/types.js';
import type { ProvenanceSnapshot } from '../sqlite/replay-provenance.js';
import { sealRecord, unsealRecord } from './sealed.js';

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

const MAGIC = 'DCRC1\n';

export function encodeEntry(entry: CacheEntry): Uint8Array {
  const { database, ...meta } = entry;
  return sealRecord(MAGIC, meta, [database]);
}

/** The entry, or undefined when the bytes are not a whole, intact entry stored under `key`. */
export function decodeEntry(bytes: Uint8Array, key: string): CacheEntry | undefined {
  const record = unsealRecord(MAGIC, bytes);
  if (!record) return undefined;
  const meta = record.meta as Omit<CacheEntry, 'database'> | null;
  if (meta?.key !== key || typeof meta.count !== 'number' || !meta.schema || !meta.provenance)
    return undefined;
  return { ...meta, database: record.blobs.slice() };
}
