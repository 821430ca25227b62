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
} from "./chunk-JS5YJCF4.js";
import {
  gitText
} from "./chunk-VXB77DQG.js";
import {
  ALL_CAPABILITIES,
  WHOLE_FILE_LINE,
  isSqliteHeader,
  openableCopy,
  walWarning,
  wholeFile
} from "./chunk-26WOWWPH.js";
import {
  loadMigrationSet
} from "./chunk-GG2JIFAQ.js";
import {
  canonicalInteger,
  dottedKey,
  isNumericVersion
} from "./chunk-VOJG7DOK.js";
import {
  RULES,
  sortFindings,
  summarize
} from "./chunk-STLIIMTE.js";
import {
  DEFAULT_BUDGET_MS,
  loadConfig,
  repositoryName,
  resolveProjects,
  sealJson,
  unsealJson
} from "./chunk-QDODJ2OD.js";
import {
  VERSION
} from "./chunk-DE3BHIPR.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";
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
} from "./chunk-A3LC6VE6.js";
import {
  inspectSchema,
  parseAlterTableSql,
  parseStatement,
  statementTable
} from "./chunk-2D2EWRF2.js";
import {
  affinitiesStoreDifferently,
  affinityOf,
  firstKeyword,
  openDatabase,
  significantTokens,
  sqliteVersion,
  wasmPath
} from "./chunk-XCRFEYVM.js";
import {
  SEVERITY_RANK
} from "./chunk-NTFL5Q3W.js";

// src/cache/engine-id.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
var fingerprint;
function engineFingerprint() {
  fingerprint ??= createHash("sha256").update(readFileSync(wasmPath())).digest("hex").slice(0, 16);
  return fingerprint;
}
async function cachedSqliteVersion(store) {
  const key3 = `engine-${engineFingerprint()}`;
  const bytes = await store.read(key3).catch(() => void 0);
  const known = bytes ? unsealJson(bytes) : void 0;
  if (typeof known === "string") return known;
  const version = await sqliteVersion();
  await store.write(key3, sealJson(version)).catch(() => void 0);
  return version;
}

// src/cache/history-cache.ts
import { createHash as createHash2 } from "node:crypto";
var HISTORY_RULES = ["destructive-change", "down-mismatch"];
function historyKey(project, set, identity) {
  const digest2 = createHash2("sha256").update(
    JSON.stringify({
      history: 1,
      tool: identity.tool,
      engine: identity.engine,
      functions: project.functions,
      rules: HISTORY_RULES.map((rule) => project.rules[rule] === "off"),
      format: set.format,
      foreignKeys: set.foreignKeys,
      outerTransaction: set.outerTransaction ?? false
    })
  ).update(JSON.stringify(set.migrations)).digest("hex");
  return `history-${digest2.slice(0, 40)}`;
}
async function historyFindingsCached(project, set, deps, analyse) {
  const key3 = historyKey(project, set, deps.identity);
  const bytes = await deps.store.read(key3).catch(() => void 0);
  const cached = bytes ? unsealJson(bytes) : void 0;
  if (Array.isArray(cached)) return cached;
  const findings = await analyse(project, set);
  await deps.store.write(key3, sealJson(findings)).catch(() => void 0);
  return findings;
}

// src/cache/models-cache.ts
import { createHash as createHash4 } from "node:crypto";

// src/cache/recording-fs.ts
import { createHash as createHash3 } from "node:crypto";
var utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
function digest(value) {
  return createHash3("sha256").update(value).digest("hex").slice(0, 32);
}
async function answer(fs, op, path) {
  try {
    if (op === "file") return digest(await fs.readFile(path));
    if (op === "readdir") return digest(JSON.stringify(await fs.readdir(path)));
    return digest(JSON.stringify(await fs.stat(path) ?? null));
  } catch (error) {
    return `error:${error.code ?? "unknown"}`;
  }
}
function recordingFileSystem(fs) {
  const reads = /* @__PURE__ */ new Map();
  const record = async (op, path, run) => {
    const key3 = `${op}\0${path}`;
    try {
      const value = await run();
      if (!reads.has(key3)) {
        const text2 = op === "file" ? value : JSON.stringify(value ?? null);
        reads.set(key3, { op, path, digest: digest(text2) });
      }
      return value;
    } catch (error) {
      reads.set(key3, { op, path, digest: `error:${error.code ?? "unknown"}` });
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
async function sameAnswers(fs, reads) {
  const answers = await Promise.all(reads.map((r) => answer(fs, r.op, r.path)));
  return answers.every((a, i) => a === reads[i].digest);
}

// src/cache/models-cache.ts
async function loadModelsCached(ports, project, deps, load) {
  if (project.models?.format === "command") return load(ports, project);
  const key3 = `models-${createHash4("sha256").update(JSON.stringify([deps.identity.tool, deps.identity.engine, project.root, project.models ?? null])).digest("hex").slice(0, 32)}`;
  const bytes = await deps.store.read(key3).catch(() => void 0);
  const entry = bytes ? unsealJson(bytes) : void 0;
  if (entry && Array.isArray(entry.reads) && await sameAnswers(ports.fs, entry.reads))
    return entry.loaded ?? void 0;
  const recording = recordingFileSystem(ports.fs);
  const loaded = await load({ ...ports, fs: recording.fs }, project);
  const fresh = { reads: recording.reads(), loaded: loaded ?? null };
  await deps.store.write(key3, sealJson(fresh)).catch(() => void 0);
  return loaded;
}

// src/cache/entry.ts
import { createHash as createHash5 } from "node:crypto";
var MAGIC = new TextEncoder().encode("DCRC1\n");
var HASH_BYTES = 32;
function encodeEntry(entry) {
  const { database, ...meta } = entry;
  const json = new TextEncoder().encode(JSON.stringify(meta));
  const body = new Uint8Array(4 + json.length + database.length);
  new DataView(body.buffer).setUint32(0, json.length);
  body.set(json, 4);
  body.set(database, 4 + json.length);
  const hash = createHash5("sha256").update(body).digest();
  const out = new Uint8Array(MAGIC.length + HASH_BYTES + body.length);
  out.set(MAGIC, 0);
  out.set(hash, MAGIC.length);
  out.set(body, MAGIC.length + HASH_BYTES);
  return out;
}
function decodeEntry(bytes, key3) {
  const start = MAGIC.length + HASH_BYTES;
  if (bytes.length < start + 4) return void 0;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC[i]) return void 0;
  const body = bytes.subarray(start);
  const hash = createHash5("sha256").update(body).digest();
  if (!hash.equals(bytes.subarray(MAGIC.length, start))) return void 0;
  const jsonLength = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0);
  if (4 + jsonLength > body.length) return void 0;
  try {
    const meta = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + jsonLength)));
    if (meta.key !== key3 || typeof meta.count !== "number" || !meta.schema || !meta.provenance)
      return void 0;
    return { ...meta, database: body.slice(4 + jsonLength) };
  } catch {
    return void 0;
  }
}

// src/cache/keys.ts
import { createHash as createHash6 } from "node:crypto";
function sha256(text2) {
  return createHash6("sha256").update(text2).digest("hex");
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
  let key3 = sha256(
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
    key3 = sha256(`${key3}
${migrationDigest(migration)}`);
    keys.push(key3.slice(0, 40));
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
    ...base ? { database: base.database, from: base.count, provenance: base.provenance } : {},
    exportDatabase: total > 0
  });
  const reused = base?.count ?? 0;
  const applied = reused + replay.applied;
  const clean = replay.failures.length === 0 && replay.notReplayed === 0 && applied === total && replay.schema;
  if (clean && replay.database && replay.schema && total > 0) {
    const key3 = keys[total - 1];
    const entry = {
      key: key3,
      count: total,
      schema: replay.schema,
      provenance: replay.provenance,
      database: replay.database
    };
    await deps.store.write(key3, encodeEntry(entry)).catch(() => void 0);
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
function isFullHit(set, lookup) {
  return lookup.base !== void 0 && lookup.base.count === set.migrations.length;
}
async function findEntry(set, keys, store) {
  if (keys.length === 0) return void 0;
  const present = new Set(await store.keys().catch(() => []));
  const lowest = set.outerTransaction ? keys.length - 1 : 0;
  for (let i = keys.length - 1; i >= lowest; i--) {
    const key3 = keys[i];
    if (!present.has(key3)) continue;
    const bytes = await store.read(key3);
    const entry = bytes ? decodeEntry(bytes, key3) : void 0;
    if (entry && entry.count === i + 1) return entry;
    await store.remove(key3).catch(() => void 0);
  }
  return void 0;
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
function label(m) {
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
    message: cosmetic ? `${label(after)} is on ${ref} and only its comments or whitespace changed.` : `${label(after)} is already on ${ref} and was changed: databases that applied it will not run it again, so they and fresh databases diverge. Revert the edit and put the change in a new migration.`,
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
      message: `${label(m)} is new but sorts before ${label(newest)}, which is already on ${ref}: databases that applied ${label(newest)} will skip it (or refuse to migrate). Give it a version after ${newest.version}.`,
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

// src/schema/ignore.ts
var MIGRATION_TOOL_TABLES = [
  "alembic_version",
  "schema_versions",
  "schema_migrations",
  "_prisma_migrations",
  "__drizzle_migrations",
  "flyway_schema_history",
  "goose_db_version",
  "django_migrations",
  "__diesel_schema_migrations",
  "_sqlx_migrations",
  "sqlite_sequence"
];
var TOOL_TABLES = new Set(MIGRATION_TOOL_TABLES);
function isMigrationToolTable(name) {
  const lower = name.toLowerCase();
  return TOOL_TABLES.has(lower) || /^sqlite_stat\d+$/.test(lower);
}
function withoutToolTables(schema) {
  return {
    tables: schema.tables.filter((t) => !isMigrationToolTable(t.name)),
    views: schema.views,
    triggers: schema.triggers.filter((t) => !isMigrationToolTable(t.table))
  };
}

// src/live/tracker/sql.ts
function queryRows(db, sql) {
  const statement = db.prepare(sql);
  try {
    const out = [];
    while (statement.step()) out.push(statement.getAsObject());
    return out;
  } finally {
    statement.free();
  }
}
function columnNames(db, table) {
  return new Set(
    queryRows(db, `SELECT name FROM pragma_table_info(${quoteString(table)})`).map(
      (r) => String(r.name).toLowerCase()
    )
  );
}
function quoteString(text2) {
  return `'${text2.replace(/'/g, "''")}'`;
}
function quoteIdent2(name) {
  return `"${name.replace(/"/g, '""')}"`;
}
function text(value) {
  if (value === null || value === void 0) return void 0;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return String(value).trim();
}
function truthy(value) {
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string") return ["1", "t", "true", "yes"].includes(value.toLowerCase());
  return Boolean(value);
}

// src/integrity/seed.ts
var ROWS = 2;
function seedableTables(db) {
  return queryRows(
    db,
    "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
  ).map((r) => String(r.name));
}
var COUNT_BATCH = 200;
function rowCounts(db, tables) {
  const counts = /* @__PURE__ */ new Map();
  for (let start = 0; start < tables.length; start += COUNT_BATCH) {
    const batch = tables.slice(start, start + COUNT_BATCH);
    const sql = batch.map((t, i) => `SELECT ${start + i} AS i, count(*) AS n FROM ${quoteIdent2(t)}`).join(" UNION ALL ");
    for (const row of queryRows(db, sql)) counts.set(tables[Number(row.i)], Number(row.n));
  }
  return counts;
}
function columnsOf(db, table) {
  const info = queryRows(
    db,
    `SELECT name, type, "notnull" AS nn, dflt_value AS dflt, pk, hidden FROM pragma_table_xinfo(${quoteString(table)})`
  );
  const keys = info.filter((c) => Number(c.pk) > 0);
  const references = /* @__PURE__ */ new Map();
  for (const fk of queryRows(
    db,
    `SELECT "from", "table", "to" FROM pragma_foreign_key_list(${quoteString(table)})`
  ))
    references.set(String(fk.from), {
      table: String(fk.table),
      ...fk.to !== null ? { column: String(fk.to) } : {}
    });
  return info.filter((c) => Number(c.hidden) === 0).map((c) => ({
    name: String(c.name),
    type: String(c.type ?? ""),
    notNull: Number(c.nn) === 1,
    hasDefault: c.dflt !== null,
    integerKey: keys.length === 1 && Number(c.pk) === 1 && String(c.type).toUpperCase() === "INTEGER",
    ...references.has(String(c.name)) ? { reference: references.get(String(c.name)) } : {}
  }));
}
function valueFor(column, row) {
  const type = column.type.toUpperCase();
  if (/DATE|TIME/.test(type)) return `2024-01-0${row} 12:00:00`;
  if (/BOOL/.test(type)) return row % 2;
  switch (affinityOf(column.type)) {
    case "INTEGER":
      return row;
    case "REAL":
      return row + 0.5;
    case "NUMERIC":
      return row;
    case "BLOB":
      return column.type === "" ? `seed ${row}` : new Uint8Array([row]);
    default:
      return `seed ${row} ${column.name}`;
  }
}
function parentValue(db, reference, row) {
  const column = reference.column ? quoteIdent2(reference.column) : "rowid";
  const rows = queryRows(
    db,
    `SELECT ${column} AS v FROM ${quoteIdent2(reference.table)} ORDER BY rowid LIMIT 1 OFFSET ${(row - 1) % ROWS}`
  );
  return rows[0]?.v ?? queryRows(db, `SELECT ${column} AS v FROM ${quoteIdent2(reference.table)} LIMIT 1`)[0]?.v;
}
function insertRows(db, table, columns) {
  let lastError;
  for (const full of [true, false]) {
    const chosen = columns.filter((c) => !c.integerKey && (full || c.notNull && !c.hasDefault));
    db.run("SAVEPOINT driftcheck_seed");
    try {
      for (let row = 1; row <= ROWS; row++) {
        const values = chosen.map(
          (c) => c.reference && c.reference.table.toLowerCase() !== table.toLowerCase() ? parentValue(db, c.reference, row) : valueFor(c, row)
        );
        const names = chosen.map((c) => quoteIdent2(c.name)).join(", ");
        const sql = chosen.length === 0 ? `INSERT INTO ${quoteIdent2(table)} DEFAULT VALUES` : `INSERT INTO ${quoteIdent2(table)} (${names}) VALUES (${chosen.map(() => "?").join(", ")})`;
        db.run(sql, values);
      }
      db.run("RELEASE driftcheck_seed");
      return void 0;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      db.run("ROLLBACK TO driftcheck_seed");
      db.run("RELEASE driftcheck_seed");
    }
  }
  return lastError;
}
function seedEmptyTables(db, skip, read2 = { tableNames: () => seedableTables(db), rowCounts: (tables) => rowCounts(db, tables) }) {
  const failed = /* @__PURE__ */ new Map();
  const candidates = read2.tableNames().filter((t) => !isMigrationToolTable(t) && !skip.has(t.toLowerCase()));
  const counts = read2.rowCounts(candidates);
  let pending = candidates.filter((t) => counts.get(t) === 0);
  let force = false;
  while (pending.length > 0) {
    const next = [];
    for (const table of pending) {
      const columns = columnsOf(db, table);
      const waiting = columns.some(
        (c) => c.reference && c.notNull && c.reference.table.toLowerCase() !== table.toLowerCase() && pending.some((p) => p.toLowerCase() === c.reference.table.toLowerCase())
      );
      if (waiting && !force) {
        next.push(table);
        continue;
      }
      const error = insertRows(db, table, columns);
      if (error) failed.set(table, error);
    }
    force = next.length === pending.length;
    pending = next;
  }
  return failed;
}

// src/integrity/table-state.ts
var key = (name) => name.toLowerCase();
function tableStateReader(db) {
  const columnsBySql = /* @__PURE__ */ new Map();
  let countedAt = "";
  let counted = /* @__PURE__ */ new Map();
  const stateNow = () => {
    const row = queryRows(
      db,
      "SELECT total_changes() AS c, schema_version AS v FROM pragma_schema_version"
    )[0];
    return `${String(row?.c)}/${String(row?.v)}`;
  };
  const countRows = (tables2) => {
    const now = stateNow();
    if (now !== countedAt) {
      countedAt = now;
      counted = /* @__PURE__ */ new Map();
    }
    const missing = tables2.filter((t) => !counted.has(t));
    if (missing.length > 0) for (const [t, n] of rowCounts(db, missing)) counted.set(t, n);
    return new Map(tables2.map((t) => [t, counted.get(t) ?? 0]));
  };
  const tables = () => {
    const rows = queryRows(
      db,
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
    );
    const listed = rows.some((r) => /^CREATE\s+VIRTUAL\s/i.test(String(r.sql))) ? queryRows(
      db,
      "SELECT t.name AS name, s.sql AS sql FROM pragma_table_list AS t JOIN sqlite_schema AS s ON s.name = t.name AND s.type = 'table' WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY t.name"
    ) : rows;
    return listed.map((r) => ({ name: String(r.name), sql: String(r.sql) })).filter((t) => !isMigrationToolTable(t.name));
  };
  const columnsOf2 = (table) => {
    const memo = `${table.name}\0${table.sql}`;
    let columns = columnsBySql.get(memo);
    if (!columns) {
      columns = queryRows(db, `SELECT name FROM pragma_table_info(${quoteString(table.name)})`).map(
        (r) => String(r.name)
      );
      columnsBySql.set(memo, columns);
    }
    return columns;
  };
  return {
    snapshot() {
      const list2 = tables();
      const rows = countRows(list2.map((t) => t.name));
      return new Map(
        list2.map((t) => [key(t.name), { name: t.name, columns: columnsOf2(t), rows: rows.get(t.name) ?? 0 }])
      );
    },
    counts() {
      const names = tables().map((t) => t.name);
      const rows = countRows(names);
      return new Map(names.map((t) => [key(t), rows.get(t) ?? 0]));
    },
    tableNames: () => tables().map((t) => t.name),
    rowCounts: countRows
  };
}

// src/integrity/destructive.ts
var key2 = (name) => name.toLowerCase();
var dropTableOf = (s) => {
  const drop = parseStatement(s.sql);
  return drop?.kind === "drop" && drop.object === "table" ? drop.name : void 0;
};
function label2(m) {
  const parts = m.path.split("/");
  const file = parts.pop() ?? m.path;
  const folder = parts.pop();
  return folder && /^(migration|up|down)\.sql$/.test(file) ? `${folder}/${file}` : file;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function migrationLosses(m, before, after, cascades) {
  const findings = [];
  const renamedTables = /* @__PURE__ */ new Set();
  const renamedColumns = /* @__PURE__ */ new Set();
  for (const s of m.up) {
    const alter = parseAlterTableSql(s.sql);
    if (alter?.action.kind === "rename-table") renamedTables.add(key2(alter.table));
    if (alter?.action.kind === "rename-column")
      renamedColumns.add(`${key2(alter.table)}.${key2(alter.action.from)}`);
  }
  const dropOf = (table) => m.up.find((s) => key2(dropTableOf(s) ?? "") === key2(table));
  const first = m.up[0]?.location ?? { path: m.path, line: 1 };
  const report = (table, message, at2, column) => findings.push({
    rule: "destructive-change",
    severity: "warning",
    table,
    ...column ? { column } : {},
    message,
    locations: [at2?.location ?? first]
  });
  for (const [k, table] of before) {
    const now = after.get(k);
    if (!now) {
      if (!renamedTables.has(k))
        report(
          table.name,
          `${label2(m)} drops table ${table.name}${table.rows > 0 ? ` and its rows (${plural(table.rows, "seeded row")} before, none after)` : ""}.`,
          dropOf(table.name)
        );
      continue;
    }
    const kept = new Set(now.columns.map(key2));
    const lost = table.columns.filter((c) => !kept.has(key2(c)) && !renamedColumns.has(`${k}.${key2(c)}`));
    const rebuild = dropOf(table.name);
    for (const column of lost) {
      const drop = m.up.find((s) => {
        const alter = parseAlterTableSql(s.sql);
        return alter?.action.kind === "drop-column" && key2(alter.table) === k && key2(alter.action.column) === key2(column);
      });
      report(
        table.name,
        drop ? `${label2(m)} drops column ${table.name}.${column} and its data.` : `${label2(m)} rebuilds ${table.name} without column ${column}: its data is lost.`,
        drop ?? rebuild,
        column
      );
    }
    if (rebuild && now.rows < table.rows && !cascades.some((c) => c.table && key2(c.table) === k))
      report(
        table.name,
        `${label2(m)} rebuilds ${table.name} and loses rows: ${plural(table.rows, "seeded row")} before, ${now.rows} after.`,
        rebuild
      );
  }
  return findings;
}
async function destructiveFindings(set, options = {}) {
  const db = await openReplayDatabase();
  const tables = tableStateReader(db);
  const findings = [];
  const unseedable = /* @__PURE__ */ new Map();
  let before = /* @__PURE__ */ new Map();
  let cascades = [];
  let pendingDrop;
  const settleDrop = (migration) => {
    if (!pendingDrop) return;
    const now = tables.counts();
    for (const [k, rows] of pendingDrop.counts) {
      const after = now.get(k);
      if (k === key2(pendingDrop.table) || after === void 0 || after >= rows) continue;
      const table = before.get(k)?.name ?? k;
      const finding3 = {
        rule: "destructive-change",
        severity: "warning",
        table,
        message: `${label2(migration)}: DROP TABLE ${pendingDrop.table} deletes rows of ${table} through its foreign key (${rows} seeded rows before, ${after} after): with foreign keys on, dropping a parent table deletes first. Turn foreign keys off around the rebuild (PRAGMA foreign_keys=OFF outside the transaction).`,
        locations: [pendingDrop.statement.location]
      };
      cascades.push(finding3);
    }
    pendingDrop = void 0;
  };
  let failures = [];
  const losses = /* @__PURE__ */ new Map();
  try {
    ({ failures } = replayMigrations(db, set, {
      functions: options.functions,
      keepGoing: true,
      onMigrationStart: () => {
        before = tables.snapshot();
        cascades = [];
      },
      onStatement: (i, s) => {
        const migration = set.migrations[i];
        settleDrop(migration);
        const statement = migration.up[s];
        const table = dropTableOf(statement);
        if (table) pendingDrop = { statement, table, counts: tables.counts() };
      },
      onMigration: (i) => {
        const migration = set.migrations[i];
        settleDrop(migration);
        losses.set(i, [...cascades, ...migrationLosses(migration, before, tables.snapshot(), cascades)]);
        const skip = new Set([...unseedable.keys()].map(key2));
        for (const [table, reason] of seedEmptyTables(db, skip, tables))
          if (!isMigrationToolTable(table)) unseedable.set(table, { reason, migration });
      }
    }));
  } finally {
    db.close();
  }
  const failed = new Set(failures.map((f) => f.migration));
  for (const [index2, found] of losses) if (!failed.has(index2)) findings.push(...found);
  for (const failure of failures) {
    const migration = set.migrations[failure.migration];
    findings.push({
      rule: "destructive-change",
      severity: "warning",
      message: `${label2(migration)} fails on a database whose tables hold rows: ${failure.message}. It replays on an empty database, so this shows only where data exists (production). Give the new column a default or fill it in the copy, then run it against a copy of real data.`,
      locations: [failure.location]
    });
  }
  for (const [table, { reason, migration }] of unseedable)
    findings.push({
      rule: "destructive-change",
      severity: "notice",
      table,
      message: `Rows could not be seeded into ${table} (${reason}), so data loss in ${table} is not checked.`,
      locations: [migration.up[0]?.location ?? { path: migration.path, line: 1 }]
    });
  return findings;
}

// src/diff/sql-text.ts
function canonicalSql(text2) {
  let out = "";
  let i = 0;
  while (i < text2.length) {
    const ch = text2[i];
    if (ch === "'") {
      const end = literalEnd(text2, i, "'");
      out += text2.slice(i, end);
      i = end;
    } else if (ch === '"' || ch === "`") {
      const end = literalEnd(text2, i, ch);
      out += text2.slice(i + 1, end - 1).toLowerCase();
      i = end;
    } else if (ch === "[") {
      const close = text2.indexOf("]", i);
      const end = close < 0 ? text2.length : close + 1;
      out += text2.slice(i + 1, end - 1).toLowerCase();
      i = end;
    } else if (/\s/.test(ch)) {
      while (i < text2.length && /\s/.test(text2[i])) i++;
      if (WORDISH.test(out.at(-1) ?? "") && WORDISH.test(text2[i] ?? "")) out += " ";
    } else {
      out += ch.toLowerCase();
      i++;
    }
  }
  return out;
}
var WORDISH = /[\w$'"`[]/;
function literalEnd(text2, start, quote) {
  let i = start + 1;
  while (i < text2.length) {
    if (text2[i] === quote) {
      if (text2[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text2.length;
}
function stripOuterParens(text2) {
  let s = text2.trim();
  while (s.startsWith("(") && s.endsWith(")") && closingParen(s, 0) === s.length - 1)
    s = s.slice(1, -1).trim();
  return s;
}
function closingParen(text2, open) {
  let depth = 0;
  for (let i = open; i < text2.length; i++) {
    const ch = text2[i];
    if (ch === "'" || ch === '"' || ch === "`") i = literalEnd(text2, i, ch) - 1;
    else if (ch === "(") depth++;
    else if (ch === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
function sameSql(a, b) {
  if (a === void 0 || b === void 0) return a === b;
  return canonicalSql(stripOuterParens(a)) === canonicalSql(stripOuterParens(b));
}
function canonicalDefault(value) {
  if (value === void 0) return void 0;
  const c = canonicalSql(stripOuterParens(value));
  if (c === "false") return "0";
  if (c === "true") return "1";
  if (c === "null") return void 0;
  return c;
}
function sameType(a, b) {
  return canonicalSql(a) === canonicalSql(b);
}
function nameKey(name) {
  const n = name.trim();
  const quoted = /^(?:"(.*)"|`(.*)`|\[(.*)\])$/s.exec(n);
  return (quoted ? quoted[1] ?? quoted[2] ?? quoted[3] ?? "" : n).toLowerCase();
}

// src/diff/match.ts
function matchByName(expected, actual) {
  return matchBy(expected, actual, (e, a) => nameKey(e.name) === nameKey(a.name));
}
function matchBy(expected, actual, same) {
  const claimed = /* @__PURE__ */ new Set();
  const pairs = [];
  const missing = [];
  for (const e of expected) {
    const i = actual.findIndex((a, j) => !claimed.has(j) && same(e, a));
    if (i < 0) missing.push(e);
    else {
      claimed.add(i);
      pairs.push({ expected: e, actual: actual[i] });
    }
  }
  return { pairs, missing, extra: actual.filter((_, j) => !claimed.has(j)) };
}

// src/diff/checks.ts
function diffChecks(tables) {
  const { missing, extra } = matchBy(
    tables.expected.checks,
    tables.actual.checks,
    (e, a) => sameSql(e.expression, a.expression)
  );
  return [
    ...missing.map((expected) => ({ kind: "check-missing", tables, expected })),
    ...extra.map((actual) => ({ kind: "check-extra", tables, actual }))
  ];
}

// src/diff/columns.ts
function diffColumns(tables, ignore) {
  const kept = (t) => t.columns.filter((c) => !ignore(t.name, c.name));
  const { pairs, missing, extra } = matchByName(kept(tables.expected), kept(tables.actual));
  const changes = [];
  for (const expected of missing) changes.push({ kind: "column-missing", tables, expected });
  for (const actual of extra) changes.push({ kind: "column-extra", tables, actual });
  for (const { expected, actual } of pairs) {
    for (const facet of FACETS) {
      if (differs[facet](tables, expected, actual))
        changes.push(columnChange(facet, tables, expected, actual));
    }
  }
  return changes;
}
function columnChange(facet, tables, expected, actual) {
  return { kind: `column-${facet}-changed`, facet, tables, expected, actual };
}
var FACETS = ["type", "nullable", "default", "generated", "collate"];
var differs = {
  type: (_, e, a) => !sameType(e.type, a.type),
  nullable: (t, e, a) => effectiveNotNull(t.expected, e) !== effectiveNotNull(t.actual, a),
  // A generated column has no default; the generated facet covers it.
  default: (_, e, a) => !e.generated && !a.generated && canonicalDefault(e.default) !== canonicalDefault(a.default),
  generated: (_, e, a) => e.generated?.kind !== a.generated?.kind || !sameSql(e.generated?.expression, a.generated?.expression),
  collate: (_, e, a) => collation(e) !== collation(a)
};
function collation(column) {
  return (column.collate ?? "BINARY").toUpperCase();
}
function effectiveNotNull(table, column) {
  if (column.notNull) return true;
  const inKey = table.primaryKey.some((k) => nameKey(k) === nameKey(column.name));
  if (!inKey) return false;
  if (table.withoutRowid) return true;
  return table.primaryKey.length === 1 && isIntegerType(column.type);
}
function isIntegerType(type) {
  return type.trim().toUpperCase() === "INTEGER";
}

// src/diff/context.ts
function sharedCapabilities(options) {
  const e = options.capabilities?.expected ?? ALL_CAPABILITIES;
  const a = options.capabilities?.actual ?? ALL_CAPABILITIES;
  return {
    views: e.views && a.views,
    triggers: e.triggers && a.triggers,
    checks: e.checks && a.checks,
    indexNames: e.indexNames && a.indexNames
  };
}
function ignoreOf(options) {
  return options.ignore ?? (() => false);
}

// src/diff/foreign-keys.ts
function diffForeignKeys(tables, actual, expected) {
  const e = tables.expected.foreignKeys.map((fk) => resolved(fk, expected));
  const a = tables.actual.foreignKeys.map((fk) => resolved(fk, actual));
  const exact = matchBy(e, a, (x, y) => sameColumns(x, y) && sameTarget(x, y) && sameActions(x, y));
  const byColumns = matchBy(exact.missing, exact.extra, sameColumns);
  const changes = [];
  for (const fk of byColumns.missing) {
    if (!carriedByMissingColumn(fk, tables.actual))
      changes.push({ kind: "foreign-key-missing", tables, expected: fk });
  }
  for (const fk of byColumns.extra) changes.push({ kind: "foreign-key-extra", tables, actual: fk });
  for (const { expected: x, actual: y } of byColumns.pairs)
    changes.push({ kind: "foreign-key-changed", tables, expected: x, actual: y });
  return changes;
}
function resolved(fk, schema) {
  if (fk.refColumns.length > 0) return fk;
  const parent = schema.tables.find((t) => nameKey(t.name) === nameKey(fk.table));
  return parent && parent.primaryKey.length > 0 ? { ...fk, refColumns: parent.primaryKey } : fk;
}
function carriedByMissingColumn(fk, actual) {
  return fk.columns.length === 1 && !actual.columns.some((c) => nameKey(c.name) === nameKey(fk.columns[0]));
}
var sameList = (x, y) => x.length === y.length && x.every((v, i) => nameKey(v) === nameKey(y[i]));
function sameColumns(x, y) {
  return sameList(x.columns, y.columns);
}
function sameTarget(x, y) {
  return nameKey(x.table) === nameKey(y.table) && sameList(x.refColumns, y.refColumns);
}
function sameActions(x, y) {
  const act = (v) => (v ?? "NO ACTION").toUpperCase().replace(/\s+/g, " ");
  return act(x.onDelete) === act(y.onDelete) && act(x.onUpdate) === act(y.onUpdate);
}

// src/diff/indexes.ts
function diffIndexes(tables, ignore, compareNames) {
  const relevant = (t) => t.indexes.filter((i) => i.origin !== "pk" && !coversIgnored(t, i, ignore));
  const byShape = matchBy(relevant(tables.expected), relevant(tables.actual), sameShape);
  const byName = matchBy(
    byShape.missing,
    byShape.extra,
    (e, a) => explicit(e, a) && nameKey(e.name) === nameKey(a.name)
  );
  const changes = [];
  for (const expected of byName.missing) changes.push({ kind: "index-missing", tables, expected });
  for (const actual of byName.extra) changes.push({ kind: "index-extra", tables, actual });
  for (const { expected, actual } of byName.pairs)
    changes.push({ kind: "index-changed", tables, expected, actual });
  if (compareNames) {
    for (const { expected, actual } of byShape.pairs) {
      if (explicit(expected, actual) && nameKey(expected.name) !== nameKey(actual.name))
        changes.push({ kind: "index-renamed", tables, expected, actual });
    }
  }
  return changes;
}
function sameShape(a, b) {
  return a.unique === b.unique && a.columns.length === b.columns.length && a.columns.every((c, i) => canonicalSql(c) === canonicalSql(b.columns[i])) && sameSql(a.where, b.where);
}
function explicit(a, b) {
  return a.origin === "c" && b.origin === "c";
}
function coversIgnored(table, index2, ignore) {
  return index2.columns.some((c) => ignore(table.name, c));
}

// src/diff/primary-key.ts
function diffPrimaryKey(tables) {
  const expected = tables.expected.primaryKey;
  const actual = tables.actual.primaryKey;
  const same = expected.length === actual.length && expected.every((c, i) => nameKey(c) === nameKey(actual[i]));
  return same ? [] : [{ kind: "primary-key-changed", tables, expected, actual }];
}

// src/diff/views.ts
function diffViews(expected, actual) {
  const m = matchByName(expected, actual);
  return [
    ...m.missing.map((v) => ({ kind: "view-missing", expected: v })),
    ...m.extra.map((v) => ({ kind: "view-extra", actual: v })),
    ...m.pairs.filter((p) => !sameSql(p.expected.definition, p.actual.definition)).map((p) => ({ kind: "view-changed", ...p }))
  ];
}
function diffTriggers(expected, actual) {
  const m = matchByName(expected, actual);
  return [
    ...m.missing.map((t) => ({ kind: "trigger-missing", expected: t })),
    ...m.extra.map((t) => ({ kind: "trigger-extra", actual: t })),
    ...m.pairs.filter((p) => !sameSql(p.expected.definition, p.actual.definition)).map((p) => ({ kind: "trigger-changed", ...p }))
  ];
}

// src/diff/index.ts
function diffSchemas(actual, expected, options = {}) {
  const can = sharedCapabilities(options);
  const ignore = ignoreOf(options);
  const tables = matchByName(
    expected.tables.filter((t) => !ignore(t.name)),
    actual.tables.filter((t) => !ignore(t.name))
  );
  const changes = [];
  for (const t of tables.missing) changes.push({ kind: "table-missing", expected: t });
  for (const t of tables.extra) changes.push({ kind: "table-extra", actual: t });
  for (const pair of tables.pairs) {
    changes.push(
      ...diffColumns(pair, ignore),
      ...diffPrimaryKey(pair),
      ...diffIndexes(pair, ignore, can.indexNames),
      ...diffForeignKeys(pair, actual, expected),
      ...can.checks ? diffChecks(pair) : []
    );
  }
  if (can.views) {
    const keep = (v) => !ignore(v.name);
    changes.push(...diffViews(expected.views.filter(keep), actual.views.filter(keep)));
  }
  if (can.triggers) {
    const keep = (t) => !ignore(t.table);
    changes.push(...diffTriggers(expected.triggers.filter(keep), actual.triggers.filter(keep)));
  }
  return changes;
}

// src/live/objects.ts
function changedObject(change) {
  switch (change.kind) {
    case "table-missing":
      return {
        how: "missing",
        kind: "table",
        name: `table ${change.expected.name}`,
        object: change.expected.name
      };
    case "table-extra":
      return { how: "extra", kind: "table", name: `table ${change.actual.name}`, object: change.actual.name };
    case "column-missing":
    case "column-extra": {
      const column = change.kind === "column-missing" ? change.expected : change.actual;
      const table = change.tables.expected.name;
      return {
        how: change.kind === "column-missing" ? "missing" : "extra",
        kind: "column",
        name: `${table}.${column.name}`,
        table,
        object: column.name
      };
    }
    case "index-missing":
    case "index-extra": {
      const index2 = change.kind === "index-missing" ? change.expected : change.actual;
      return {
        how: change.kind === "index-missing" ? "missing" : "extra",
        kind: "index",
        name: `index ${index2.name}`,
        table: change.tables.expected.name,
        object: index2.name
      };
    }
    case "index-changed":
    case "index-renamed":
      return {
        how: "different",
        kind: "index",
        name: `index ${change.expected.name}`,
        table: change.tables.expected.name,
        object: change.expected.name
      };
    case "view-missing":
    case "view-extra": {
      const view2 = change.kind === "view-missing" ? change.expected : change.actual;
      return {
        how: change.kind === "view-missing" ? "missing" : "extra",
        kind: "view",
        name: `view ${view2.name}`,
        object: view2.name
      };
    }
    case "view-changed":
      return {
        how: "different",
        kind: "view",
        name: `view ${change.expected.name}`,
        object: change.expected.name
      };
    case "trigger-missing":
    case "trigger-extra": {
      const trigger2 = change.kind === "trigger-missing" ? change.expected : change.actual;
      return {
        how: change.kind === "trigger-missing" ? "missing" : "extra",
        kind: "trigger",
        name: `trigger ${trigger2.name}`,
        object: trigger2.name
      };
    }
    case "trigger-changed":
      return {
        how: "different",
        kind: "trigger",
        name: `trigger ${change.expected.name}`,
        object: change.expected.name
      };
    case "primary-key-changed":
      return {
        how: "different",
        kind: "other",
        name: `the primary key of ${change.tables.expected.name}`,
        table: change.tables.expected.name
      };
    case "foreign-key-missing":
    case "foreign-key-extra": {
      const fk = change.kind === "foreign-key-missing" ? change.expected : change.actual;
      const table = change.tables.expected.name;
      return {
        how: change.kind === "foreign-key-missing" ? "missing" : "extra",
        kind: "other",
        name: `foreign key ${table}(${fk.columns.join(", ")}) \u2192 ${fk.table}`,
        table
      };
    }
    case "foreign-key-changed":
      return {
        how: "different",
        kind: "other",
        name: `foreign key ${change.tables.expected.name}(${change.expected.columns.join(", ")})`,
        table: change.tables.expected.name
      };
    case "check-missing":
    case "check-extra":
      return {
        how: change.kind === "check-missing" ? "missing" : "extra",
        kind: "other",
        name: `a CHECK on ${change.tables.expected.name}`,
        table: change.tables.expected.name
      };
    default: {
      const table = change.tables.expected.name;
      return {
        how: "different",
        kind: "column",
        name: `${table}.${change.expected.name} (${change.facet})`,
        table,
        object: change.expected.name
      };
    }
  }
}
function andList(items) {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function areOrIs(items) {
  return items.length === 1 ? "is" : "are";
}
function describeChanges(changes, labels = {
  missing: "missing",
  extra: "extra",
  different: "different"
}) {
  const groups = { missing: [], extra: [], different: [] };
  for (const change of changes) {
    const object = changedObject(change);
    if (!groups[object.how].includes(object.name)) groups[object.how].push(object.name);
  }
  const parts = [];
  for (const how of ["missing", "extra", "different"]) {
    const names = groups[how];
    if (names.length > 0) parts.push(`${andList(names)} ${areOrIs(names)} ${labels[how]}`);
  }
  return parts.join("; ");
}

// src/integrity/down.ts
var TRANSACTION = /* @__PURE__ */ new Set(["BEGIN", "COMMIT", "END", "ROLLBACK"]);
var SAVEPOINT = "driftcheck_round_trip";
function hasDown(m) {
  return (m.down?.length ?? 0) > 0 && !m.down.some((s) => s.blocked) && !m.up.some((s) => s.blocked);
}
function label3(m) {
  return m.path.split("/").pop() ?? m.path;
}
function inspectApp(db) {
  return withoutToolTables(inspectSchema(db));
}
function runAll(db, statements) {
  for (const statement of statements) {
    if (TRANSACTION.has(firstKeyword(statement.sql))) continue;
    try {
      db.exec(statement.sql);
    } catch (error) {
      return { statement, message: error instanceof Error ? error.message : String(error) };
    }
  }
  return void 0;
}
function downAt(m) {
  return m.down?.[0]?.location ?? { path: m.downPath ?? m.path, line: 1 };
}
function mismatch(message, at2) {
  return { rule: "down-mismatch", severity: "warning", message, locations: [at2] };
}
function roundTrip(db, m, before) {
  db.run(`SAVEPOINT ${SAVEPOINT}`);
  try {
    const down = runAll(db, m.down);
    if (down)
      return [
        mismatch(
          `The down migration of ${label3(m)} fails right after its up: ${down.message}.`,
          down.statement.location
        )
      ];
    const findings = [];
    const changes = diffSchemas(inspectApp(db), before);
    if (changes.length > 0)
      findings.push(
        mismatch(
          `The down migration of ${label3(m)} does not restore the schema before it: ${describeChanges(
            changes,
            {
              missing: "not restored",
              extra: "left behind",
              different: "not restored as it was"
            }
          )}.`,
          downAt(m)
        )
      );
    const again = changes.length === 0 ? runAll(db, m.up) : void 0;
    if (again)
      findings.push(
        mismatch(
          `${label3(m)} fails when run again after its down migration: ${again.message}.`,
          again.statement.location
        )
      );
    return findings;
  } finally {
    db.run(`ROLLBACK TO ${SAVEPOINT}`);
    db.run(`RELEASE ${SAVEPOINT}`);
  }
}
async function downFindings(set, options = {}) {
  if (!set.migrations.some(hasDown)) return [];
  const db = await openReplayDatabase();
  const findings = [];
  let before;
  try {
    replayMigrations(db, set, {
      functions: options.functions,
      onMigrationStart: (i) => {
        before = hasDown(set.migrations[i]) ? inspectApp(db) : void 0;
      },
      onMigration: (i) => {
        const m = set.migrations[i];
        if (before && hasDown(m)) findings.push(...roundTrip(db, m, before));
      }
    });
    return findings;
  } finally {
    db.close();
  }
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
async function historyFindings(project, set) {
  const options = { functions: project.functions };
  const findings = [];
  if (project.rules["destructive-change"] !== "off")
    findings.push(...await destructiveFindings(set, options));
  if (project.rules["down-mismatch"] !== "off") findings.push(...await downFindings(set, options));
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
function applyRuleSettings(findings, settings) {
  const out = [];
  for (const finding3 of findings) {
    const override = settings.rules[finding3.rule];
    if (override === "off") continue;
    if (finding3.table !== void 0 && settings.ignore?.(finding3.table, finding3.column)) continue;
    out.push({
      ...finding3,
      ...settings.project !== void 0 ? { project: settings.project } : {},
      ...override ? { severity: override } : {}
    });
  }
  return out;
}

// src/live/check-database.ts
import { createHash as createHash7 } from "node:crypto";

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
  const key3 = nameKey(column.name);
  const named = (names) => names.some((n) => nameKey(n) === key3);
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
  const key3 = nameKey(column.name);
  if (table.primaryKey.some((k) => nameKey(k) === key3)) return void 0;
  const defaultValue = column.default === void 0 ? void 0 : stripOuterParens(column.default);
  const nullDefault = defaultValue === void 0 || /^null$/i.test(defaultValue);
  if (column.generated) {
    if (column.generated.kind === "stored" || column.notNull) return void 0;
  } else {
    if (defaultValue !== void 0 && !isConstant(defaultValue)) return void 0;
    if (column.notNull && nullDefault) return void 0;
  }
  const fk = table.foreignKeys.find((f) => f.columns.length === 1 && nameKey(f.columns[0]) === key3);
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
    const text2 = (key3) => key3.length > 0 ? `PRIMARY KEY ${list(key3)}` : "no primary key (rowid)";
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
      const key3 = nameKey(draft.fix.rebuild.expected.name);
      if (!rebuilds.has(key3))
        rebuilds.set(key3, {
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
    const key3 = `${ref.path}:${ref.line}:${ref.column ?? ""}`;
    if (!seen.has(key3)) {
      seen.add(key3);
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
function label4(migration) {
  return migration ? migration.version || migration.name : "none";
}
function describeClosest(closest, migrations) {
  const base = closest.after === 0 ? "an empty database" : `the state after ${label4(migrations[closest.after - 1])}`;
  const partial = closest.statements ? `, plus ${closest.statements.applied} of ${closest.statements.of} statements of ${label4(migrations[closest.after])}` : "";
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
function appliedMigrations(tracker, migrations, sha2563) {
  const index2 = /* @__PURE__ */ new Map();
  migrations.forEach((m, i) => {
    if (m.repeatable) return;
    for (const key3 of keysOf(m)) if (!index2.has(key3)) index2.set(key3, i);
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
    if (i !== void 0 && sha2563(migrations[i].checksumSource) !== hash) hashMismatch.push(i);
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
var sha2562 = (text2) => createHash7("sha256").update(text2).digest("hex");
function label5(m) {
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
  const mapped = appliedMigrations(tracker, migrations, sha2562);
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
    const skipped = pending.filter(({ i }) => i < newest).map(({ m }) => label5(m));
    const names = pending.map(({ m }) => label5(m));
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
        `${label5(m)} ${marked}; ${andList(names)} ${areOrIs(names)} missing from ${path}` + (n === 0 ? `. ${sentence}.` : "."),
        [at(m), here]
      )
    );
  });
  return { findings, reference };
}

// src/live/prefix-states.ts
function inspectApp2(db) {
  return withoutToolTables(inspectSchema(db));
}
async function prefixStates(set, options = {}) {
  const db = await openReplayDatabase();
  try {
    const states = [inspectApp2(db)];
    replayMigrations(db, set, {
      functions: options.functions,
      until: options.until,
      onMigration: () => states.push(inspectApp2(db))
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
        if (migration === index2 && statement > 0) states[statement] = inspectApp2(db);
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

// src/sqlite/replay-isolated.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
function workerSpec() {
  const js = new URL("./replay-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(js))) return { entry: js, eval: false };
  const ts = new URL("./replay-worker.ts", import.meta.url);
  const tsxPackage = createRequire(import.meta.url).resolve("tsx/package.json");
  const tsx = pathToFileURL(join(dirname(tsxPackage), "dist/esm/api/index.mjs")).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ts.href)}); });`;
  return { entry: code, eval: true };
}
function spawn() {
  const spec = workerSpec();
  const start = { createdAt: performance.timeOrigin + performance.now() };
  return new Worker(spec.entry, { eval: spec.eval, workerData: start });
}
var warm;
function warmUpReplayWorker() {
  if (warm) return;
  const worker = spawn();
  worker.unref();
  worker.once("exit", () => {
    if (warm === worker) warm = void 0;
  });
  warm = worker;
}
function takeWorker() {
  const warmed = warm !== void 0;
  const worker = warm ?? spawn();
  warm = void 0;
  worker.ref();
  return { worker, warmed };
}
function attempt(request, budgetMs) {
  const { worker, warmed } = takeWorker();
  const progress = new Int32Array(request.progress);
  let timer;
  return new Promise((resolve, reject) => {
    const finish = (result) => {
      clearTimeout(timer);
      worker.removeAllListeners();
      void worker.terminate();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    worker.on("message", (message) => {
      if (message.type === "migration") {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const migration = Atomics.load(progress, 0);
          const statement = Math.max(0, Atomics.load(progress, 1));
          const seconds = budgetMs >= 1e3 ? `${budgetMs / 1e3} s` : `${budgetMs} ms`;
          finish({
            warmed,
            timedOut: {
              migration,
              statement,
              kind: "timeout",
              message: `The migration did not finish within its time budget (${seconds}); this statement was running.`
            }
          });
        }, budgetMs);
      } else if (message.type === "finishing") {
        clearTimeout(timer);
      } else if (message.type === "done") {
        finish({ done: message.result, warmed });
      } else {
        const error = new Error(`replay worker: ${message.message}`);
        if (message.stack) error.stack = message.stack;
        finish(error);
      }
    });
    worker.on("error", (error) => finish(error));
    worker.on("exit", (code) => finish(new Error(`replay worker exited with code ${code} before finishing`)));
    worker.postMessage(request);
  });
}
async function replayIsolated(set, options = {}) {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const forced = [];
  let warmed;
  for (let workers = 1; ; workers++) {
    const request = {
      set,
      keepGoing: options.keepGoing ?? false,
      functions: options.functions ?? [],
      from: options.from,
      until: options.until,
      provenance: options.provenance,
      database: options.database,
      forcedFailures: forced,
      inspect: options.inspect ?? true,
      exportDatabase: options.exportDatabase ?? false,
      progress: new SharedArrayBuffer(8)
    };
    const result = await attempt(request, budgetMs);
    warmed ??= result.warmed;
    if (result.timedOut) {
      const { migration, statement } = result.timedOut;
      if (forced.some((f) => f.migration === migration && f.statement === statement)) {
        throw new Error(`replay worker: statement ${statement} of migration ${migration} timed out twice`);
      }
      forced.push(result.timedOut);
      continue;
    }
    const done = result.done;
    return {
      ...done.schema ? { schema: done.schema } : {},
      failures: done.failures,
      applied: done.applied,
      ...done.stoppedAt !== void 0 ? { stoppedAt: done.stoppedAt } : {},
      notReplayed: done.notReplayed,
      provenance: done.provenance,
      ...done.database ? { database: done.database } : {},
      timing: {
        workerStartMs: done.startMs,
        replayMs: done.replayMs,
        inspectMs: done.inspectMs,
        workers,
        warmed
      }
    };
  }
}

// src/check.ts
function exitCodeFor(report, failOn) {
  if (failOn === "never") return 0;
  const threshold = SEVERITY_RANK[failOn];
  return report.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}
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
  const cache = overrides.cache === false || config.cache === false ? void 0 : ports.replayCache;
  for (const project of projects) {
    const result = await checkProject(project, ports, overrides, cache);
    projectReports.push(result.report);
    findings.push(...result.findings);
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
    failOn: overrides.failOn ?? config.failOn ?? "error"
  };
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
  if (loaded && !(lookup && isFullHit(loaded.set, lookup))) warmUpReplayWorker();
  const models = cache ? await loadModelsCached(ports, project, { store: cache, identity }, loadModelSet) : await loadModelSet(ports, project);
  if (!command && !loaded && !models)
    throw new UsageError(
      `no migrations or models found in ${project.root || "the repository root"}: pass --migrations PATH and --models PATH, or write a driftcheck.json (driftcheck init)`
    );
  let report = { name: project.name, root: project.root || "." };
  let actual;
  let replayComplete = true;
  let replayedSet;
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
    const replay = cache ? await replayWithCache(set, replayOptions, { store: cache, identity, replay: replayIsolated }, lookup) : await replayIsolated(set, replayOptions);
    findings.push(...replayErrorFindings(replay, set));
    if (!replay.failures.some((f) => f.kind === "timeout")) replayedSet = set;
    findings.push(
      ...await integrityFindings(ports.fs, project, set, {
        base: overrides.base,
        baseIfAvailable: overrides.baseIfAvailable,
        git: ports.git
      })
    );
    if (replay.failures.length === 0)
      findings.push(
        ...cache ? await historyFindingsCached(project, set, { store: cache, identity }, historyFindings) : await historyFindings(project, set)
      );
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
  withoutToolTables,
  compareSchemas,
  replayErrorFindings,
  replayIsolated,
  exitCodeFor,
  runCheck
};
