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

export {
  sealJson,
  unsealJson
};
