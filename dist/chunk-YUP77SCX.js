import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  modelError
} from "./chunk-XPKFVV7V.js";
import {
  baseName,
  normalizeJoin
} from "./chunk-7GNWDYXP.js";

// src/models/fs-walk.ts
var SKIPPED = /* @__PURE__ */ new Set(["node_modules", ".git", "dist", "build", "coverage", "migrations"]);
async function findFiles(fs, dir, accept, depth = 8) {
  const out = [];
  let entries;
  try {
    entries = await fs.readdir(dir);
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = normalizeJoin(dir, entry.name);
    if (entry.kind === "file" && accept(entry.name)) out.push(path);
    else if (entry.kind === "dir" && depth > 0 && !SKIPPED.has(entry.name) && !entry.name.startsWith(".")) {
      out.push(...await findFiles(fs, path, accept, depth - 1));
    }
  }
  return out;
}
async function readTextIfFile(fs, path) {
  if ((await fs.stat(path))?.kind !== "file") return void 0;
  return fs.readText(path);
}

// src/models/drizzle/locate.ts
var CONFIG_NAMES = [
  "drizzle.config.ts",
  "drizzle.config.mts",
  "drizzle.config.cts",
  "drizzle.config.js",
  "drizzle.config.mjs",
  "drizzle.config.cjs"
];
var SOURCE = /\.(ts|mts|cts|tsx|js|mjs|cjs|jsx)$/;
function isConfigFile(path) {
  return /^drizzle(\.[\w-]+)?\.config\.[mc]?[jt]s$/.test(baseName(path));
}
async function findConfig(fs, path) {
  const kind = (await fs.stat(path))?.kind;
  if (kind === "file") return isConfigFile(path) ? path : void 0;
  if (kind !== "dir") return void 0;
  for (const name of CONFIG_NAMES) {
    const candidate = normalizeJoin(path, name);
    if ((await fs.stat(candidate))?.kind === "file") return candidate;
  }
  return void 0;
}
function importsSqliteCore(text) {
  return /from\s+['"]drizzle-orm\/sqlite-core['"]/.test(text);
}
async function findSchemaFiles(fs, path) {
  const kind = (await fs.stat(path))?.kind;
  const candidates = kind === "file" ? [path] : kind === "dir" ? await findFiles(
    fs,
    path,
    (name) => SOURCE.test(name) && !name.endsWith(".d.ts") && !name.includes(".test."),
    6
  ) : [];
  const out = [];
  for (const file of candidates) {
    const text = await readTextIfFile(fs, file);
    if (text !== void 0 && importsSqliteCore(text)) out.push(file);
  }
  return out;
}

// src/models/build.ts
async function buildGenerated(statements, hints, build) {
  const built = await build(statements, { hints });
  const findings = built.errors.map(
    (e) => modelError(`SQLite rejects the DDL generated for this model: ${e.message}`, e.statement.location)
  );
  return { schema: built.schema, findings };
}

export {
  findFiles,
  readTextIfFile,
  findConfig,
  findSchemaFiles,
  buildGenerated
};
