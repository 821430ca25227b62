import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/cache/sealed.ts
import { createHash } from "node:crypto";
var MAGIC = new TextEncoder().encode("DCJS1\n");
var HASH_BYTES = 32;
function sealJson(value) {
  const body = new TextEncoder().encode(JSON.stringify(value));
  const out = new Uint8Array(MAGIC.length + HASH_BYTES + body.length);
  out.set(MAGIC, 0);
  out.set(createHash("sha256").update(body).digest(), MAGIC.length);
  out.set(body, MAGIC.length + HASH_BYTES);
  return out;
}
function unsealJson(bytes) {
  const start = MAGIC.length + HASH_BYTES;
  if (bytes.length < start) return void 0;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC[i]) return void 0;
  const body = bytes.subarray(start);
  const hash = createHash("sha256").update(body).digest();
  if (!hash.equals(bytes.subarray(MAGIC.length, start))) return void 0;
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return void 0;
  }
}
function sealRecord(magic, meta, blobs) {
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
  out.set(createHash("sha256").update(body).digest(), head.length);
  out.set(body, head.length + HASH_BYTES);
  return out;
}
function unsealRecord(magic, bytes) {
  const head = new TextEncoder().encode(magic);
  const start = head.length + HASH_BYTES;
  if (bytes.length < start + 4) return void 0;
  for (let i = 0; i < head.length; i++) if (bytes[i] !== head[i]) return void 0;
  const body = bytes.subarray(start);
  if (!createHash("sha256").update(body).digest().equals(bytes.subarray(head.length, start)))
    return void 0;
  const jsonLength = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0);
  if (4 + jsonLength > body.length) return void 0;
  try {
    const meta = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + jsonLength)));
    return { meta, blobs: body.subarray(4 + jsonLength) };
  } catch {
    return void 0;
  }
}

export {
  sealJson,
  unsealJson,
  sealRecord,
  unsealRecord
};
