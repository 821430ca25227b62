import { createHash } from 'node:crypto';

const MAGIC = new TextEncoder().encode('DCJS1\n');
const HASH_BYTES = 32;

/** JSON with a SHA-256 of itself in front, so a truncated or corrupted cache file is detected. */
export function sealJson(value: unknown): Uint8Array {
  const body = new TextEncoder().encode(JSON.stringify(value));
  const out = new Uint8Array(MAGIC.length + HASH_BYTES + body.length);
  out.set(MAGIC, 0);
  out.set(createHash('sha256').update(body).digest(), MAGIC.length);
  out.set(body, MAGIC.length + HASH_BYTES);
  return out;
}

/** The sealed value, or undefined when the bytes are not intact. */
export function unsealJson(bytes: Uint8Array): unknown {
  const start = MAGIC.length + HASH_BYTES;
  if (bytes.length < start) return undefined;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC[i]) return undefined;
  const body = bytes.subarray(start);
  const hash = createHash('sha256').update(body).digest();
  if (!hash.equals(bytes.subarray(MAGIC.length, start))) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
}

/**
 * A record of JSON metadata and binary blobs (database bytes), sealed the same way: `magic`, the
 * SHA-256 of the rest, a 4-byte big-endian JSON length, the JSON, then the blobs one after another
 * (the metadata says how long each is).
 */
export function sealRecord(magic: string, meta: unknown, blobs: readonly Uint8Array[]): Uint8Array {
  const head = new TextEncoder().encode(magic);
  const json = new TextEncoder().encode(JSON.stringify(meta));
  const body = new Uint8Array(4 + json.length + blobs.reduce((n, b) => n + b.length, 0));
  new DataView(body.buffer).setUint32(0, json.length);
  body.set(json, 4);
  let at = 4 + json.length;
  for (const blob of blobs) {
    body.set(blob, at);
    at += blob.length;
  }
  const out = new Uint8Array(head.length + HASH_BYTES + body.length);
  out.set(head, 0);
  out.set(createHash('sha256').update(body).digest(), head.length);
  out.set(body, head.length + HASH_BYTES);
  return out;
}

/** The metadata and the blob bytes after it, or undefined when the bytes are not an intact record. */
export function unsealRecord(
  magic: string,
  bytes: Uint8Array,
): { readonly meta: unknown; readonly blobs: Uint8Array } | undefined {
  const head = new TextEncoder().encode(magic);
  const start = head.length + HASH_BYTES;
  if (bytes.length < start + 4) return undefined;
  for (let i = 0; i < head.length; i++) if (bytes[i] !== head[i]) return undefined;
  const body = bytes.subarray(start);
  if (!createHash('sha256').update(body).digest().equals(bytes.subarray(head.length, start)))
    return undefined;
  const jsonLength = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0);
  if (4 + jsonLength > body.length) return undefined;
  try {
    const meta: unknown = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + jsonLength)));
    return { meta, blobs: body.subarray(4 + jsonLength) };
  } catch {
    return undefined;
  }
}
