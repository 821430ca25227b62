import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  LOCK_FILE,
  parseLock,
  verifyLock
} from "./chunk-LBA6YPGD.js";
import {
  loadModelSet
} from "./chunk-S4XYVXN4.js";
import {
  loadMigrationSet
} from "./chunk-ACDL3ORN.js";
import {
  applyRuleSettings,
  compareSchemas,
  ignoreMatcher
} from "./chunk-2OOMY2B6.js";
import {
  cachedSqliteVersion,
  engineFingerprint,
  recordingFileSystem,
  sameAnswers
} from "./chunk-6ZG7CUCP.js";
import {
  budgetText,
  coolDownReplayWorker,
  replayIsolated,
  spawnWorker,
  superviseWorker,
  warmUpReplayWorker
} from "./chunk-UANHHYL5.js";
import {
  loadConfig,
  repositoryName,
  resolveProjects
} from "./chunk-MZBL4TKY.js";
import {
  sortFindings,
  summarize
} from "./chunk-AF5QLGBF.js";
import {
  sealJson,
  sealRecord,
  unsealJson,
  unsealRecord
} from "./chunk-NCGKFI47.js";
import {
  RULES
} from "./chunk-B6ZOUR5K.js";
import {
  VERSION
} from "./chunk-DE3BHIPR.js";
import {
  withoutToolTables
} from "./chunk-DMUKLVO4.js";
import {
  statementTable
} from "./chunk-6NLCI4VA.js";
import {
  significantTokens
} from "./chunk-RNDVHOK7.js";
import {
  PROGRESS_BYTES
} from "./chunk-F7ROIKNO.js";
import {
  sqliteVersion
} from "./chunk-FGG54ITE.js";
import {
  gitText
} from "./chunk-KE6SLBQ2.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";

// src/cache/models-cache.ts
import { createHash } from "node:crypto";
async function loadModelsCached(ports, project, deps, load) {
  if (project.models?.format === "command") return load(ports, project);
  const key = `models-${createHash("sha256").update(JSON.stringify([deps.identity.tool, deps.identity.engine, project.root, project.models ?? null])).digest("hex").slice(0, 32)}`;
  const bytes = await deps.store.read(key).catch(() => void 0);
  const entry = bytes ? unsealJson(bytes) : void 0;
  if (entry && Array.isArray(entry.reads) && await sameAnswers(ports.fs, entry.reads))
    return entry.loaded ?? void 0;
  const recording = recordingFileSystem(ports.fs);
  const loaded = await load({ ...ports, fs: recording.fs }, project);
  const fresh = { reads: recording.reads(), loaded: loaded ?? null };
  await deps.store.write(key, sealJson(fresh)).catch(() => void 0);
  return loaded;
}

// src/cache/entry.ts
var MAGIC = "DCRC1\n";
function encodeEntry(entry) {
  const { database, ...meta } = entry;
  return sealRecord(MAGIC, meta, [database]);
}
function decodeEntry(bytes, key) {
  const record = unsealRecord(MAGIC, bytes);
  if (!record) return void 0;
  const meta = record.meta;
  if (meta?.key !== key || typeof meta.count !== "number" || !meta.schema || !meta.provenance)
    return void 0;
  return { ...meta, database: record.blobs.slice() };
}

// src/cache/keys.ts
import { createHash as createHash2 } from "node:crypto";
function sha256(text) {
  return createHash2("sha256").update(text).digest("hex");
}
function migrationDigest(migration) {
  return sha256(
    JSON.stringify([
      migration.id,
      migration.version,
      migration.name,
      migration.path,
      migration.transaction,
      migration.repeatable ?? false,
      migration.up,
      sha256(migration.checksumSource)
    ])
  );
}
function prefixKeys(set, identity) {
  let key = sha256(
    JSON.stringify({
      cache: 1,
      tool: identity.tool,
      engine: identity.engine,
      keepGoing: identity.keepGoing,
      functions: [...identity.functions].sort(),
      format: set.format,
      foreignKeys: set.foreignKeys,
      outerTransaction: set.outerTransaction ?? false
    })
  );
  const keys = [];
  for (const migration of set.migrations) {
    key = sha256(`${key}
${migrationDigest(migration)}`);
    keys.push(key.slice(0, 40));
  }
  return keys;
}

// src/cache/replay-cache.ts
async function replayWithCache(set, options, deps, lookup) {
  const { keys, base } = lookup ?? await lookupReplay(set, options, deps);
  const total = set.migrations.length;
  if (base && base.count === total) {
    return {
      schema: base.schema,
      failures: [],
      applied: total,
      notReplayed: 0,
      cache: { status: "hit", reused: total }
    };
  }
  const replay = await deps.replay(set, {
    keepGoing: options.keepGoing,
    functions: options.functions,
    ...options.budgetMs !== void 0 ? { budgetMs: options.budgetMs } : {},
    ...options.signal ? { signal: options.signal } : {},
    ...options.handOver ? { handOver: options.handOver } : {},
    ...base ? { database: base.database, from: base.count, provenance: base.provenance } : {},
    exportDatabase: total > 0
  });
  const reused = base?.count ?? 0;
  const applied = reused + replay.applied;
  const clean = replay.failures.length === 0 && replay.notReplayed === 0 && applied === total && replay.schema;
  if (clean && replay.database && replay.schema && total > 0) {
    const key = keys[total - 1];
    const entry = {
      key,
      count: total,
      schema: replay.schema,
      provenance: replay.provenance,
      database: replay.database
    };
    await deps.store.write(key, encodeEntry(entry)).catch(() => void 0);
  }
  return {
    ...replay.schema ? { schema: replay.schema } : {},
    failures: replay.failures,
    applied,
    ...replay.stoppedAt !== void 0 ? { stoppedAt: replay.stoppedAt } : {},
    notReplayed: replay.notReplayed,
    cache: { status: base ? "prefix" : "miss", reused }
  };
}
async function lookupReplay(set, options, deps) {
  const keys = prefixKeys(set, {
    ...deps.identity,
    keepGoing: options.keepGoing,
    functions: options.functions
  });
  const base = await findEntry(set, keys, deps.store);
  return base ? { keys, base } : { keys };
}
async function findEntry(set, keys, store) {
  if (keys.length === 0) return void 0;
  const present = new Set(await store.keys().catch(() => []));
  const lowest = set.outerTransaction ? keys.length - 1 : 0;
  for (let i = keys.length - 1; i >= lowest; i--) {
    const key = keys[i];
    if (!present.has(key)) continue;
    const bytes = await store.read(key);
    const entry = bytes ? decodeEntry(bytes, key) : void 0;
    if (entry && entry.count === i + 1) return entry;
    await store.remove(key).catch(() => void 0);
  }
  return void 0;
}

// src/cache/history-cache.ts
import { createHash as createHash3 } from "node:crypto";
var HISTORY_RULES = ["destructive-change", "down-mismatch"];
var sha2562 = (text) => createHash3("sha256").update(text).digest("hex");
function settings(project, set, identity) {
  return {
    tool: identity.tool,
    engine: identity.engine,
    functions: project.functions,
    rules: HISTORY_RULES.map((rule) => project.rules[rule] === "off"),
    format: set.format,
    foreignKeys: set.foreignKeys,
    outerTransaction: set.outerTransaction ?? false
  };
}
function historyKey(project, set, identity) {
  const digest = createHash3("sha256").update(JSON.stringify({ history: 1, ...settings(project, set, identity) })).update(JSON.stringify(set.migrations)).digest("hex");
  return `history-${digest.slice(0, 40)}`;
}
function historyStateKeys(project, set, identity) {
  let key = sha2562(JSON.stringify({ historyState: 1, ...settings(project, set, identity) }));
  return set.migrations.map((migration) => {
    key = sha2562(`${key}
${sha2562(JSON.stringify(migration))}`);
    return `hstate-${key.slice(0, 40)}`;
  });
}
async function historyFindingsCached(project, set, deps, analyse) {
  const key = historyKey(project, set, deps.identity);
  const bytes = await deps.store.read(key).catch(() => void 0);
  const cached = bytes ? unsealJson(bytes) : void 0;
  if (Array.isArray(cached)) return cached;
  const { findings, cacheable } = await analyse(project, set);
  if (cacheable) await deps.store.write(key, sealJson(findings)).catch(() => void 0);
  return findings;
}
var MAGIC2 = "DCHS1\n";
function encodeHistoryState(key, state) {
  const { destructive, down } = state;
  const meta = {
    key,
    count: state.count,
    ...destructive ? {
      destructive: {
        connection: destructive.connection,
        state: destructive.state,
        bytes: destructive.database.length
      }
    } : {},
    ...down ? { down: { connection: down.connection, findings: down.findings, bytes: down.database.length } } : {}
  };
  const databases = [destructive?.database, down?.database].filter((d) => d !== void 0);
  return sealRecord(MAGIC2, meta, databases);
}
function decodeHistoryState(bytes, key) {
  const record = unsealRecord(MAGIC2, bytes);
  if (!record) return void 0;
  const meta = record.meta;
  if (meta?.key !== key || typeof meta.count !== "number") return void 0;
  const { blobs } = record;
  let at = 0;
  const take = (n) => {
    const database = blobs.slice(at, at + n);
    at += n;
    return database;
  };
  const destructive = meta.destructive ? {
    connection: meta.destructive.connection,
    state: meta.destructive.state,
    database: take(meta.destructive.bytes)
  } : void 0;
  const down = meta.down ? { connection: meta.down.connection, findings: meta.down.findings, database: take(meta.down.bytes) } : void 0;
  if (at !== blobs.length) return void 0;
  return { count: meta.count, ...destructive ? { destructive } : {}, ...down ? { down } : {} };
}
async function findHistoryState(set, keys, store) {
  if (set.outerTransaction || keys.length === 0) return void 0;
  const present = new Set(await store.keys().catch(() => []));
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i];
    if (!present.has(key)) continue;
    const bytes = await store.read(key).catch(() => void 0);
    const state = bytes ? decodeHistoryState(bytes, key) : void 0;
    if (state && state.count === i + 1) return state;
    await store.remove(key).catch(() => void 0);
  }
  return void 0;
}
async function storeHistoryState(keys, state, store) {
  const key = keys[state.count - 1];
  if (!key || !state.destructive && !state.down) return;
  await store.write(key, encodeHistoryState(key, state)).catch(() => void 0);
}

// src/integrity/history-isolated.ts
var HISTORY_WORKER = {
  bundled: "./history-worker.js",
  source: "../integrity/history-worker.ts"
};
function label(path) {
  return path.split("/").pop() ?? path;
}
function timeoutNotice(request, progress, budgetMs) {
  const [index = 0, statement = -1, pass = 0] = progress;
  const migration = request.set.migrations[index];
  const at = migration.up[Math.max(0, statement)]?.location ?? { path: migration.path, line: 1 };
  return {
    rule: pass === 0 ? "destructive-change" : "down-mismatch",
    severity: "notice",
    message: `${label(migration.path)} did not finish within its time budget (${budgetText(budgetMs)}) ${pass === 0 ? "on a database with seeded rows" : "in the down round trips"}, so the history analysis stopped there: data loss and down migrations are not checked.`,
    locations: [at]
  };
}
function historyIsolated(request, budgetMs, handedOver) {
  let stopped = false;
  let stopSupervised;
  const worker = handedOver ? handedOver.then((thread) => thread ?? spawnHistoryWorker()) : Promise.resolve(spawnHistoryWorker());
  const end = () => void worker.then(
    (thread) => thread.terminate(),
    () => void 0
  );
  const result = Promise.all([request, worker]).then(
    async ([ready, thread]) => {
      if (stopped) return { findings: [], complete: false };
      const message = {
        ...ready,
        kind: "history",
        progress: new SharedArrayBuffer(PROGRESS_BYTES)
      };
      const supervised = superviseWorker(thread, message, budgetMs, "history worker");
      stopSupervised = supervised.stop;
      const outcome = await supervised.result;
      if (outcome.done) return { ...outcome.done, complete: true };
      if (!outcome.timedOut) return { findings: [], complete: false };
      return { findings: [timeoutNotice(ready, outcome.timedOut, budgetMs)], complete: false };
    },
    (error) => {
      end();
      throw error;
    }
  );
  return {
    result,
    stop: () => {
      stopped = true;
      if (stopSupervised) stopSupervised();
      else end();
    },
    keepAlive: () => void worker.then(
      (thread) => thread.ref(),
      () => void 0
    )
  };
}
function spawnHistoryWorker() {
  const worker = spawnWorker(HISTORY_WORKER, { maxYoungGenerationSizeMb: 4 });
  worker.unref();
  return worker;
}

// src/integrity/history-rules.ts
function historyRules(project) {
  return {
    destructive: project.rules["destructive-change"] !== "off",
    down: project.rules["down-mismatch"] !== "off"
  };
}

// src/integrity/history-run.ts
function startHistoryAnalysis(project, set, options) {
  const rules = historyRules(project);
  const release = () => void options.worker?.then((thread) => thread?.terminate());
  if (!rules.destructive && !rules.down || set.migrations.length === 0) {
    release();
    return { findings: async () => [], stop: () => void 0, timedOut: () => false };
  }
  const { cache } = options;
  let running;
  let stopped = false;
  let wanted = false;
  let incomplete = false;
  const analyse = async () => {
    if (stopped) return { findings: [], cacheable: false };
    const keys = cache ? historyStateKeys(project, set, cache.identity) : [];
    const save = cache !== void 0 && !set.outerTransaction;
    const request = (async () => {
      const resume = cache ? await findHistoryState(set, keys, cache.store) : void 0;
      return { set, functions: project.functions, rules, save, ...resume ? { resume } : {} };
    })();
    running = historyIsolated(request, options.budgetMs, options.worker);
    if (stopped) running.stop();
    if (wanted) running.keepAlive();
    const result = await running.result;
    incomplete = !result.complete && !stopped;
    if (cache && result.complete && result.state) await storeHistoryState(keys, result.state, cache.store);
    return { findings: result.findings, cacheable: result.complete };
  };
  const findings = cache ? historyFindingsCached(project, set, cache, analyse) : analyse().then((r) => r.findings);
  findings.catch(() => void 0);
  void findings.finally(() => {
    if (!running) release();
  }).catch(() => void 0);
  return {
    findings: () => {
      wanted = true;
      running?.keepAlive();
      return findings;
    },
    stop: () => {
      stopped = true;
      running?.stop();
    },
    timedOut: () => incomplete
  };
}

// src/git/base-ref.ts
var NotARepositoryError = class extends UsageError {
};
async function commitOf(runner, ref) {
  return (await gitText(runner, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]))?.trim() || void 0;
}
async function resolveBase(runner, ref) {
  const inside = await gitText(runner, ["rev-parse", "--is-inside-work-tree"]);
  if (inside?.trim() !== "true")
    throw new NotARepositoryError(
      `--base ${ref} needs a git repository, and the checked directory is not inside one`
    );
  const prefix = (await gitText(runner, ["rev-parse", "--show-prefix"]))?.trim() ?? "";
  let commit = await commitOf(runner, ref);
  let fetchError = "";
  if (!commit) {
    const remoteRef = ref.replace(/^(?:refs\/remotes\/)?origin\//, "");
    const fetched = await runner.git(["fetch", "--no-tags", "--depth=1", "origin", remoteRef]);
    if (fetched.code === 0) commit = await commitOf(runner, "FETCH_HEAD");
    else fetchError = fetched.stderr.trim().split("\n").pop() ?? "";
  }
  if (!commit)
    throw new UsageError(
      `cannot read the base ref "${ref}": it is not in this clone` + (fetchError ? ` and fetching it from origin failed (${fetchError})` : "") + ". Fetch it first (git fetch origin <branch>), or in GitHub Actions set `fetch-depth: 0` on actions/checkout"
    );
  return { ref, commit, prefix };
}

// src/git/tree-fs.ts
async function gitTreeFileSystem(runner, commit, prefix) {
  const base = prefix.replace(/\/?$/, prefix ? "/" : "");
  const listing = await runner.git([
    "ls-tree",
    "-r",
    "-z",
    "--full-tree",
    "--name-only",
    commit,
    "--",
    ...base ? [base] : []
  ]);
  if (listing.code !== 0) throw new Error(`git ls-tree ${commit} failed: ${listing.stderr.trim()}`);
  const files = /* @__PURE__ */ new Set();
  const dirs = /* @__PURE__ */ new Map([["", /* @__PURE__ */ new Map()]]);
  const addDir = (path) => {
    let entries = dirs.get(path);
    if (entries) return entries;
    entries = /* @__PURE__ */ new Map();
    dirs.set(path, entries);
    const slash = path.lastIndexOf("/");
    addDir(slash < 0 ? "" : path.slice(0, slash)).set(path.slice(slash + 1), "dir");
    return entries;
  };
  for (const full of new TextDecoder().decode(listing.stdout).split("\0")) {
    if (full.length === 0 || !full.startsWith(base)) continue;
    const path = full.slice(base.length);
    files.add(path);
    const slash = path.lastIndexOf("/");
    addDir(slash < 0 ? "" : path.slice(0, slash)).set(path.slice(slash + 1), "file");
  }
  const missing = (path) => Object.assign(new Error(`ENOENT: ${path} (in ${commit})`), { code: "ENOENT" });
  const readFile = async (path) => {
    if (!files.has(path)) throw missing(path);
    const blob = await runner.git(["cat-file", "blob", `${commit}:${base}${path}`]);
    if (blob.code !== 0) throw missing(path);
    return blob.stdout;
  };
  return {
    readFile,
    async readText(path) {
      return new TextDecoder().decode(await readFile(path));
    },
    async readdir(path) {
      const entries = dirs.get(path);
      if (!entries) throw Object.assign(new Error(`ENOTDIR: ${path} (in ${commit})`), { code: "ENOTDIR" });
      return [...entries].map(([name, kind]) => ({ name, kind })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    },
    async stat(path) {
      if (dirs.has(path)) return { kind: "dir" };
      if (files.has(path)) return { kind: "file" };
      return void 0;
    }
  };
}

// src/integrity/same-tokens.ts
function withoutPythonComments(text) {
  let out = "";
  let quote;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      out += ch;
      if (ch === "\\") out += text[++i] ?? "";
      else if (text.startsWith(quote, i)) {
        out += quote.slice(1);
        i += quote.length - 1;
        quote = void 0;
      }
    } else if (ch === "#") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (ch === '"' || ch === "'") {
      quote = text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      out += quote;
      i += quote.length - 1;
    } else out += ch;
  }
  return out;
}
function meaningful(text, path) {
  const source = path.endsWith(".py") ? withoutPythonComments(text) : text;
  return significantTokens(source).map((t) => t.kind === "word" ? t.text.toUpperCase() : t.text);
}
function sameTokens(before, after, path) {
  const a = meaningful(before, path);
  const b = meaningful(after, path);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
function firstChangedLine(before, after) {
  const a = before.split(/\r\n?|\n/);
  const b = after.split(/\r\n?|\n/);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return Math.min(i, Math.max(0, b.length - 1)) + 1;
}

// src/integrity/base.ts
function label2(m) {
  return m.path.split("/").pop() ?? m.path;
}
function edited(ref, before, after) {
  const cosmetic = sameTokens(before.checksumSource, after.checksumSource, after.path);
  const at = {
    path: after.path,
    line: firstChangedLine(before.checksumSource, after.checksumSource)
  };
  return {
    rule: "migration-edited",
    severity: cosmetic ? "notice" : "error",
    message: cosmetic ? `${label2(after)} is on ${ref} and only its comments or whitespace changed.` : `${label2(after)} is already on ${ref} and was changed: databases that applied it will not run it again, so they and fresh databases diverge. Revert the edit and put the change in a new migration.`,
    locations: [at]
  };
}
function compareWithBase(ref, base, current) {
  const findings = [];
  const byId = new Map(current.migrations.map((m) => [m.id, m]));
  const baseIds = new Set(base.migrations.map((m) => m.id));
  const added = current.migrations.filter((m) => !baseIds.has(m.id));
  const renamedTo = /* @__PURE__ */ new Set();
  for (const before of base.migrations) {
    if (before.repeatable) continue;
    const after = byId.get(before.id);
    if (after) {
      if (after.checksumSource !== before.checksumSource) findings.push(edited(ref, before, after));
      continue;
    }
    const moved = added.find((m) => m.checksumSource === before.checksumSource) ?? added.find((m) => m.version === before.version && !m.repeatable);
    if (moved) {
      renamedTo.add(moved.id);
      findings.push({
        rule: "migration-edited",
        severity: "error",
        message: `${before.path} (on ${ref}) was renamed to ${moved.path}: trackers record it by ${before.version === moved.version ? "name" : "version"}, so databases that applied it will run it again. Keep the original name.`,
        locations: [{ path: moved.path, line: 1 }]
      });
    } else {
      findings.push({
        rule: "migration-edited",
        severity: "error",
        message: `${before.path} is on ${ref} and was deleted: databases that applied it keep its changes, fresh databases will not have them. Restore it; undo its changes in a new migration instead.`,
        locations: [{ path: before.path, line: 1 }]
      });
    }
  }
  let newestBase = -1;
  current.migrations.forEach((m, i) => {
    if (baseIds.has(m.id) && !m.repeatable) newestBase = i;
  });
  const newest = current.migrations[newestBase];
  current.migrations.forEach((m, i) => {
    if (i >= newestBase || baseIds.has(m.id) || m.repeatable || renamedTo.has(m.id)) return;
    findings.push({
      rule: "migration-order",
      severity: "error",
      message: `${label2(m)} is new but sorts before ${label2(newest)}, which is already on ${ref}: databases that applied ${label2(newest)} will skip it (or refuse to migrate). Give it a version after ${newest.version}.`,
      locations: [m.up[0]?.location ?? { path: m.path, line: 1 }]
    });
  });
  return findings;
}

// src/integrity/check-base.ts
async function checkAgainstBase(git, ref, project, current) {
  const base = await resolveBase(git, ref);
  const fs = await gitTreeFileSystem(git, base.commit, base.prefix);
  const dir = current.dir;
  if (dir && (await fs.stat(dir))?.kind !== "dir") return [];
  const loaded = await loadMigrationSet(fs, project.root, {
    ...project.migrations,
    path: dir,
    format: current.format
  });
  if (!loaded) return [];
  return compareWithBase(ref, loaded.set, current);
}

// src/integrity/index.ts
async function integrityFindings(fs, project, set, options) {
  const findings = [];
  if (options.base) {
    try {
      if (!options.git) throw new UsageError("--base needs git, which is not available here");
      findings.push(...await checkAgainstBase(options.git, options.base, project, set));
    } catch (error) {
      if (!(error instanceof UsageError) || !options.baseIfAvailable) throw error;
      if (!(error instanceof NotARepositoryError))
        findings.push({
          rule: "migration-edited",
          severity: "notice",
          message: `Edited and out-of-order migrations were not checked against the base: ${error.message}.`,
          locations: []
        });
    }
  }
  if ((await fs.stat(LOCK_FILE))?.kind === "file")
    findings.push(...verifyLock(parseLock(await fs.readText(LOCK_FILE)), set));
  return findings;
}

// src/node/heap.ts
import { setFlagsFromString } from "node:v8";
var favoured = false;
function favourMemoryOverSpeed() {
  if (favoured) return false;
  favoured = true;
  setFlagsFromString("--optimize-for-size");
  return true;
}

// src/rules/replay-error.ts
function excerpt(sql, lines = 3) {
  const all = sql.replace(/\r\n?/g, "\n").split("\n");
  return all.length <= lines ? all.join("\n") : `${all.slice(0, lines).join("\n")}
\u2026`;
}
function indent(text) {
  return text.split("\n").map((line) => `    ${line}`).join("\n");
}
var LEAD = {
  sqlite: "fails on a fresh database",
  rows: "fails on every database where the table has rows",
  blocked: "cannot be replayed",
  timeout: "did not finish within its time budget"
};
function replayFailureFinding(failure, project) {
  const { location } = failure;
  const table = failure.kind === "blocked" ? void 0 : statementTable(failure.sql);
  const statement = failure.kind === "blocked" || !failure.sql ? "" : `

${indent(excerpt(failure.sql))}`;
  const hint = failure.hint ? `

${failure.hint}` : "";
  return {
    rule: "replay-error",
    severity: RULES["replay-error"].severity,
    ...project ? { project } : {},
    ...table ? { table } : {},
    message: `${location.path}:${location.line} ${LEAD[failure.kind]}: ${failure.message}${statement}${hint}`,
    locations: [location],
    ...failure.fix ? { fix: failure.fix } : {}
  };
}
function replayErrorFindings(outcome, set, project) {
  const findings = outcome.failures.map((failure) => replayFailureFinding(failure, project));
  if (outcome.stoppedAt !== void 0 && outcome.notReplayed > 0) {
    const failed = set.migrations[outcome.stoppedAt];
    const next = set.migrations[outcome.stoppedAt + 1];
    const n = outcome.notReplayed;
    findings.push({
      rule: "replay-error",
      severity: "warning",
      ...project ? { project } : {},
      message: `${n} later migration${n === 1 ? " was" : "s were"} not replayed because ${failed?.path ?? "a migration"} failed, so what they create is not checked. Fix the failure, or run with --keep-going to replay past it.`,
      locations: next ? [{ path: next.path, line: 1 }] : []
    });
  }
  return findings;
}

// src/check.ts
async function runCheck(overrides, ports) {
  const started = ports.clock.now();
  const { config } = await loadConfig(
    ports.fs,
    overrides.config,
    overrides.cache === false ? void 0 : ports.replayCache
  );
  const projects = resolveProjects(config, overrides, repositoryName(ports.rootDir));
  const projectReports = [];
  const findings = [];
  const cacheOff = overrides.cache === false || config.cache === false;
  const cache = cacheOff ? void 0 : ports.replayCache;
  let timedOut = false;
  for (const project of projects) {
    const result = await checkProject(project, ports, overrides, cache);
    projectReports.push(result.report);
    findings.push(...result.findings);
    timedOut ||= result.timedOut;
  }
  const sorted = sortFindings(findings);
  return {
    report: {
      version: 1,
      tool: { name: "driftcheck", version: VERSION },
      engine: { sqlite: cache ? await cachedSqliteVersion(cache) : await sqliteVersion() },
      projects: projectReports,
      findings: sorted,
      summary: summarize(sorted),
      timing: { totalMs: Math.round(ports.clock.now() - started) }
    },
    failOn: overrides.failOn ?? config.failOn ?? "error",
    reusable: !cacheOff && !timedOut
  };
}
var LEAN_REPLAY = { from: 200, to: 2e3 };
var SHARED_WORKER_PENDING = 20;
function handOff() {
  let give = () => void 0;
  const promise = new Promise((resolve) => {
    give = resolve;
  });
  return { promise, give };
}
async function checkProject(project, ports, overrides, cache) {
  const detected = [];
  const findings = [];
  const ignore = ignoreMatcher(project.ignore);
  const command = project.migrations.format === "command" ? project.migrations.command : void 0;
  const loaded = command ? void 0 : await loadMigrationSet(ports.fs, project.root, project.migrations);
  const identity = { tool: VERSION, engine: engineFingerprint() };
  const replayOptions = {
    keepGoing: project.keepGoing,
    functions: project.functions,
    budgetMs: project.timeoutMs
  };
  const lookup = loaded && cache ? await lookupReplay(loaded.set, replayOptions, { store: cache, identity }) : void 0;
  const pending = loaded ? loaded.set.migrations.length - (lookup?.base?.count ?? 0) : 0;
  if (pending >= LEAN_REPLAY.from && pending < LEAN_REPLAY.to && favourMemoryOverSpeed())
    coolDownReplayWorker();
  if (pending > 0) warmUpReplayWorker();
  else coolDownReplayWorker();
  const worker = pending > 0 && pending <= SHARED_WORKER_PENDING ? handOff() : void 0;
  const history = loaded ? startHistoryAnalysis(project, loaded.set, {
    ...cache ? { cache: { store: cache, identity } } : {},
    budgetMs: project.timeoutMs,
    ...worker ? { worker: worker.promise } : {}
  }) : void 0;
  const abandon = new AbortController();
  const isolated = { ...replayOptions, signal: abandon.signal, ...worker ? { handOver: worker.give } : {} };
  const replaying = loaded ? cache ? replayWithCache(loaded.set, isolated, { store: cache, identity, replay: replayIsolated }, lookup) : replayIsolated(loaded.set, isolated) : void 0;
  replaying?.finally(() => worker?.give(void 0)).catch(() => void 0);
  replaying?.catch(() => void 0);
  let models;
  try {
    models = cache ? await loadModelsCached(ports, project, { store: cache, identity }, loadModelSet) : await loadModelSet(ports, project);
  } catch (error) {
    abandon.abort();
    history?.stop();
    throw error;
  }
  if (!command && !loaded && !models)
    throw new UsageError(
      `no migrations or models found in ${project.root || "the repository root"}: pass --migrations PATH and --models PATH, or write a driftcheck.json (driftcheck init)`
    );
  let report = { name: project.name, root: project.root || "." };
  let actual;
  let replayComplete = true;
  let replayedSet;
  let timedOut = false;
  if (command) {
    const [{ runMigrationsCommand }, { schemaFromCommand }] = await Promise.all([
      import("./chunk-UDFXFDOP.js"),
      import("./chunk-A5H5R5QT.js")
    ]);
    const outcome = await runMigrationsCommand(command, {
      rootDir: ports.rootDir,
      timeoutMs: project.timeoutMs,
      ...ports.process ? { process: ports.process } : {},
      ...ports.temp ? { temp: ports.temp } : {}
    });
    const built = await schemaFromCommand(outcome);
    findings.push(...built.findings);
    replayComplete = built.schema !== void 0;
    actual = built.schema ? withoutToolTables(built.schema) : void 0;
    report = {
      ...report,
      migrations: { format: "command", path: "migrations.command", count: 0, replayed: 0 }
    };
  } else if (loaded) {
    if (loaded.detected) detected.push(loaded.detected);
    const { set } = loaded;
    findings.push(...set.findings);
    const replay = await replaying;
    findings.push(...replayErrorFindings(replay, set));
    timedOut = replay.failures.some((f) => f.kind === "timeout");
    if (!timedOut) replayedSet = set;
    findings.push(
      ...await integrityFindings(ports.fs, project, set, {
        base: overrides.base,
        baseIfAvailable: overrides.baseIfAvailable,
        git: ports.git
      })
    );
    if (replay.failures.length === 0) {
      findings.push(...await history.findings());
      timedOut ||= history.timedOut();
    } else history?.stop();
    replayComplete = replay.stoppedAt === void 0;
    actual = replay.schema ? withoutToolTables(replay.schema) : void 0;
    report = {
      ...report,
      migrations: {
        format: set.format,
        path: set.dir || ".",
        count: set.migrations.length,
        replayed: replay.applied
      }
    };
  }
  if (models) {
    if (models.detected) detected.push(models.detected);
    const { set } = models;
    findings.push(...set.findings);
    const expected = withoutToolTables(set.schema);
    report = {
      ...report,
      models: { format: set.format, path: set.path || ".", tables: expected.tables.length }
    };
    if (actual && replayComplete) {
      findings.push(
        ...compareSchemas(actual, expected, {
          capabilities: { expected: set.capabilities },
          sides: {
            expected: {
              label: set.path || "the model source",
              kind: set.format === "sqlite" ? "schema" : "models"
            },
            actual: { label: "the migrations", kind: "migrations" }
          },
          ignore
        })
      );
    }
  }
  const live = project.databases.length > 0 ? await (await import("./chunk-VNO3YBB2.js")).checkDatabases(ports.fs, project, {
    set: replayedSet,
    head: replayComplete ? actual : void 0
  }) : void 0;
  if (live) report = { ...report, databases: live.databases };
  return {
    timedOut,
    report: detected.length > 0 ? { ...report, detected } : report,
    findings: [
      ...applyRuleSettings(findings, {
        rules: project.rules,
        ignore,
        project: project.name
      }),
      // Database findings keep their `project:database` name; overrides and ignores still apply.
      ...applyRuleSettings(live?.findings ?? [], { rules: project.rules, ignore })
    ]
  };
}

export {
  replayErrorFindings,
  runCheck
};
