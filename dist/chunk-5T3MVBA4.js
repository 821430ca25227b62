import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  relativeToRoot,
  rootArgument
} from "./chunk-T46XC5ZO.js";
import {
  REPORT_FORMATS,
  formatReport,
  useColor
} from "./chunk-FEWBZV3W.js";
import {
  oneOf,
  parseCommandArgs
} from "./chunk-T2GVFGAS.js";
import {
  engineFingerprint,
  exitCodeFor,
  recordingFileSystem,
  sameAnswers
} from "./chunk-6ZG7CUCP.js";
import {
  formatCompact
} from "./chunk-ZA5JPQEL.js";
import "./chunk-AF5QLGBF.js";
import {
  sealJson,
  unsealJson
} from "./chunk-NCGKFI47.js";
import "./chunk-B6ZOUR5K.js";
import "./chunk-NTFL5Q3W.js";
import {
  VERSION
} from "./chunk-DE3BHIPR.js";
import "./chunk-DT3BPEHL.js";
import {
  nodePorts
} from "./chunk-2GFK53Y7.js";
import "./chunk-KE6SLBQ2.js";
import "./chunk-AZUCC5EY.js";
import "./chunk-7GPCWZWS.js";
import "./chunk-7RUNULLM.js";

// src/cli/commands/check.ts
import { relative, sep } from "node:path";

// src/cache/node-store.ts
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from "node:fs";
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
      const names = attempt(() => readdirSync(dir)) ?? [];
      return names.filter((n) => n.endsWith(SUFFIX)).map((n) => n.slice(0, -SUFFIX.length));
    },
    async read(key) {
      const bytes = attempt(() => readFileSync(file(key)));
      if (!bytes) return void 0;
      const now = /* @__PURE__ */ new Date();
      attempt(() => utimesSync(file(key), now, now));
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    async write(key, bytes) {
      mkdirSync(dir, { recursive: true });
      const temporary = `${file(key)}.${process.pid}.tmp`;
      writeFileSync(temporary, bytes);
      renameSync(temporary, file(key));
      prune(dir);
    },
    async remove(key) {
      rmSync(file(key), { force: true });
    }
  };
}
function attempt(run2) {
  try {
    return run2();
  } catch {
    return void 0;
  }
}
function prune(dir) {
  const names = readdirSync(dir).filter((n) => n.endsWith(SUFFIX));
  if (names.length <= KEEP) return;
  const dated = names.map((name) => ({
    name,
    used: attempt(() => statSync(join(dir, name)))?.mtimeMs ?? 0
  }));
  dated.sort((a, b) => b.used - a.used);
  for (const d of dated.slice(KEEP)) rmSync(join(dir, d.name), { force: true });
}

// src/cache/run-cache.ts
import { createHash } from "node:crypto";
function runKey(overrides, ports, view) {
  const { cache: _, ...flags } = overrides;
  const digest = createHash("sha256").update(
    JSON.stringify({
      run: 1,
      tool: VERSION,
      engine: engineFingerprint(),
      view,
      root: ports.rootDir,
      flags
    })
  ).digest("hex");
  return `run-${digest.slice(0, 40)}`;
}
function isEntry(value) {
  if (!value || typeof value !== "object") return false;
  const entry = value;
  return Array.isArray(entry.reads) && typeof entry.failOn === "string" && typeof entry.report === "object" && entry.report !== null && Array.isArray(entry.report.findings);
}
function watched(target, used) {
  if (!target) return void 0;
  return new Proxy(target, {
    get(object, name, receiver) {
      const value = Reflect.get(object, name, receiver);
      if (typeof value !== "function") return value;
      return (...args) => {
        used();
        return value.apply(object, args);
      };
    }
  });
}
async function runCheckCached(overrides, ports, options, run2) {
  if (overrides.cache === false) return run2(overrides, ports);
  const started = ports.clock.now();
  const { store } = options;
  const key = runKey(overrides, ports, options.view);
  const bytes = await store.read(key).catch(() => void 0);
  const entry = bytes ? unsealJson(bytes) : void 0;
  if (isEntry(entry) && await sameAnswers(ports.fs, entry.reads, options.contentId)) {
    return {
      report: { ...entry.report, timing: { totalMs: Math.round(ports.clock.now() - started) } },
      failOn: entry.failOn,
      reusable: true
    };
  }
  const recording = recordingFileSystem(ports.fs, options.contentId);
  let outside = false;
  const used = () => {
    outside = true;
  };
  const result = await run2(overrides, {
    ...ports,
    fs: recording.fs,
    process: watched(ports.process, used),
    temp: watched(ports.temp, used),
    git: watched(ports.git, used)
  });
  if (result.reusable && !outside) {
    const { timing: _, ...report } = result.report;
    const fresh = { reads: recording.reads(), report, failOn: result.failOn };
    await store.write(key, sealJson(fresh)).catch(() => void 0);
  }
  return result;
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
  const git = staged ? (await import("./chunk-HH737P4C.js")).nodeGitIndex(rootDir) : void 0;
  try {
    const index = git ? await (await import("./chunk-ZZHYPFSH.js")).indexFileSystem(git) : void 0;
    const store = nodeCacheStore(defaultCacheDir(rootDir, io.env));
    const ports = { ...base, ...index ? { fs: index } : {}, replayCache: store };
    const result = await runCheckCached(
      overrides,
      ports,
      { store, view: index ? "staged" : "worktree", ...index ? { contentId: index.blobId } : {} },
      async (o, p) => {
        (await import("./chunk-QJISTBTK.js")).warmUpReplayWorker();
        return (await import("./chunk-CBMPLTLA.js")).runCheck(o, p);
      }
    );
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
