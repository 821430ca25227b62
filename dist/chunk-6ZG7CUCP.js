import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  sealJson,
  unsealJson
} from "./chunk-NCGKFI47.js";
import {
  SEVERITY_RANK
} from "./chunk-NTFL5Q3W.js";
import {
  wasmPath
} from "./chunk-DT3BPEHL.js";

// src/cache/engine-id.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
var fingerprint;
function engineFingerprint() {
  fingerprint ??= createHash("sha256").update(readFileSync(wasmPath())).digest("hex").slice(0, 16);
  return fingerprint;
}
async function cachedSqliteVersion(store) {
  const key = `engine-${engineFingerprint()}`;
  const bytes = await store.read(key).catch(() => void 0);
  const known = bytes ? unsealJson(bytes) : void 0;
  if (typeof known === "string") return known;
  const { sqliteVersion } = await import("./chunk-57LUY5UG.js");
  const version = await sqliteVersion();
  await store.write(key, sealJson(version)).catch(() => void 0);
  return version;
}

// src/exit-code.ts
function exitCodeFor(report, failOn) {
  if (failOn === "never") return 0;
  const threshold = SEVERITY_RANK[failOn];
  return report.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}

// src/cache/recording-fs.ts
import * as crypto from "node:crypto";
var utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
var oneShot = crypto.hash;
function digest(value) {
  const hex = oneShot ? oneShot("sha256", value, "hex") : crypto.createHash("sha256").update(value).digest("hex");
  return hex.slice(0, 32);
}
async function fileDigest(fs, path, contentId) {
  const id = contentId ? await contentId(path) : void 0;
  return id === void 0 ? digest(await fs.readFile(path)) : `id:${id}`;
}
async function answer(fs, op, path, contentId) {
  try {
    if (op === "file") return await fileDigest(fs, path, contentId);
    if (op === "readdir") return digest(JSON.stringify(await fs.readdir(path)));
    return digest(JSON.stringify(await fs.stat(path) ?? null));
  } catch (error) {
    return `error:${error.code ?? "unknown"}`;
  }
}
function recordingFileSystem(fs, contentId) {
  const reads = /* @__PURE__ */ new Map();
  const record = async (op, path, run) => {
    const key = `${op}\0${path}`;
    try {
      const value = await run();
      if (!reads.has(key)) {
        const id = op === "file" && contentId ? await contentId(path) : void 0;
        const text = op === "file" ? value : JSON.stringify(value ?? null);
        reads.set(key, { op, path, digest: id === void 0 ? digest(text) : `id:${id}` });
      }
      return value;
    } catch (error) {
      reads.set(key, { op, path, digest: `error:${error.code ?? "unknown"}` });
      throw error;
    }
  };
  return {
    fs: {
      readFile: (path) => record("file", path, () => fs.readFile(path)),
      readText: async (path) => utf8.decode(await record("file", path, () => fs.readFile(path))),
      readdir: (path) => record("readdir", path, () => fs.readdir(path)),
      stat: (path) => record("stat", path, () => fs.stat(path))
    },
    reads: () => [...reads.values()]
  };
}
async function sameAnswers(fs, reads, contentId) {
  const same = async (group) => {
    const answers = await Promise.all(group.map((r) => answer(fs, r.op, r.path, contentId)));
    return answers.every((a, i) => a === group[i].digest);
  };
  return await same(reads.filter((r) => r.op !== "file")) && await same(reads.filter((r) => r.op === "file"));
}

export {
  engineFingerprint,
  cachedSqliteVersion,
  recordingFileSystem,
  sameAnswers,
  exitCodeFor
};
