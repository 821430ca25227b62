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
