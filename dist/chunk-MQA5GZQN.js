import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  REPORT_FORMATS,
  formatReport,
  useColor
} from "./chunk-7YDKHVJT.js";
import {
  exitCodeFor,
  runCheck
} from "./chunk-DJHLYUB7.js";
import "./chunk-LBA6YPGD.js";
import {
  nodeGitIndex
} from "./chunk-DNQKRFLX.js";
import "./chunk-JS5YJCF4.js";
import {
  nodePorts
} from "./chunk-HWF3VQN3.js";
import "./chunk-VXB77DQG.js";
import "./chunk-26WOWWPH.js";
import "./chunk-GG2JIFAQ.js";
import {
  relativeToRoot,
  rootArgument
} from "./chunk-T46XC5ZO.js";
import {
  oneOf,
  parseCommandArgs
} from "./chunk-T2GVFGAS.js";
import "./chunk-VOJG7DOK.js";
import {
  formatCompact
} from "./chunk-FWELV3KW.js";
import "./chunk-STLIIMTE.js";
import "./chunk-QDODJ2OD.js";
import "./chunk-7GNWDYXP.js";
import "./chunk-WCBB5UAT.js";
import "./chunk-DE3BHIPR.js";
import "./chunk-7GPCWZWS.js";
import "./chunk-A3LC6VE6.js";
import "./chunk-2D2EWRF2.js";
import "./chunk-XCRFEYVM.js";
import "./chunk-NTFL5Q3W.js";
import "./chunk-W2UEVIN2.js";
import "./chunk-XPKFVV7V.js";
import "./chunk-7RUNULLM.js";

// src/cli/commands/check.ts
import { relative, sep } from "node:path";

// src/cache/node-store.ts
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
var SUFFIX = ".replay";
var KEEP = 24;
function defaultCacheDir(rootDir, env) {
  if (env.DRIFTCHECK_CACHE_DIR) return env.DRIFTCHECK_CACHE_DIR;
  const modules = join(rootDir, "node_modules");
  if (existsSync(modules)) return join(modules, ".cache", "driftcheck");
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), ".cache");
  return join(base, "driftcheck");
}
function nodeCacheStore(dir) {
  const file = (key) => join(dir, `${key}${SUFFIX}`);
  return {
    async keys() {
      const names = await readdir(dir).catch(() => []);
      return names.filter((n) => n.endsWith(SUFFIX)).map((n) => n.slice(0, -SUFFIX.length));
    },
    async read(key) {
      const bytes = await readFile(file(key)).catch(() => void 0);
      if (!bytes) return void 0;
      const now = /* @__PURE__ */ new Date();
      await utimes(file(key), now, now).catch(() => void 0);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    async write(key, bytes) {
      await mkdir(dir, { recursive: true });
      const temporary = `${file(key)}.${process.pid}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, file(key));
      await prune(dir);
    },
    async remove(key) {
      await rm(file(key), { force: true });
    }
  };
}
async function prune(dir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith(SUFFIX));
  if (names.length <= KEEP) return;
  const dated = await Promise.all(
    names.map(async (name) => ({
      name,
      used: (await stat(join(dir, name)).catch(() => void 0))?.mtimeMs ?? 0
    }))
  );
  dated.sort((a, b) => b.used - a.used);
  await Promise.all(dated.slice(KEEP).map((d) => rm(join(dir, d.name), { force: true })));
}

// src/git/index-fs.ts
var SYMLINK = "120000";
var SUBMODULE = "160000";
function normalize(path) {
  const out = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) return void 0;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}
function parentOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function notFound(path) {
  return Object.assign(new Error(`not in the git index: ${path}`), { code: "ENOENT" });
}
async function indexFileSystem(git) {
  const files = /* @__PURE__ */ new Map();
  const links = /* @__PURE__ */ new Map();
  const dirs = /* @__PURE__ */ new Map([["", /* @__PURE__ */ new Map()]]);
  const addDir = (path) => {
    let children = dirs.get(path);
    if (children) return children;
    children = /* @__PURE__ */ new Map();
    dirs.set(path, children);
    const parent = parentOf(path);
    addDir(parent).set(path.slice(parent ? parent.length + 1 : 0), "dir");
    return children;
  };
  for (const entry of await git.listStaged()) {
    if (entry.mode === SUBMODULE) continue;
    const path = normalize(entry.path);
    if (!path) continue;
    if (entry.mode === SYMLINK) links.set(path, entry);
    else files.set(path, entry);
    const parent = parentOf(path);
    addDir(parent).set(path.slice(parent ? parent.length + 1 : 0), "file");
  }
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const linkTargets = /* @__PURE__ */ new Map();
  const resolve = async (path, hops = 0) => {
    const normal = normalize(path);
    if (normal === void 0 || hops > 8) return void 0;
    const parent = parentOf(normal);
    const base = normal.slice(parent ? parent.length + 1 : 0);
    const realParent = parent === "" ? "" : await resolve(parent, hops);
    if (realParent === void 0) return void 0;
    const candidate = realParent ? `${realParent}/${base}` : base;
    const link = links.get(candidate);
    if (!link) return files.has(candidate) || dirs.has(candidate) ? candidate : void 0;
    if (!linkTargets.has(candidate)) {
      const target = decoder.decode(await git.readBlob(link.oid));
      const joined = target.startsWith("/") ? void 0 : `${parentOf(candidate)}/${target}`;
      linkTargets.set(candidate, joined === void 0 ? void 0 : await resolve(joined, hops + 1));
    }
    return linkTargets.get(candidate);
  };
  const readFile2 = async (path) => {
    const real = await resolve(path);
    const entry = real === void 0 ? void 0 : files.get(real);
    if (!entry) throw notFound(path);
    return git.readBlob(entry.oid);
  };
  return {
    readFile: readFile2,
    async readText(path) {
      return decoder.decode(await readFile2(path));
    },
    async readdir(path) {
      const real = await resolve(path);
      const children = real === void 0 ? void 0 : dirs.get(real);
      if (!children) throw notFound(path);
      const entries = [];
      for (const [name, placeholder] of children) {
        const child = real ? `${real}/${name}` : name;
        let kind = placeholder;
        if (links.has(child)) {
          const target = await resolve(child);
          kind = target === void 0 ? void 0 : dirs.has(target) ? "dir" : "file";
        }
        if (kind) entries.push({ name, kind });
      }
      return entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    },
    async stat(path) {
      const real = await resolve(path);
      if (real === void 0) return void 0;
      return dirs.has(real) ? { kind: "dir" } : { kind: "file" };
    }
  };
}

// src/cli/commands/check.ts
var CHECK_FORMATS = [...REPORT_FORMATS, "compact"];
var OPTIONS = {
  config: { type: "string" },
  project: { type: "string" },
  migrations: { type: "string" },
  "migrations-format": { type: "string" },
  models: { type: "string" },
  "models-format": { type: "string" },
  database: { type: "string", multiple: true },
  base: { type: "string" },
  "keep-going": { type: "boolean" },
  format: { type: "string" },
  "fail-on": { type: "string" },
  "no-color": { type: "boolean" },
  staged: { type: "boolean" },
  "no-cache": { type: "boolean" }
};
async function run(args, io) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, "check");
  const rootDir = rootArgument(positionals, io.cwd, "check");
  const format = oneOf(values.format, CHECK_FORMATS, "--format", "text");
  const failOnFlag = values["fail-on"] === void 0 ? void 0 : oneOf(values["fail-on"], ["error", "warning", "notice", "never"], "--fail-on", "error");
  const rel = (p) => typeof p === "string" ? relativeToRoot(io.cwd, rootDir, p) : void 0;
  const overrides = {
    config: rel(values.config),
    project: values.project,
    migrations: rel(values.migrations),
    migrationsFormat: values["migrations-format"],
    models: rel(values.models),
    modelsFormat: values["models-format"],
    database: values.database?.map((d) => relativeToRoot(io.cwd, rootDir, d)),
    keepGoing: values["keep-going"] === true ? true : void 0,
    base: values.base,
    failOn: failOnFlag,
    ...values["no-cache"] === true ? { cache: false } : {}
  };
  const staged = values.staged === true;
  const base = await nodePorts(rootDir);
  const git = staged ? nodeGitIndex(rootDir) : void 0;
  try {
    const ports = {
      ...base,
      // --staged: what the commit would record, from the git index; unstaged edits are invisible.
      ...git ? { fs: await indexFileSystem(git) } : {},
      replayCache: nodeCacheStore(defaultCacheDir(rootDir, io.env))
    };
    const result = await runCheck(overrides, ports);
    const color = !values["no-color"] && useColor(io);
    io.stdout(
      format === "compact" ? formatCompact(result.report, { color, detailsCommand: detailsCommand(io.cwd, rootDir, staged) }) : formatReport(result.report, format, { color })
    );
    return exitCodeFor(result.report, result.failOn);
  } finally {
    git?.close();
    await base.temp?.cleanup();
  }
}
function detailsCommand(cwd, rootDir, staged) {
  const root = relative(cwd, rootDir).split(sep).join("/");
  return ["npx driftcheck check", staged ? "--staged" : "", root && !root.startsWith("..") ? root : ""].filter(Boolean).join(" ");
}
export {
  run
};
