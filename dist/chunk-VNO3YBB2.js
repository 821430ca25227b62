import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  applyRuleSettings,
  compareSchemas,
  ignoreMatcher
} from "./chunk-2OOMY2B6.js";
import {
  WHOLE_FILE_LINE,
  isSqliteHeader,
  openableCopy,
  walWarning,
  wholeFile
} from "./chunk-OAPERDND.js";
import {
  canonicalInteger,
  dottedKey,
  isNumericVersion
} from "./chunk-ZFZZPEBV.js";
import "./chunk-B6ZOUR5K.js";
import {
  andList,
  areOrIs,
  changedObject,
  columnNames,
  describeChanges,
  queryRows,
  quoteIdent,
  text,
  truthy
} from "./chunk-TKHMNQ3S.js";
import {
  diffSchemas,
  withoutToolTables
} from "./chunk-DMUKLVO4.js";
import "./chunk-72U7UVYV.js";
import {
  openReplayDatabase,
  replayMigrations
} from "./chunk-IX4KESVC.js";
import "./chunk-PANHAJIG.js";
import {
  inspectSchema
} from "./chunk-6NLCI4VA.js";
import "./chunk-RNDVHOK7.js";
import "./chunk-Z5DHFKIG.js";
import "./chunk-7CDKS73Z.js";
import {
  openDatabase
} from "./chunk-FGG54ITE.js";
import "./chunk-DT3BPEHL.js";
import "./chunk-7RUNULLM.js";

// src/live/check-database.ts
import { createHash } from "node:crypto";

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
function label(migration) {
  return migration ? migration.version || migration.name : "none";
}
function describeClosest(closest, migrations) {
  const base = closest.after === 0 ? "an empty database" : `the state after ${label(migrations[closest.after - 1])}`;
  const partial = closest.statements ? `, plus ${closest.statements.applied} of ${closest.statements.of} statements of ${label(migrations[closest.after])}` : "";
  return `${base}${partial}`;
}

// src/live/tracker/alembic.ts
var alembicReader = {
  table: "alembic_version",
  read(db, table) {
    if (!columnNames(db, table).has("version_num")) return void 0;
    const heads = queryRows(db, `SELECT version_num FROM ${quoteIdent(table)}`).map((r) => text(r.version_num)).filter((v) => v !== void 0 && v !== "");
    return { table, tool: "Alembic", applied: [], through: heads, problems: [] };
  }
};

// src/live/tracker/diesel.ts
var dieselReader = {
  table: "__diesel_schema_migrations",
  read(db, table) {
    if (!columnNames(db, table).has("version")) return void 0;
    const rows = queryRows(db, `SELECT version FROM ${quoteIdent(table)}`);
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
    const rows = queryRows(db, `SELECT name FROM ${quoteIdent(table)}`);
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
      `SELECT ${hash} AS hash, created_at FROM ${quoteIdent(table)} ORDER BY created_at`
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
      `SELECT version, ${type} AS type, success FROM ${quoteIdent(table)} ORDER BY ${order}`
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
      `SELECT version_id, ${applied} AS is_applied FROM ${quoteIdent(table)} ORDER BY ${order}`
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
      `SELECT migration_name, finished_at, ${rolledBack} AS rolled_back_at FROM ${quoteIdent(table)}`
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
    const rows2 = queryRows(db, `SELECT ${versionColumn} AS version, dirty FROM ${quoteIdent(table)}`);
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
  const rows = queryRows(db, `SELECT ${versionColumn} AS version FROM ${quoteIdent(table)}`);
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
    const rows = queryRows(db, `SELECT version, ${success} AS success FROM ${quoteIdent(table)}`);
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
function appliedMigrations(tracker, migrations, sha2562) {
  const index = /* @__PURE__ */ new Map();
  migrations.forEach((m, i) => {
    if (m.repeatable) return;
    for (const key of keysOf(m)) if (!index.has(key)) index.set(key, i);
  });
  const find = (version) => index.get(versionKey(version)) ?? index.get(version.toLowerCase());
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
    if (i !== void 0 && sha2562(migrations[i].checksumSource) !== hash) hashMismatch.push(i);
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
var sha256 = (text2) => createHash("sha256").update(text2).digest("hex");
function label2(m) {
  return m.version || m.name;
}
function at(m) {
  return m.up[0]?.location ?? { path: m.path, line: 1 };
}
function finding(rule, severity, message, locations) {
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
      finding(
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
  const where = `${tracker.table} (${tracker.tool})`;
  for (const problem of tracker.problems) {
    const index = migrations.findIndex((m) => m.version === problem.version);
    const locations = index >= 0 ? [here, at(migrations[index])] : [here];
    findings.push(
      finding("tracker-mismatch", "error", `${path}: ${where} says ${problem.message}.`, locations)
    );
  }
  const mapped = appliedMigrations(tracker, migrations, sha256);
  if (mapped.unknown.length > 0) {
    const n = mapped.unknown.length;
    findings.push(
      finding(
        "tracker-mismatch",
        "warning",
        `${path}: ${where} records ${n === 1 ? "version" : "versions"} ${andList(mapped.unknown)} that ${set.dir || "the migrations directory"} does not have (deleted, renamed, or from another branch).`,
        [here]
      )
    );
  }
  for (const i of mapped.hashMismatch) {
    const m = migrations[i];
    findings.push(
      finding(
        "migration-edited",
        "error",
        `${m.path} was changed after it was applied to ${path}: its sha256 no longer matches ${where}. Revert the edit and put the change in a new migration.`,
        [at(m), here]
      )
    );
  }
  const applied = new Set(mapped.applied);
  const newest = mapped.applied.length > 0 ? mapped.applied[mapped.applied.length - 1] : -1;
  const pending = migrations.map((m, i) => ({ m, i })).filter(({ m, i }) => !m.repeatable && !applied.has(i));
  if (pending.length > 0) {
    const skipped = pending.filter(({ i }) => i < newest).map(({ m }) => label2(m));
    const names = pending.map(({ m }) => label2(m));
    const shown = names.length > 10 ? [...names.slice(0, 10), `${names.length - 10} more`] : names;
    findings.push(
      finding(
        "tracker-mismatch",
        "notice",
        `${path}: ${pending.length === 1 ? "1 migration is" : `${pending.length} migrations are`} not applied yet according to ${where}: ${andList(shown)}` + (skipped.length > 0 ? ` (${andList(skipped)} ${areOrIs(skipped)} older than applied ones: they were skipped)` : "") + ".",
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
    const list = byMigration.get(k - 1) ?? [];
    list.push(change);
    byMigration.set(k - 1, list);
  }
  const sentence = await closestSentence(path, db, history, states);
  const ordered = [...byMigration].sort(([a], [b]) => a - b);
  ordered.forEach(([i, changes], n) => {
    const m = migrations[i];
    const names = changes.map((c) => changedObject(c).name);
    const marked = applied.has(i) ? `is marked applied in ${where}` : `comes before applied migrations`;
    findings.push(
      finding(
        "tracker-mismatch",
        "error",
        `${label2(m)} ${marked}; ${andList(names)} ${areOrIs(names)} missing from ${path}` + (n === 0 ? `. ${sentence}.` : "."),
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
async function statementStates(set, index, options = {}) {
  const db = await openReplayDatabase();
  try {
    const states = [];
    replayMigrations(db, set, {
      functions: options.functions,
      until: index + 1,
      onStatement: (migration, statement) => {
        if (migration === index && statement > 0) states[statement] = inspectApp(db);
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
    statementStates(index) {
      let found = inside.get(index);
      if (!found) {
        found = statementStates(set, index, { functions });
        inside.set(index, found);
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
export {
  checkDatabases,
  databaseSection
};
