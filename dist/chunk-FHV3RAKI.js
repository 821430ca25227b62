import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  LOCK_FILE,
  parseLock,
  verifyLock
} from "./chunk-LBA6YPGD.js";
import {
  loadModelSet,
  runScratchDbCommand,
  schemaFromCommand
} from "./chunk-QZNMFSJ4.js";
import {
  WHOLE_FILE_LINE,
  isSqliteHeader,
  openableCopy,
  walWarning,
  wholeFile
} from "./chunk-RAFUWVPE.js";
import {
  loadMigrationSet
} from "./chunk-4WK4ZFZO.js";
import {
  canonicalInteger,
  dottedKey,
  isNumericVersion
} from "./chunk-O3EDPMHK.js";
import {
  budgetText,
  coolDownReplayWorker,
  replayIsolated,
  spawnWorker,
  superviseWorker,
  warmUpReplayWorker
} from "./chunk-TIR5G6H2.js";
import {
  cachedSqliteVersion,
  engineFingerprint,
  recordingFileSystem,
  sameAnswers
} from "./chunk-6ZG7CUCP.js";
import {
  loadConfig,
  repositoryName,
  resolveProjects
} from "./chunk-GP6BNWKF.js";
import {
  RULES,
  sortFindings,
  summarize
} from "./chunk-23AIA66J.js";
import {
  sealJson,
  sealRecord,
  unsealJson,
  unsealRecord
} from "./chunk-NCGKFI47.js";
import {
  VERSION
} from "./chunk-DE3BHIPR.js";
import {
  andList,
  areOrIs,
  canonicalSql,
  changedObject,
  columnNames,
  describeChanges,
  diffSchemas,
  effectiveNotNull,
  historyRules,
  ignoreOf,
  nameKey,
  queryRows,
  quoteIdent as quoteIdent2,
  sameShape,
  sharedCapabilities,
  stripOuterParens,
  text,
  truthy,
  withoutToolTables
} from "./chunk-D7E45W5Q.js";
import {
  indexNameFor,
  openReplayDatabase,
  quoteIdent,
  renderColumn,
  renderCreateIndex,
  renderCreateTable,
  renderCreateTrigger,
  renderCreateView,
  renderReferences,
  replayMigrations,
  standaloneIndexes
} from "./chunk-XTGP5CE6.js";
import {
  inspectSchema,
  statementTable
} from "./chunk-47V2VMU6.js";
import {
  affinitiesStoreDifferently,
  significantTokens
} from "./chunk-NXNO3E5L.js";
import {
  PROGRESS_BYTES
} from "./chunk-OELTYVFG.js";
import {
  openDatabase,
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
function sha256(text2) {
  return createHash2("sha256").update(text2).digest("hex");
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
var sha2562 = (text2) => createHash3("sha256").update(text2).digest("hex");
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
  let at2 = 0;
  const take = (n) => {
    const database = blobs.slice(at2, at2 + n);
    at2 += n;
    return database;
  };
  const destructive = meta.destructive ? {
    connection: meta.destructive.connection,
    state: meta.destructive.state,
    database: take(meta.destructive.bytes)
  } : void 0;
  const down = meta.down ? { connection: meta.down.connection, findings: meta.down.findings, database: take(meta.down.bytes) } : void 0;
  if (at2 !== blobs.length) return void 0;
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
  const [index2 = 0, statement = -1, pass = 0] = progress;
  const migration = request.set.migrations[index2];
  const at2 = migration.up[Math.max(0, statement)]?.location ?? { path: migration.path, line: 1 };
  return {
    rule: pass === 0 ? "destructive-change" : "down-mismatch",
    severity: "notice",
    message: `${label(migration.path)} did not finish within its time budget (${budgetText(budgetMs)}) ${pass === 0 ? "on a database with seeded rows" : "in the down round trips"}, so the history analysis stopped there: data loss and down migrations are not checked.`,
    locations: [at2]
  };
}
function historyIsolated(request, budgetMs) {
  const worker = spawnWorker(HISTORY_WORKER, { maxYoungGenerationSizeMb: 4 });
  worker.unref();
  let stopped = false;
  let stopSupervised;
  const result = request.then(
    async (ready) => {
      if (stopped) return { findings: [], complete: false };
      const message = { ...ready, progress: new SharedArrayBuffer(PROGRESS_BYTES) };
      const supervised = superviseWorker(worker, message, budgetMs, "history worker");
      stopSupervised = supervised.stop;
      const outcome = await supervised.result;
      if (outcome.done) return { ...outcome.done, complete: true };
      if (!outcome.timedOut) return { findings: [], complete: false };
      return { findings: [timeoutNotice(ready, outcome.timedOut, budgetMs)], complete: false };
    },
    (error) => {
      void worker.terminate();
      throw error;
    }
  );
  return {
    result,
    stop: () => {
      stopped = true;
      if (stopSupervised) stopSupervised();
      else void worker.terminate();
    },
    keepAlive: () => worker.ref()
  };
}

// src/integrity/history-run.ts
function startHistoryAnalysis(project, set, options) {
  const rules = historyRules(project);
  if (!rules.destructive && !rules.down || set.migrations.length === 0)
    return { findings: async () => [], stop: () => void 0, timedOut: () => false };
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
    running = historyIsolated(request, options.budgetMs);
    if (stopped) running.stop();
    if (wanted) running.keepAlive();
    const result = await running.result;
    incomplete = !result.complete && !stopped;
    if (cache && result.complete && result.state) await storeHistoryState(keys, result.state, cache.store);
    return { findings: result.findings, cacheable: result.complete };
  };
  const findings = cache ? historyFindingsCached(project, set, cache, analyse) : analyse().then((r) => r.findings);
  findings.catch(() => void 0);
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
function withoutPythonComments(text2) {
  let out = "";
  let quote;
  for (let i = 0; i < text2.length; i++) {
    const ch = text2[i];
    if (quote) {
      out += ch;
      if (ch === "\\") out += text2[++i] ?? "";
      else if (text2.startsWith(quote, i)) {
        out += quote.slice(1);
        i += quote.length - 1;
        quote = void 0;
      }
    } else if (ch === "#") {
      while (i < text2.length && text2[i] !== "\n") i++;
      out += "\n";
    } else if (ch === '"' || ch === "'") {
      quote = text2.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      out += quote;
      i += quote.length - 1;
    } else out += ch;
  }
  return out;
}
function meaningful(text2, path) {
  const source = path.endsWith(".py") ? withoutPythonComments(text2) : text2;
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
  const at2 = {
    path: after.path,
    line: firstChangedLine(before.checksumSource, after.checksumSource)
  };
  return {
    rule: "migration-edited",
    severity: cosmetic ? "notice" : "error",
    message: cosmetic ? `${label2(after)} is on ${ref} and only its comments or whitespace changed.` : `${label2(after)} is already on ${ref} and was changed: databases that applied it will not run it again, so they and fresh databases diverge. Revert the edit and put the change in a new migration.`,
    locations: [at2]
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

// src/rules/apply.ts
function patternToRegExp(pattern) {
  const escaped = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${escaped}$`, "i");
}
function ignoreMatcher(patterns) {
  const tables = [];
  const columns = [];
  for (const pattern of patterns) {
    const dot = pattern.indexOf(".");
    if (dot < 0) tables.push(patternToRegExp(pattern));
    else
      columns.push({
        table: patternToRegExp(pattern.slice(0, dot)),
        column: patternToRegExp(pattern.slice(dot + 1))
      });
  }
  return (table, column) => {
    if (tables.some((t) => t.test(table))) return true;
    if (column === void 0) return false;
    return columns.some((c) => c.table.test(table) && c.column.test(column));
  };
}
function applyRuleSettings(findings, settings2) {
  const out = [];
  for (const finding3 of findings) {
    const override = settings2.rules[finding3.rule];
    if (override === "off") continue;
    if (finding3.table !== void 0 && settings2.ignore?.(finding3.table, finding3.column)) continue;
    out.push({
      ...finding3,
      ...settings2.project !== void 0 ? { project: settings2.project } : {},
      ...override ? { severity: override } : {}
    });
  }
  return out;
}

// src/live/check-database.ts
import { createHash as createHash4 } from "node:crypto";

// src/rules/fix/mentions.ts
function mentions(sql, name) {
  const escaped = name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\w$])${escaped}($|[^\\w$])`).test(canonicalSql(sql));
}

// src/rules/fix/rebuild.ts
function rebuildSql(input) {
  const { actual } = input.tables;
  const target = targetTable(input);
  const temp = `new_${target.name}`;
  const copied = target.columns.filter(
    (c) => !c.generated && actual.columns.some((a) => !a.generated && nameKey(a.name) === nameKey(c.name))
  );
  const { views, triggers } = dependents(actual, input.actualSchema);
  const ownTriggers = input.actualSchema.triggers.filter((t) => nameKey(t.table) === nameKey(actual.name));
  const lines = [
    `-- Rebuild ${quoteIdent(target.name)} (SQLite cannot alter it in place): https://www.sqlite.org/lang_altertable.html#otheralter`,
    "PRAGMA foreign_keys=OFF;",
    "BEGIN;",
    ...views.map((v) => `DROP VIEW IF EXISTS ${quoteIdent(v.name)};`),
    ...triggers.map((t) => `DROP TRIGGER IF EXISTS ${quoteIdent(t.name)};`),
    renderCreateTable(target, temp),
    ...cautions(
      input.tables,
      target,
      copied.map((c) => c.name)
    )
  ];
  if (copied.length > 0) {
    const into = copied.map((c) => quoteIdent(c.name)).join(", ");
    const from = copied.map((c) => quoteIdent(actualName(actual, c.name))).join(", ");
    lines.push(
      `INSERT INTO ${quoteIdent(temp)} (${into})
  SELECT ${from} FROM ${quoteIdent(actual.name)};`
    );
  }
  lines.push(
    `DROP TABLE ${quoteIdent(actual.name)};`,
    `ALTER TABLE ${quoteIdent(temp)} RENAME TO ${quoteIdent(target.name)};`,
    ...standaloneIndexes(target).map((i) => renderCreateIndex(i, target.name, { name: indexName(i, input) })),
    ...ownTriggers.map(renderCreateTrigger),
    ...triggers.map(renderCreateTrigger),
    ...views.map(renderCreateView),
    "PRAGMA foreign_key_check;",
    "COMMIT;",
    "PRAGMA foreign_keys=ON;"
  );
  return lines.join("\n");
}
function targetTable({ tables, capabilities, ignored }) {
  const { expected, actual } = tables;
  const keptColumns = ignored ? actual.columns.filter((c) => ignored(actual.name, c.name)) : [];
  return {
    ...expected,
    columns: [...expected.columns, ...keptColumns],
    checks: capabilities.checks ? expected.checks : actual.checks
  };
}
function indexName(index2, { tables, capabilities }) {
  const same = capabilities.indexNames ? void 0 : tables.actual.indexes.find((a) => a.origin === "c" && sameShape(a, index2));
  return same?.name ?? indexNameFor(index2, tables.expected.name);
}
function actualName(table, column) {
  return table.columns.find((c) => nameKey(c.name) === nameKey(column))?.name ?? column;
}
function cautions(tables, target, copied) {
  const out = [];
  for (const column of target.columns) {
    if (!effectiveNotNull(target, column) || column.generated) continue;
    const old = tables.actual.columns.find((c) => nameKey(c.name) === nameKey(column.name));
    if (!copied.some((n) => nameKey(n) === nameKey(column.name))) {
      if (column.default === void 0)
        out.push(
          `-- ${column.name} is new and NOT NULL without a default: existing rows need a value for it.`
        );
    } else if (old && !effectiveNotNull(tables.actual, old)) {
      out.push(`-- ${column.name} becomes NOT NULL: rows where it is NULL must be updated first.`);
    }
  }
  return out;
}
function dependents(table, schema) {
  const names = [table.name];
  const views = [];
  let grew = true;
  while (grew) {
    grew = false;
    for (const v of schema.views) {
      if (!views.includes(v) && names.some((n) => mentions(v.definition, n))) {
        views.push(v);
        names.push(v.name);
        grew = true;
      }
    }
  }
  const triggers = schema.triggers.filter(
    (t) => nameKey(t.table) !== nameKey(table.name) && names.some((n) => mentions(t.definition, n))
  );
  return { views: schema.views.filter((v) => views.includes(v)), triggers };
}

// src/rules/phrases.ts
function where(side, source) {
  if (!source) return side.label;
  return source.line > 0 ? `${source.path}:${source.line}` : source.path;
}
function isIn(side, source) {
  const declared = source !== void 0 && source.line > 0 || side.kind === "models";
  const verb = declared ? "is declared in" : "is in";
  return `${verb} ${where(side, source)}`;
}
function lacksIt(side) {
  if (side.kind === "migrations") return "no migration creates it";
  if (side.kind === "models") return `${side.label} does not declare it`;
  return `${side.label} does not have it`;
}
function isCreatedBy(side, source) {
  return side.kind === "migrations" ? `is created by ${where(side, source)}` : isIn(side, source);
}
function says(side) {
  if (side.kind === "models") return `${side.label} declares`;
  if (side.kind === "migrations") return `${side.label} give`;
  return `${side.label} has`;
}
function missingMessage(what, sides, source) {
  return `${what} ${isIn(sides.expected, source)} but ${lacksIt(sides.actual)}`;
}
function extraMessage(what, sides, source) {
  return `${what} ${isCreatedBy(sides.actual, source)} but ${lacksIt(sides.expected)}`;
}
function differsMessage(what, sides, expected, actual) {
  return `${what}: ${says(sides.expected)} ${expected}, ${says(sides.actual)} ${actual}`;
}
var columnName = (table, column) => `${table}.${column}`;
var list = (names) => `(${names.join(", ")})`;
function describeTable(table) {
  return `${table.name} ${list(table.columns.map((c) => c.name))}`;
}
function describeIndex(index2) {
  const unique2 = index2.unique ? "UNIQUE " : "";
  const where2 = index2.where !== void 0 ? ` WHERE ${index2.where}` : "";
  return `${unique2}${list(index2.columns)}${where2}`;
}
function describeForeignKey(fk) {
  const ref = fk.refColumns.length > 0 ? list(fk.refColumns) : "";
  const actions = [
    fk.onDelete && fk.onDelete !== "NO ACTION" ? ` ON DELETE ${fk.onDelete}` : "",
    fk.onUpdate && fk.onUpdate !== "NO ACTION" ? ` ON UPDATE ${fk.onUpdate}` : ""
  ].join("");
  return `${list(fk.columns)} REFERENCES ${fk.table}${ref}${actions}`;
}

// src/rules/types.ts
function defineRule(rule) {
  return rule;
}

// src/rules/check.ts
var check = defineRule({
  id: "check",
  kinds: ["check-missing", "check-extra"],
  docs: {
    antiPattern: "CheckConstraint('duration_seconds >= 0') in the model; the migrations never add it",
    fix: "Rebuild the table with CHECK (duration_seconds >= 0) (SQLite cannot add a CHECK in place)."
  },
  report(change, { sides }) {
    const { tables } = change;
    const base = { table: tables.expected.name, pair: tables, fix: { rebuild: tables } };
    if (change.kind === "check-missing") {
      const source2 = change.expected.source ?? tables.expected.source;
      return {
        ...base,
        message: missingMessage(
          `${tables.expected.name}: CHECK (${change.expected.expression})`,
          sides,
          source2
        ),
        expected: change.expected.expression,
        actual: null,
        locations: [source2]
      };
    }
    const source = change.actual.source ?? tables.actual.source;
    return {
      ...base,
      message: extraMessage(`${tables.expected.name}: CHECK (${change.actual.expression})`, sides, source),
      expected: null,
      actual: change.actual.expression,
      locations: [source]
    };
  }
});

// src/rules/column-default.ts
var columnDefault = defineRule({
  id: "column-default",
  kinds: ["column-default-changed", "column-generated-changed"],
  docs: {
    antiPattern: 'ALTER TABLE goals ADD COLUMN sort_order INTEGER;  -- the model has server_default="0"',
    fix: "Rebuild the table with sort_order INTEGER DEFAULT 0 (SQLite cannot change a default in place)."
  },
  report(change, { sides }) {
    const { tables, expected, actual } = change;
    const what = columnName(tables.expected.name, expected.name);
    const isDefault = change.kind === "column-default-changed";
    const clientSide = isDefault ? appDefaultOnly(expected, actual, sides) : void 0;
    if (clientSide) {
      return {
        severity: "notice",
        table: tables.expected.name,
        column: expected.name,
        message: `${what}: ${clientSide}`,
        expected: defaultText(expected) ?? null,
        actual: defaultText(actual) ?? null,
        locations: [expected.source, actual.source]
      };
    }
    const text2 = isDefault ? defaultText : generatedText;
    const none = isDefault ? "no default" : "a plain (not generated) column";
    return {
      table: tables.expected.name,
      column: expected.name,
      message: differsMessage(what, sides, text2(expected) ?? none, text2(actual) ?? none),
      expected: text2(expected) ?? null,
      actual: text2(actual) ?? null,
      locations: [expected.source, actual.source],
      fix: { rebuild: tables },
      pair: tables
    };
  }
});
function appDefaultOnly(expected, actual, sides) {
  const explain = (client, clientSide, database, databaseSide) => client.default === void 0 && client.appDefault !== void 0 && database.default !== void 0 ? `${says(databaseSide)} DEFAULT ${database.default}; ${says(clientSide)} only ${client.appDefault}, which the ORM applies on insert (not a database default), so rows inserted through the application get a value either way` : void 0;
  return explain(expected, sides.expected, actual, sides.actual) ?? explain(actual, sides.actual, expected, sides.expected);
}
function defaultText(column) {
  return column.default === void 0 ? void 0 : `DEFAULT ${column.default}`;
}
function generatedText(column) {
  const g = column.generated;
  return g ? `GENERATED ALWAYS AS (${g.expression}) ${g.kind.toUpperCase()}` : void 0;
}

// src/rules/fix/drop-column.ts
function dropColumnSql(table, column, schema) {
  const key = nameKey(column.name);
  const named = (names) => names.some((n) => nameKey(n) === key);
  const blocked = named(table.primaryKey) || table.indexes.some(
    (i) => i.columns.some((c) => mentions(c, column.name)) || mentions(i.where ?? "", column.name)
  ) || table.foreignKeys.some((f) => named(f.columns)) || table.checks.some((c) => mentions(c.expression, column.name)) || table.columns.some((c) => c.generated !== void 0 && mentions(c.generated.expression, column.name)) || schema.tables.some(
    (t) => t.foreignKeys.some((f) => nameKey(f.table) === nameKey(table.name) && named(f.refColumns))
  ) || schema.views.some((v) => mentions(v.definition, column.name)) || schema.triggers.some((t) => mentions(t.definition, column.name));
  return blocked ? void 0 : `ALTER TABLE ${quoteIdent(table.name)} DROP COLUMN ${quoteIdent(column.name)};`;
}

// src/rules/column-extra.ts
var columnExtra = defineRule({
  id: "column-extra",
  kinds: ["column-extra"],
  docs: {
    antiPattern: "ALTER TABLE goals ADD COLUMN legacy_flag INTEGER NOT NULL DEFAULT 0;  -- not in the model",
    fix: "Declare legacy_flag in the model, or: ALTER TABLE goals DROP COLUMN legacy_flag;"
  },
  report({ tables, actual: column }, { sides, actual }) {
    const { actual: table } = tables;
    const sql = dropColumnSql(table, column, actual);
    return {
      table: tables.expected.name,
      column: column.name,
      message: extraMessage(
        columnName(tables.expected.name, column.name),
        sides,
        column.source ?? table.source
      ),
      expected: null,
      actual: column.type || null,
      locations: [column.source ?? table.source],
      fix: sql ? { sql } : { rebuild: tables },
      pair: tables
    };
  }
});

// src/rules/fix/add-column.ts
function addColumnSql(table, column) {
  const key = nameKey(column.name);
  if (table.primaryKey.some((k) => nameKey(k) === key)) return void 0;
  const defaultValue = column.default === void 0 ? void 0 : stripOuterParens(column.default);
  const nullDefault = defaultValue === void 0 || /^null$/i.test(defaultValue);
  if (column.generated) {
    if (column.generated.kind === "stored" || column.notNull) return void 0;
  } else {
    if (defaultValue !== void 0 && !isConstant(defaultValue)) return void 0;
    if (column.notNull && nullDefault) return void 0;
  }
  const fk = table.foreignKeys.find((f) => f.columns.length === 1 && nameKey(f.columns[0]) === key);
  if (fk && !nullDefault) return void 0;
  const references = fk ? ` ${renderReferences(fk)}` : "";
  return `ALTER TABLE ${quoteIdent(table.name)} ADD COLUMN ${renderColumn(column)}${references};`;
}
function isConstant(expression) {
  const e = canonicalSql(stripOuterParens(expression));
  return /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/.test(e) || /^0x[0-9a-f]+$/.test(e) || /^'([^']|'')*'$/s.test(e) || /^x'[0-9a-f]*'$/.test(e) || /^(null|true|false)$/.test(e);
}

// src/rules/column-missing.ts
var columnMissing = defineRule({
  id: "column-missing",
  kinds: ["column-missing"],
  docs: {
    antiPattern: "notes = Column(String)  # added to the model; no migration adds activity_instances.notes",
    fix: "ALTER TABLE activity_instances ADD COLUMN notes VARCHAR;  -- in a new migration"
  },
  report({ tables, expected: column }, { sides }) {
    const { expected: table } = tables;
    const sql = addColumnSql(table, column);
    return {
      table: table.name,
      column: column.name,
      message: missingMessage(columnName(table.name, column.name), sides, column.source ?? table.source),
      expected: column.type || null,
      actual: null,
      locations: [column.source ?? table.source],
      fix: sql ? { sql } : { rebuild: tables },
      pair: tables
    };
  }
});

// src/rules/column-nullable.ts
var columnNullable = defineRule({
  id: "column-nullable",
  kinds: ["column-nullable-changed"],
  docs: {
    antiPattern: "ALTER TABLE activity_instances ADD COLUMN root_id STRING;  -- the model says nullable=False",
    fix: "Rebuild the table with root_id \u2026 NOT NULL (SQLite cannot add NOT NULL in place)."
  },
  report({ tables, expected, actual }, { sides }) {
    const what = columnName(tables.expected.name, expected.name);
    const required = effectiveNotNull(tables.expected, expected);
    const message = required ? `${what} is NOT NULL in ${sides.expected.label} but nullable in ${sides.actual.label}: NULLs can be stored that the application does not expect` : `${what} is nullable in ${sides.expected.label} but NOT NULL in ${sides.actual.label}: inserts without a value for it fail`;
    return {
      table: tables.expected.name,
      column: expected.name,
      message,
      expected: required ? "NOT NULL" : "NULL",
      actual: required ? "NULL" : "NOT NULL",
      locations: [expected.source, actual.source],
      fix: { rebuild: tables },
      pair: tables
    };
  }
});

// src/rules/affinity-effect.ts
function affinityEffect(expected, actual) {
  if (expected === actual) return void 0;
  const numeric = (a) => a === "INTEGER" || a === "NUMERIC";
  if (numeric(expected) && numeric(actual)) return void 0;
  switch (actual) {
    case "TEXT":
      return expected === "REAL" ? "1.5 would be stored as the text 1.5" : "123 would be stored as the text '123'";
    case "INTEGER":
    case "NUMERIC":
      return expected === "REAL" ? "3.0 would be stored as the integer 3" : "'0123' would be stored as 123";
    case "REAL":
      return numeric(expected) ? "3 would be stored as 3.0" : "'0123' would be stored as 123.0";
    case "BLOB":
      return expected === "TEXT" ? "123 would stay an integer instead of becoming '123'" : "'0123' would stay text instead of becoming a number";
  }
}

// src/rules/column-type.ts
var columnType = defineRule({
  id: "column-type",
  kinds: ["column-type-changed", "column-collate-changed"],
  docs: {
    antiPattern: "ALTER TABLE activity_instances ADD COLUMN notes STRING;  -- NUMERIC affinity: '0123' is stored as 123",
    fix: "Rebuild the table with notes VARCHAR (SQLite cannot change a column type in place)."
  },
  report(change, { sides }) {
    const { tables, expected, actual } = change;
    const what = columnName(tables.expected.name, expected.name);
    const base = { table: tables.expected.name, column: expected.name, pair: tables };
    const locations = [expected.source, actual.source];
    if (change.kind === "column-collate-changed") {
      const e = expected.collate ?? "BINARY";
      const a = actual.collate ?? "BINARY";
      return {
        ...base,
        severity: "warning",
        message: `${differsMessage(what, sides, `COLLATE ${e}`, `COLLATE ${a}`)}: comparisons, ordering and uniqueness differ`,
        expected: e,
        actual: a,
        locations,
        fix: { rebuild: tables }
      };
    }
    const effect = affinityEffect(expected.affinity, actual.affinity);
    const stored = affinitiesStoreDifferently(expected.affinity, actual.affinity);
    return {
      ...base,
      severity: stored ? "error" : "notice",
      message: differsMessage(what, sides, typeText(expected), typeText(actual)) + (stored && effect ? `: ${effect}` : ""),
      expected: expected.type,
      actual: actual.type,
      locations,
      fix: { rebuild: tables }
    };
  }
});
function typeText(column) {
  return `${column.type || "no type"} (${column.affinity} affinity)`;
}

// src/rules/foreign-key.ts
var foreignKey = defineRule({
  id: "foreign-key",
  kinds: ["foreign-key-missing", "foreign-key-extra", "foreign-key-changed"],
  docs: {
    antiPattern: "ALTER TABLE activity_instances ADD COLUMN root_id STRING;  -- the model: ForeignKey('goals.id', ondelete='CASCADE')",
    fix: "Rebuild the table with FOREIGN KEY (root_id) REFERENCES goals (id) ON DELETE CASCADE."
  },
  report(change, { sides }) {
    const { tables } = change;
    const table = tables.expected.name;
    const base = { table, pair: tables, fix: { rebuild: tables } };
    const fk = change.kind === "foreign-key-extra" ? change.actual : change.expected;
    const what = `${subject(table, fk)} \u2192 ${fk.table}`;
    const column = fk.columns.length === 1 ? { column: fk.columns[0] } : {};
    switch (change.kind) {
      case "foreign-key-missing":
        return {
          ...base,
          ...column,
          message: missingMessage(
            `foreign key ${what}`,
            sides,
            change.expected.source ?? tables.expected.source
          ),
          expected: describeForeignKey(change.expected),
          actual: null,
          locations: [change.expected.source ?? tables.expected.source]
        };
      case "foreign-key-extra":
        return {
          ...base,
          ...column,
          message: extraMessage(`foreign key ${what}`, sides, change.actual.source ?? tables.actual.source),
          expected: null,
          actual: describeForeignKey(change.actual),
          locations: [change.actual.source ?? tables.actual.source]
        };
      case "foreign-key-changed":
        return {
          ...base,
          ...column,
          message: differsMessage(
            `foreign key on ${subject(table, fk)}`,
            sides,
            describeForeignKey(change.expected),
            describeForeignKey(change.actual)
          ),
          expected: describeForeignKey(change.expected),
          actual: describeForeignKey(change.actual),
          locations: [
            change.expected.source ?? tables.expected.source,
            change.actual.source ?? tables.actual.source
          ]
        };
    }
  }
});
function subject(table, fk) {
  return fk.columns.length === 1 ? `${table}.${fk.columns[0]}` : `${table} (${fk.columns.join(", ")})`;
}

// src/rules/index-changes.ts
var INDEX_KINDS = ["index-missing", "index-extra", "index-changed", "index-renamed"];
function isUniqueChange(change) {
  const sides = [
    change.kind === "index-extra" ? void 0 : change.expected,
    change.kind === "index-missing" ? void 0 : change.actual
  ];
  return sides.some((i) => i?.unique === true);
}
function reportIndexChange(change, { sides }) {
  const { tables } = change;
  const table = tables.expected.name;
  const create = (i) => renderCreateIndex(i, table, { ifNotExists: true, name: indexNameFor(i, table) });
  const drop = (i) => `DROP INDEX IF EXISTS ${quoteIdent(i.name)};`;
  const base = { table, pair: tables, ...singleColumn(change) };
  switch (change.kind) {
    case "index-missing": {
      const source = change.expected.source ?? tables.expected.source;
      return {
        ...base,
        message: missingMessage(subject2(change.expected, table), sides, source) + consequence(change.expected, "missing"),
        expected: describeIndex(change.expected),
        actual: null,
        locations: [source],
        fix: { sql: create(change.expected) }
      };
    }
    case "index-extra": {
      const source = change.actual.source ?? tables.actual.source;
      const fix = change.actual.origin === "c" ? { sql: drop(change.actual) } : { rebuild: tables };
      return {
        ...base,
        message: extraMessage(subject2(change.actual, table), sides, source) + consequence(change.actual, "extra"),
        expected: null,
        actual: describeIndex(change.actual),
        locations: [source],
        fix
      };
    }
    case "index-changed":
      return {
        ...base,
        message: differsMessage(
          `index ${change.expected.name} on ${table}`,
          sides,
          describeIndex(change.expected),
          describeIndex(change.actual)
        ),
        expected: describeIndex(change.expected),
        actual: describeIndex(change.actual),
        locations: [change.expected.source, change.actual.source],
        fix: { sql: `${drop(change.actual)}
${create(change.expected)}` }
      };
    case "index-renamed":
      return {
        ...base,
        severity: "notice",
        message: `${table} ${describeIndex(change.expected)}: the index is named ${change.expected.name} in ${sides.expected.label}, ${change.actual.name} in ${sides.actual.label}`,
        expected: change.expected.name,
        actual: change.actual.name,
        locations: [change.expected.source, change.actual.source],
        fix: { sql: `${drop(change.actual)}
${create(change.expected)}` }
      };
  }
}
function subject2(index2, table) {
  if (index2.origin === "c") return `index ${index2.name} on ${table} ${describeIndex(index2)}`;
  return `UNIQUE ${list(index2.columns)} on ${table}`;
}
function consequence(index2, side) {
  if (!index2.unique) return "";
  return side === "missing" ? ": duplicates can be inserted that the application assumes impossible" : ": inserts the application expects to succeed can fail";
}
function singleColumn(change) {
  const index2 = change.kind === "index-extra" ? change.actual : change.expected;
  const only = index2.columns.length === 1 ? index2.columns[0] : void 0;
  return only && /^[\w$]+$/.test(only) ? { column: only } : {};
}

// src/rules/index.ts
var index = defineRule({
  id: "index",
  kinds: INDEX_KINDS,
  docs: {
    antiPattern: "root_id = Column(String, index=True)  # the model indexes it; no migration creates the index",
    fix: "CREATE INDEX IF NOT EXISTS ix_activity_instances_root_id ON activity_instances (root_id);"
  },
  applies: (change) => !isUniqueChange(change),
  report: reportIndexChange
});

// src/rules/primary-key.ts
var primaryKey = defineRule({
  id: "primary-key",
  kinds: ["primary-key-changed"],
  docs: {
    antiPattern: "CREATE TABLE practice_session_goals (session_id TEXT, goal_id TEXT);  -- the model keys on both",
    fix: "Rebuild the table with PRIMARY KEY (session_id, goal_id)."
  },
  report({ tables, expected, actual }, { sides }) {
    const text2 = (key) => key.length > 0 ? `PRIMARY KEY ${list(key)}` : "no primary key (rowid)";
    const column = expected.length === 1 ? expected[0] : actual.length === 1 && expected.length === 0 ? actual[0] : void 0;
    return {
      table: tables.expected.name,
      ...column ? { column } : {},
      message: differsMessage(
        column ? columnName(tables.expected.name, column) : tables.expected.name,
        sides,
        text2(expected),
        text2(actual)
      ),
      expected: expected.length > 0 ? list(expected) : null,
      actual: actual.length > 0 ? list(actual) : null,
      locations: [tables.expected.source, tables.actual.source],
      fix: { rebuild: tables },
      pair: tables
    };
  }
});

// src/rules/table-extra.ts
var tableExtra = defineRule({
  id: "table-extra",
  kinds: ["table-extra"],
  docs: {
    antiPattern: "CREATE TABLE scheduled_sessions (\u2026);  -- the model was deleted, the table stayed",
    fix: "DROP TABLE scheduled_sessions;  -- or declare the model, or ignore the table in driftcheck.json"
  },
  report({ actual: table }, { sides }) {
    return {
      table: table.name,
      message: extraMessage(`table ${quoteIdent(table.name)}`, sides, table.source),
      expected: null,
      actual: describeTable(table),
      locations: [table.source],
      fix: { sql: `DROP TABLE ${quoteIdent(table.name)};` }
    };
  }
});

// src/rules/table-missing.ts
var tableMissing = defineRule({
  id: "table-missing",
  kinds: ["table-missing"],
  docs: {
    antiPattern: 'class ProgramDayTemplate(Base): __tablename__ = "program_day_templates"  # no migration creates it',
    fix: "CREATE TABLE program_day_templates (\u2026);  -- in a new migration"
  },
  report({ expected: table }, { sides }) {
    const sql = [
      renderCreateTable(table),
      ...standaloneIndexes(table).map(
        (i) => renderCreateIndex(i, table.name, { ifNotExists: true, name: indexNameFor(i, table.name) })
      )
    ].join("\n");
    return {
      table: table.name,
      message: missingMessage(`table ${quoteIdent(table.name)}`, sides, table.source),
      expected: describeTable(table),
      actual: null,
      locations: [table.source],
      fix: { sql }
    };
  }
});

// src/rules/trigger.ts
var trigger = defineRule({
  id: "trigger",
  kinds: ["trigger-missing", "trigger-extra", "trigger-changed"],
  docs: {
    antiPattern: "A trigger that keeps goals.updated_at current exists in the snapshot; no migration creates it.",
    fix: "CREATE TRIGGER goals_touch AFTER UPDATE ON goals BEGIN UPDATE goals SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id; END;"
  },
  report(change, { sides }) {
    const drop = (name) => `DROP TRIGGER IF EXISTS ${quoteIdent(name)};`;
    switch (change.kind) {
      case "trigger-missing":
        return {
          table: change.expected.table,
          message: missingMessage(
            `trigger ${change.expected.name} on ${change.expected.table}`,
            sides,
            change.expected.source
          ),
          expected: change.expected.definition,
          actual: null,
          locations: [change.expected.source],
          fix: { sql: renderCreateTrigger(change.expected) }
        };
      case "trigger-extra":
        return {
          table: change.actual.table,
          message: extraMessage(
            `trigger ${change.actual.name} on ${change.actual.table}`,
            sides,
            change.actual.source
          ),
          expected: null,
          actual: change.actual.definition,
          locations: [change.actual.source],
          fix: { sql: drop(change.actual.name) }
        };
      case "trigger-changed":
        return {
          table: change.expected.table,
          message: `trigger ${change.expected.name} on ${change.expected.table} is defined differently in ${sides.expected.label} and ${sides.actual.label}`,
          expected: change.expected.definition,
          actual: change.actual.definition,
          locations: [change.expected.source, change.actual.source],
          fix: { sql: `${drop(change.actual.name)}
${renderCreateTrigger(change.expected)}` }
        };
    }
  }
});

// src/rules/unique.ts
var unique = defineRule({
  id: "unique",
  kinds: INDEX_KINDS,
  docs: {
    antiPattern: "email = Column(String, unique=True)  # the migrations create a plain, non-unique index",
    fix: "CREATE UNIQUE INDEX IF NOT EXISTS users_email_key ON users (email);  -- after removing duplicates"
  },
  applies: isUniqueChange,
  report: reportIndexChange
});

// src/rules/view.ts
var view = defineRule({
  id: "view",
  kinds: ["view-missing", "view-extra", "view-changed"],
  docs: {
    antiPattern: "CREATE VIEW active_goals AS SELECT * FROM goals;  -- the model filters deleted_at IS NULL",
    fix: "DROP VIEW IF EXISTS active_goals; CREATE VIEW active_goals AS SELECT * FROM goals WHERE deleted_at IS NULL;"
  },
  report(change, { sides }) {
    const drop = (name) => `DROP VIEW IF EXISTS ${quoteIdent(name)};`;
    switch (change.kind) {
      case "view-missing":
        return {
          message: missingMessage(`view ${change.expected.name}`, sides, change.expected.source),
          expected: change.expected.definition,
          actual: null,
          locations: [change.expected.source],
          fix: { sql: renderCreateView(change.expected) }
        };
      case "view-extra":
        return {
          message: extraMessage(`view ${change.actual.name}`, sides, change.actual.source),
          expected: null,
          actual: change.actual.definition,
          locations: [change.actual.source],
          fix: { sql: drop(change.actual.name) }
        };
      case "view-changed":
        return {
          message: `view ${change.expected.name} is defined differently: ${says(sides.expected)} ${change.expected.definition}; ${says(sides.actual)} ${change.actual.definition}`,
          expected: change.expected.definition,
          actual: change.actual.definition,
          locations: [change.expected.source, change.actual.source],
          fix: { sql: `${drop(change.actual.name)}
${renderCreateView(change.expected)}` }
        };
    }
  }
});

// src/rules/registry.ts
var SCHEMA_RULES = [
  erase(tableMissing),
  erase(tableExtra),
  erase(columnMissing),
  erase(columnExtra),
  erase(columnType),
  erase(columnNullable),
  erase(columnDefault),
  erase(primaryKey),
  erase(foreignKey),
  erase(index),
  erase(unique),
  erase(check),
  erase(view),
  erase(trigger)
];
function ruleFor(change) {
  const rule = SCHEMA_RULES.find((r) => r.kinds.includes(change.kind) && (r.applies?.(change) ?? true));
  if (!rule) throw new Error(`no rule reports schema change ${change.kind}`);
  return rule;
}
function erase(rule) {
  return rule;
}

// src/rules/compare.ts
var DEFAULT_SIDES = {
  expected: { label: "the model", kind: "models" },
  actual: { label: "the migrations", kind: "migrations" }
};
var SHARED_REBUILD = "(one rebuild fixes all of this table\u2019s differences)";
function compareSchemas(actual, expected, options = {}) {
  const context = {
    actual,
    expected,
    sides: { ...DEFAULT_SIDES, ...options.sides },
    capabilities: sharedCapabilities(options)
  };
  const ignore = ignoreOf(options);
  const drafts = diffSchemas(actual, expected, options).map((change) => {
    const rule = ruleFor(change);
    return { id: rule.id, draft: rule.report(change, context) };
  });
  const rebuilds = /* @__PURE__ */ new Map();
  for (const { draft } of drafts) {
    if (draft.fix && "rebuild" in draft.fix) {
      const key = nameKey(draft.fix.rebuild.expected.name);
      if (!rebuilds.has(key))
        rebuilds.set(key, {
          sql: rebuildSql({
            tables: draft.fix.rebuild,
            actualSchema: actual,
            capabilities: context.capabilities,
            ignored: (t, c) => ignore(t, c)
          }),
          count: 0
        });
    }
  }
  for (const { draft } of drafts) {
    const rebuild = draft.pair && rebuilds.get(nameKey(draft.pair.expected.name));
    if (rebuild) rebuild.count++;
  }
  return drafts.map(({ id, draft }) => {
    const rebuild = draft.pair && rebuilds.get(nameKey(draft.pair.expected.name));
    const fix = rebuild ? rebuild.sql : draft.fix && "sql" in draft.fix ? draft.fix.sql : void 0;
    return finding(id, draft, {
      fix,
      note: rebuild && rebuild.count > 1 ? ` ${SHARED_REBUILD}` : "",
      project: options.project
    });
  });
}
function finding(rule, draft, extra) {
  return {
    rule,
    severity: draft.severity ?? RULES[rule].severity,
    ...extra.project !== void 0 ? { project: extra.project } : {},
    ...draft.table !== void 0 ? { table: draft.table } : {},
    ...draft.column !== void 0 ? { column: draft.column } : {},
    message: draft.message + extra.note,
    expected: draft.expected,
    actual: draft.actual,
    locations: uniqueLocations(draft.locations),
    ...extra.fix !== void 0 ? { fix: extra.fix } : {}
  };
}
function uniqueLocations(refs) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const ref of refs) {
    if (!ref) continue;
    const key = `${ref.path}:${ref.line}:${ref.column ?? ""}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(ref);
    }
  }
  return out;
}

// src/live/closest.ts
function distance(db, state) {
  return diffSchemas(db, state);
}
async function closestState(db, states, migrations, statementStates2) {
  let best = { after: 0, leftover: distance(db, states[0]) };
  for (let k = 1; k < states.length; k++) {
    const leftover = distance(db, states[k]);
    if (leftover.length <= best.leftover.length) best = { after: k, leftover };
  }
  const next = migrations[best.after];
  if (best.leftover.length === 0 || !next || next.up.length < 2) return best;
  const inside = await statementStates2(best.after);
  let partial;
  for (let s = 1; s < next.up.length; s++) {
    const state = inside[s];
    if (!state) continue;
    const leftover = distance(db, state);
    if (leftover.length < (partial ?? best).leftover.length)
      partial = { after: best.after, statements: { applied: s, of: next.up.length }, leftover };
  }
  return partial ?? best;
}
function label3(migration) {
  return migration ? migration.version || migration.name : "none";
}
function describeClosest(closest, migrations) {
  const base = closest.after === 0 ? "an empty database" : `the state after ${label3(migrations[closest.after - 1])}`;
  const partial = closest.statements ? `, plus ${closest.statements.applied} of ${closest.statements.of} statements of ${label3(migrations[closest.after])}` : "";
  return `${base}${partial}`;
}

// src/live/tracker/alembic.ts
var alembicReader = {
  table: "alembic_version",
  read(db, table) {
    if (!columnNames(db, table).has("version_num")) return void 0;
    const heads = queryRows(db, `SELECT version_num FROM ${quoteIdent2(table)}`).map((r) => text(r.version_num)).filter((v) => v !== void 0 && v !== "");
    return { table, tool: "Alembic", applied: [], through: heads, problems: [] };
  }
};

// src/live/tracker/diesel.ts
var dieselReader = {
  table: "__diesel_schema_migrations",
  read(db, table) {
    if (!columnNames(db, table).has("version")) return void 0;
    const rows = queryRows(db, `SELECT version FROM ${quoteIdent2(table)}`);
    const applied = rows.map((r) => text(r.version)).filter((v) => Boolean(v));
    return { table, tool: "Diesel", applied, through: [], problems: [] };
  }
};

// src/live/tracker/django.ts
var djangoReader = {
  table: "django_migrations",
  read(db, table) {
    const columns = columnNames(db, table);
    if (!columns.has("name")) return void 0;
    const rows = queryRows(db, `SELECT name FROM ${quoteIdent2(table)}`);
    const applied = rows.map((r) => text(r.name)).filter((v) => Boolean(v));
    return { table, tool: "Django", applied, through: [], problems: [] };
  }
};

// src/live/tracker/drizzle.ts
var drizzleReader = {
  table: "__drizzle_migrations",
  read(db, table) {
    const columns = columnNames(db, table);
    if (!columns.has("created_at")) return void 0;
    const hash = columns.has("hash") ? "hash" : "NULL";
    const rows = queryRows(
      db,
      `SELECT ${hash} AS hash, created_at FROM ${quoteIdent2(table)} ORDER BY created_at`
    );
    const hashes = /* @__PURE__ */ new Map();
    const versions = [];
    for (const row of rows) {
      const when = text(row.created_at);
      if (!when) continue;
      versions.push(when);
      const h = text(row.hash);
      if (h) hashes.set(when, h);
    }
    const newest = versions[versions.length - 1];
    return {
      table,
      tool: "Drizzle",
      applied: versions,
      through: newest ? [newest] : [],
      problems: [],
      hashes
    };
  }
};

// src/live/tracker/flyway.ts
var flywayReader = {
  table: "flyway_schema_history",
  read(db, table) {
    const columns = columnNames(db, table);
    if (!columns.has("version") || !columns.has("success")) return void 0;
    const type = columns.has("type") ? "type" : "'SQL'";
    const order = columns.has("installed_rank") ? "installed_rank" : "rowid";
    const rows = queryRows(
      db,
      `SELECT version, ${type} AS type, success FROM ${quoteIdent2(table)} ORDER BY ${order}`
    );
    const applied = /* @__PURE__ */ new Set();
    const through = [];
    const problems = [];
    for (const row of rows) {
      const version = text(row.version);
      if (!version) continue;
      const kind = String(row.type ?? "").toUpperCase();
      if (!truthy(row.success)) {
        problems.push({
          version,
          message: `version ${version} failed (success = 0): fix the schema, then run \`flyway repair\``
        });
      } else if (kind.startsWith("UNDO")) applied.delete(version);
      else if (kind === "BASELINE") through.push(version);
      else applied.add(version);
    }
    return { table, tool: "Flyway", applied: [...applied], through, problems };
  }
};

// src/live/tracker/goose.ts
var gooseReader = {
  table: "goose_db_version",
  read(db, table) {
    const columns = columnNames(db, table);
    if (!columns.has("version_id")) return void 0;
    const applied = columns.has("is_applied") ? "is_applied" : "1";
    const order = columns.has("id") ? "id" : "rowid";
    const rows = queryRows(
      db,
      `SELECT version_id, ${applied} AS is_applied FROM ${quoteIdent2(table)} ORDER BY ${order}`
    );
    const state = /* @__PURE__ */ new Map();
    for (const row of rows) {
      const version = text(row.version_id);
      if (version === void 0 || version === "0") continue;
      state.set(version, truthy(row.is_applied));
    }
    return {
      table,
      tool: "goose",
      applied: [...state].filter(([, on]) => on).map(([v]) => v),
      through: [],
      problems: []
    };
  }
};

// src/live/tracker/prisma.ts
var prismaReader = {
  table: "_prisma_migrations",
  read(db, table) {
    const columns = columnNames(db, table);
    if (!columns.has("migration_name") || !columns.has("finished_at")) return void 0;
    const rolledBack = columns.has("rolled_back_at") ? "rolled_back_at" : "NULL";
    const rows = queryRows(
      db,
      `SELECT migration_name, finished_at, ${rolledBack} AS rolled_back_at FROM ${quoteIdent2(table)}`
    );
    const applied = [];
    const problems = [];
    for (const row of rows) {
      const name = text(row.migration_name);
      if (!name) continue;
      if (row.rolled_back_at !== null && row.rolled_back_at !== void 0) continue;
      if (row.finished_at === null || row.finished_at === void 0)
        problems.push({
          version: name,
          message: `${name} started and never finished (a failed migration): fix the schema, then \`prisma migrate resolve --applied ${name}\` or \`--rolled-back ${name}\``
        });
      else applied.push(name);
    }
    return { table, tool: "Prisma", applied, through: [], problems };
  }
};

// src/live/tracker/schema-versions.ts
function read(db, table) {
  const columns = columnNames(db, table);
  const versionColumn = columns.has("version") ? "version" : columns.has("version_num") ? "version_num" : void 0;
  if (!versionColumn) return void 0;
  if (columns.has("dirty")) {
    const rows2 = queryRows(db, `SELECT ${versionColumn} AS version, dirty FROM ${quoteIdent2(table)}`);
    const through = [];
    const problems = [];
    for (const row of rows2) {
      const version = text(row.version);
      if (version === void 0) continue;
      if (truthy(row.dirty)) {
        problems.push({
          version,
          message: `version ${version} is marked dirty: it failed part-way. Repair the schema by hand, then run \`migrate force\` with the last version that fully applied`
        });
      } else through.push(version);
    }
    const before = problems.map((p) => p.version);
    return { table, tool: "golang-migrate", applied: [], through, before, problems };
  }
  const rows = queryRows(db, `SELECT ${versionColumn} AS version FROM ${quoteIdent2(table)}`);
  const applied = rows.map((r) => text(r.version)).filter((v) => v !== void 0 && v !== "");
  return {
    table,
    tool: table.toLowerCase() === "schema_versions" ? "a hand-rolled runner" : "dbmate/Rails-style runner",
    applied,
    through: [],
    problems: []
  };
}
var schemaMigrationsReader = { table: "schema_migrations", read };
var schemaVersionsReader = { table: "schema_versions", read };

// src/live/tracker/sqlx.ts
var sqlxReader = {
  table: "_sqlx_migrations",
  read(db, table) {
    const columns = columnNames(db, table);
    if (!columns.has("version")) return void 0;
    const success = columns.has("success") ? "success" : "1";
    const rows = queryRows(db, `SELECT version, ${success} AS success FROM ${quoteIdent2(table)}`);
    const applied = [];
    const problems = [];
    for (const row of rows) {
      const version = text(row.version);
      if (!version) continue;
      if (truthy(row.success)) applied.push(version);
      else
        problems.push({
          version,
          message: `version ${version} is recorded as failed (success = 0): fix the schema and delete its row, or revert it`
        });
    }
    return { table, tool: "sqlx", applied, through: [], problems };
  }
};

// src/live/tracker/index.ts
var TRACKER_READERS = [
  schemaVersionsReader,
  schemaMigrationsReader,
  alembicReader,
  prismaReader,
  drizzleReader,
  gooseReader,
  flywayReader,
  djangoReader,
  dieselReader,
  sqlxReader
];
var BY_TABLE = new Map(TRACKER_READERS.map((r) => [r.table, r]));
function readTrackers(db) {
  const tables = queryRows(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  const out = [];
  for (const row of tables) {
    const name = String(row.name);
    const reader = BY_TABLE.get(name.toLowerCase());
    const state = reader?.read(db, name);
    if (state) out.push(state);
  }
  return out;
}

// src/live/open.ts
function unreadable(path, message) {
  return {
    rule: "model-error",
    severity: "error",
    message,
    locations: [{ path, line: WHOLE_FILE_LINE }]
  };
}
async function readLiveDatabase(fs, path) {
  if ((await fs.stat(path))?.kind !== "file")
    return {
      findings: [
        unreadable(path, `${path} does not exist: pass the path of a SQLite database file to --database.`)
      ]
    };
  const bytes = await fs.readFile(path);
  if (!isSqliteHeader(bytes)) {
    const what = bytes.length === 0 ? "is empty" : "does not start with the SQLite 3 header";
    return { findings: [unreadable(path, `${path} is not a SQLite database: the file ${what}.`)] };
  }
  const db = await openDatabase(openableCopy(bytes));
  try {
    const database = { schema: inspectSchema(db, wholeFile(path)), trackers: readTrackers(db) };
    const wal = await walWarning(fs, path);
    return { database, findings: wal ? [wal] : [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { findings: [unreadable(path, `${path} could not be read as a SQLite database: ${message}.`)] };
  } finally {
    db.close();
  }
}

// src/live/tracker/map.ts
function versionKey(version) {
  const v = version.trim();
  if (isNumericVersion(v)) return canonicalInteger(v);
  return dottedKey(v).toLowerCase();
}
function keysOf(migration) {
  const keys = [versionKey(migration.version)];
  const last = migration.id.split("/").filter(Boolean).pop() ?? "";
  keys.push(last.toLowerCase(), last.replace(/\.[^.]*$/, "").toLowerCase());
  return keys;
}
function appliedMigrations(tracker, migrations, sha2564) {
  const index2 = /* @__PURE__ */ new Map();
  migrations.forEach((m, i) => {
    if (m.repeatable) return;
    for (const key of keysOf(m)) if (!index2.has(key)) index2.set(key, i);
  });
  const find = (version) => index2.get(versionKey(version)) ?? index2.get(version.toLowerCase());
  const applied = /* @__PURE__ */ new Set();
  const unknown = [];
  const note = (version) => {
    if (!unknown.includes(version)) unknown.push(version);
  };
  for (const version of tracker.applied) {
    const i = find(version);
    if (i === void 0) note(version);
    else applied.add(i);
  }
  for (const version of tracker.through) {
    const i = find(version);
    if (i === void 0) note(version);
    else for (let k = 0; k <= i; k++) if (!migrations[k].repeatable) applied.add(k);
  }
  for (const version of tracker.before ?? []) {
    const i = find(version);
    if (i === void 0) note(version);
    else for (let k = 0; k < i; k++) if (!migrations[k].repeatable) applied.add(k);
  }
  const hashMismatch = [];
  for (const [version, hash] of tracker.hashes ?? []) {
    const i = find(version);
    if (i !== void 0 && sha2564(migrations[i].checksumSource) !== hash) hashMismatch.push(i);
  }
  return { applied: [...applied].sort((a, b) => a - b), unknown, hashMismatch };
}

// src/live/check-database.ts
var TRACKER_OF_FORMAT = {
  alembic: ["alembic_version"],
  prisma: ["_prisma_migrations"],
  drizzle: ["__drizzle_migrations"],
  goose: ["goose_db_version"],
  flyway: ["flyway_schema_history"],
  "golang-migrate": ["schema_migrations"],
  dbmate: ["schema_migrations"],
  diesel: ["__diesel_schema_migrations"],
  sqlx: ["_sqlx_migrations"],
  python: ["schema_versions", "schema_migrations", "django_migrations"],
  plain: ["schema_versions", "schema_migrations"]
};
function pickTracker(trackers, format) {
  const preferred = TRACKER_OF_FORMAT[format ?? ""] ?? [];
  return trackers.find((t) => preferred.includes(t.table.toLowerCase())) ?? trackers[0];
}
var sha2563 = (text2) => createHash4("sha256").update(text2).digest("hex");
function label4(m) {
  return m.version || m.name;
}
function at(m) {
  return m.up[0]?.location ?? { path: m.path, line: 1 };
}
function finding2(rule, severity, message, locations) {
  return { rule, severity, message, locations };
}
async function checkDatabase(fs, path, context) {
  const read2 = await readLiveDatabase(fs, path);
  const findings = [...read2.findings];
  if (!read2.database) return { report: { path, tables: 0 }, findings };
  const dbSchema = withoutToolTables(read2.database.schema);
  const here = { path, line: WHOLE_FILE_LINE };
  const { set, history } = context;
  const tracker = set ? pickTracker(read2.database.trackers, set.format) : read2.database.trackers[0];
  const report = { path, tables: dbSchema.tables.length, ...tracker ? { tracker: tracker.table } : {} };
  let reference = context.head;
  if (set && history) {
    const states = await history.states();
    const placed = tracker ? await trackerFindings(path, dbSchema, tracker, set, history, states) : await untracked(path, dbSchema, history, states, context.head);
    findings.push(...placed.findings);
    if (placed.reference) reference = placed.reference;
  }
  if (reference) {
    findings.push(
      ...compareSchemas(dbSchema, reference, {
        sides: {
          actual: { label: path, kind: "schema" },
          expected: { label: "the migrations", kind: "migrations" }
        },
        ignore: context.ignore
      }).map((f) => f.locations.length > 0 ? f : { ...f, locations: [here] })
    );
  }
  return { report, findings };
}
async function closestSentence(path, db, history, states) {
  const closest = await closestState(db, states, history.migrations, (i) => history.statementStates(i));
  const rest = closest.leftover.length === 0 ? "" : ` (still different: ${describeChanges(closest.leftover, {
    missing: `missing from ${path}`,
    extra: `in ${path} only`,
    different: "different"
  })})`;
  const state = describeClosest(closest, history.migrations);
  return closest.leftover.length === 0 ? `${path} matches ${state} exactly` : `${path} is closest to ${state}${rest}`;
}
async function untracked(path, db, history, states, head) {
  const newest = states[states.length - 1];
  if (!newest || diffSchemas(db, head ?? newest).length === 0) return { findings: [] };
  const sentence = await closestSentence(path, db, history, states);
  return {
    findings: [
      finding2(
        "tracker-mismatch",
        "notice",
        `${path} has no migration tracker table, so which migrations it has is unknown; ${sentence}.`,
        [{ path, line: WHOLE_FILE_LINE }]
      )
    ]
  };
}
async function trackerFindings(path, db, tracker, set, history, states) {
  const here = { path, line: WHOLE_FILE_LINE };
  const migrations = set.migrations;
  const findings = [];
  const where2 = `${tracker.table} (${tracker.tool})`;
  for (const problem of tracker.problems) {
    const index2 = migrations.findIndex((m) => m.version === problem.version);
    const locations = index2 >= 0 ? [here, at(migrations[index2])] : [here];
    findings.push(
      finding2("tracker-mismatch", "error", `${path}: ${where2} says ${problem.message}.`, locations)
    );
  }
  const mapped = appliedMigrations(tracker, migrations, sha2563);
  if (mapped.unknown.length > 0) {
    const n = mapped.unknown.length;
    findings.push(
      finding2(
        "tracker-mismatch",
        "warning",
        `${path}: ${where2} records ${n === 1 ? "version" : "versions"} ${andList(mapped.unknown)} that ${set.dir || "the migrations directory"} does not have (deleted, renamed, or from another branch).`,
        [here]
      )
    );
  }
  for (const i of mapped.hashMismatch) {
    const m = migrations[i];
    findings.push(
      finding2(
        "migration-edited",
        "error",
        `${m.path} was changed after it was applied to ${path}: its sha256 no longer matches ${where2}. Revert the edit and put the change in a new migration.`,
        [at(m), here]
      )
    );
  }
  const applied = new Set(mapped.applied);
  const newest = mapped.applied.length > 0 ? mapped.applied[mapped.applied.length - 1] : -1;
  const pending = migrations.map((m, i) => ({ m, i })).filter(({ m, i }) => !m.repeatable && !applied.has(i));
  if (pending.length > 0) {
    const skipped = pending.filter(({ i }) => i < newest).map(({ m }) => label4(m));
    const names = pending.map(({ m }) => label4(m));
    const shown = names.length > 10 ? [...names.slice(0, 10), `${names.length - 10} more`] : names;
    findings.push(
      finding2(
        "tracker-mismatch",
        "notice",
        `${path}: ${pending.length === 1 ? "1 migration is" : `${pending.length} migrations are`} not applied yet according to ${where2}: ${andList(shown)}` + (skipped.length > 0 ? ` (${andList(skipped)} ${areOrIs(skipped)} older than applied ones: they were skipped)` : "") + ".",
        [here]
      )
    );
  }
  const reference = states[newest + 1];
  if (newest < 0 || !reference) return { findings };
  const missing = diffSchemas(db, reference).filter((c) => changedObject(c).how === "missing");
  if (missing.length === 0) return { findings, reference };
  const missingAt = /* @__PURE__ */ new Map();
  const missingNames = (k) => {
    let names = missingAt.get(k);
    if (!names) {
      names = new Set(
        diffSchemas(db, states[k]).map(changedObject).filter((o) => o.how === "missing").map((o) => o.name)
      );
      missingAt.set(k, names);
    }
    return names;
  };
  const byMigration = /* @__PURE__ */ new Map();
  for (const change of missing) {
    const name = changedObject(change).name;
    let k = newest + 1;
    while (k > 1 && missingNames(k - 1).has(name)) k--;
    const list2 = byMigration.get(k - 1) ?? [];
    list2.push(change);
    byMigration.set(k - 1, list2);
  }
  const sentence = await closestSentence(path, db, history, states);
  const ordered = [...byMigration].sort(([a], [b]) => a - b);
  ordered.forEach(([i, changes], n) => {
    const m = migrations[i];
    const names = changes.map((c) => changedObject(c).name);
    const marked = applied.has(i) ? `is marked applied in ${where2}` : `comes before applied migrations`;
    findings.push(
      finding2(
        "tracker-mismatch",
        "error",
        `${label4(m)} ${marked}; ${andList(names)} ${areOrIs(names)} missing from ${path}` + (n === 0 ? `. ${sentence}.` : "."),
        [at(m), here]
      )
    );
  });
  return { findings, reference };
}

// src/live/prefix-states.ts
function inspectApp(db) {
  return withoutToolTables(inspectSchema(db));
}
async function prefixStates(set, options = {}) {
  const db = await openReplayDatabase();
  try {
    const states = [inspectApp(db)];
    replayMigrations(db, set, {
      functions: options.functions,
      until: options.until,
      onMigration: () => states.push(inspectApp(db))
    });
    return { states };
  } finally {
    db.close();
  }
}
async function statementStates(set, index2, options = {}) {
  const db = await openReplayDatabase();
  try {
    const states = [];
    replayMigrations(db, set, {
      functions: options.functions,
      until: index2 + 1,
      onStatement: (migration, statement) => {
        if (migration === index2 && statement > 0) states[statement] = inspectApp(db);
      }
    });
    return states;
  } finally {
    db.close();
  }
}
function historyOf(set, functions = []) {
  let states;
  const inside = /* @__PURE__ */ new Map();
  return {
    migrations: set.migrations,
    states() {
      states ??= prefixStates(set, { functions }).then((r) => r.states);
      return states;
    },
    statementStates(index2) {
      let found = inside.get(index2);
      if (!found) {
        found = statementStates(set, index2, { functions });
        inside.set(index2, found);
      }
      return found;
    }
  };
}

// src/live/databases.ts
async function checkDatabases(fs, project, migrations) {
  const ignore = ignoreMatcher(project.ignore);
  const history = migrations.set ? historyOf(migrations.set, project.functions) : void 0;
  const databases = [];
  const findings = [];
  for (const path of project.databases) {
    const outcome = await checkDatabase(fs, path, {
      set: migrations.set,
      history,
      head: migrations.head,
      ignore
    });
    databases.push(outcome.report);
    findings.push(
      ...applyRuleSettings(outcome.findings, {
        rules: project.rules,
        ignore,
        project: databaseSection(project.name, path)
      })
    );
  }
  return { databases, findings };
}
function databaseSection(project, path) {
  return `${project}:${path}`;
}

// src/migrations/command.ts
function runMigrationsCommand(command, deps) {
  return runScratchDbCommand(command, deps, "replay-error", "migrations");
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
function indent(text2) {
  return text2.split("\n").map((line) => `    ${line}`).join("\n");
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
  const history = loaded ? startHistoryAnalysis(project, loaded.set, {
    ...cache ? { cache: { store: cache, identity } } : {},
    budgetMs: project.timeoutMs
  }) : void 0;
  const abandon = new AbortController();
  const replaying = loaded ? cache ? replayWithCache(
    loaded.set,
    { ...replayOptions, signal: abandon.signal },
    { store: cache, identity, replay: replayIsolated },
    lookup
  ) : replayIsolated(loaded.set, { ...replayOptions, signal: abandon.signal }) : void 0;
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
  const live = project.databases.length > 0 ? await checkDatabases(ports.fs, project, {
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
  compareSchemas,
  replayErrorFindings,
  runCheck
};
