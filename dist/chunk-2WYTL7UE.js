import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  describeChanges,
  queryRows,
  quoteIdent,
  quoteString
} from "./chunk-TKHMNQ3S.js";
import {
  diffSchemas,
  isMigrationToolTable,
  withoutToolTables
} from "./chunk-DMUKLVO4.js";
import {
  openReplayDatabase,
  replayMigrations
} from "./chunk-IX4KESVC.js";
import {
  inspectSchema,
  parseAlterTableSql,
  parseStatement
} from "./chunk-6NLCI4VA.js";
import {
  firstKeyword,
  identifierName,
  isIdentifier,
  isKeyword,
  significantTokens
} from "./chunk-RNDVHOK7.js";
import {
  answer,
  clockMicros,
  progressViews
} from "./chunk-F7ROIKNO.js";
import {
  affinityOf
} from "./chunk-Z5DHFKIG.js";
import {
  splitStatements
} from "./chunk-7CDKS73Z.js";

// src/integrity/seed.ts
var ROWS = 2;
function seedableTables(db) {
  return queryRows(
    db,
    "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
  ).map((r) => String(r.name));
}
var COUNT_BATCH = 200;
function rowCounter(db) {
  let prepared = /* @__PURE__ */ new Map();
  const free = (statements) => {
    for (const statement of statements) statement.free();
  };
  return {
    count(tables) {
      const counts = /* @__PURE__ */ new Map();
      const used = /* @__PURE__ */ new Map();
      for (let start = 0; start < tables.length; start += COUNT_BATCH) {
        const batch = tables.slice(start, start + COUNT_BATCH);
        const sql = `SELECT ${batch.map((t) => `(SELECT count(*) FROM ${quoteIdent(t)})`).join(", ")}`;
        const statement = used.get(sql) ?? prepared.get(sql) ?? db.prepare(sql);
        prepared.delete(sql);
        used.set(sql, statement);
        try {
          statement.step();
          const row = statement.get();
          for (const [i, t] of batch.entries()) counts.set(t, Number(row[i]));
        } finally {
          statement.reset();
        }
      }
      free(prepared.values());
      prepared = used;
      return counts;
    },
    free() {
      free(prepared.values());
      prepared = /* @__PURE__ */ new Map();
    }
  };
}
function rowCounts(db, tables) {
  const counter = rowCounter(db);
  try {
    return counter.count(tables);
  } finally {
    counter.free();
  }
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
  const column = reference.column ? quoteIdent(reference.column) : "rowid";
  const rows = queryRows(
    db,
    `SELECT ${column} AS v FROM ${quoteIdent(reference.table)} ORDER BY rowid LIMIT 1 OFFSET ${(row - 1) % ROWS}`
  );
  return rows[0]?.v ?? queryRows(db, `SELECT ${column} AS v FROM ${quoteIdent(reference.table)} LIMIT 1`)[0]?.v;
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
        const names = chosen.map((c) => quoteIdent(c.name)).join(", ");
        const sql = chosen.length === 0 ? `INSERT INTO ${quoteIdent(table)} DEFAULT VALUES` : `INSERT INTO ${quoteIdent(table)} (${names}) VALUES (${chosen.map(() => "?").join(", ")})`;
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
function seedEmptyTables(db, skip, read = { tableNames: () => seedableTables(db), rowCounts: (tables) => rowCounts(db, tables) }) {
  const failed = /* @__PURE__ */ new Map();
  const tables = read.emptied?.() ?? read.tableNames();
  const candidates = tables.filter((t) => !isMigrationToolTable(t) && !skip.has(t.toLowerCase()));
  const counts = read.rowCounts(candidates);
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
      else read.wrote?.(table);
    }
    force = next.length === pending.length;
    pending = next;
  }
  return failed;
}

// src/integrity/statement-effect.ts
var NOTHING = { tables: [], rows: [], triggers: false, foreignKeys: false };
var EVERYTHING = { tables: "all", rows: "all", triggers: true, foreignKeys: true };
var writes = (rows) => ({ ...NOTHING, rows });
var SCHEMA_TABLE = /sqlite_(?:master|schema|temp_master|temp_schema)/i;
var INERT = /* @__PURE__ */ new Set(["select", "values", "explain", "begin", "commit", "end", "savepoint", "release"]);
function statementEffect(sql, reads) {
  if (SCHEMA_TABLE.test(sql) || !isSingleStatement(sql)) return EVERYTHING;
  const tokens = significantTokens(sql);
  const first = tokens[0]?.kind === "word" ? tokens[0].text.toLowerCase() : "";
  if (INERT.has(first)) return NOTHING;
  switch (first) {
    case "pragma":
      return { ...NOTHING, foreignKeys: true };
    case "create":
      return createEffect(sql, tokens);
    case "alter":
      return alterEffect(sql, tokens);
    case "drop": {
      const drop = parseStatement(sql);
      if (drop?.kind !== "drop" || qualified(tokens)) return EVERYTHING;
      if (drop.object === "index") return NOTHING;
      if (drop.object !== "table") return { ...NOTHING, triggers: true };
      const rows = reads.foreignKeys() ? rowsReached([{ table: drop.name, event: "delete" }], reads) : [drop.name];
      return rows === "all" ? EVERYTHING : { tables: [drop.name], rows, triggers: true, foreignKeys: false };
    }
    case "insert":
    case "replace":
    case "update":
    case "delete": {
      const made = writesOf(tokens);
      const rows = made === "rollback" || made === "unknown" ? "all" : rowsReached(made, reads);
      return rows === "all" ? EVERYTHING : writes(rows);
    }
    default:
      return EVERYTHING;
  }
}
function isSingleStatement(sql) {
  const semicolon = sql.indexOf(";");
  return semicolon < 0 || semicolon === sql.trimEnd().length - 1 || splitStatements(sql, "").length === 1;
}
function qualified(tokens) {
  return tokens.some((t, i) => t.kind === "op" && t.text === "." && isIdentifier(tokens[i - 1]));
}
function createEffect(sql, tokens) {
  if (isKeyword(tokens[1], "temp") || isKeyword(tokens[1], "temporary")) return EVERYTHING;
  const parsed = parseStatement(sql);
  if (!parsed) return EVERYTHING;
  if (parsed.kind === "create-table") {
    if (parsed.schema !== void 0 || parsed.temporary || parsed.virtualModule !== void 0)
      return EVERYTHING;
    return { ...NOTHING, tables: [parsed.name], rows: [parsed.name] };
  }
  if (parsed.kind === "create-trigger") return { ...NOTHING, triggers: true };
  return parsed.kind === "create-index" || parsed.kind === "create-view" ? NOTHING : EVERYTHING;
}
function alterEffect(sql, tokens) {
  const alter = parseAlterTableSql(sql);
  if (!alter || qualified(tokens.slice(0, 4))) return EVERYTHING;
  switch (alter.action.kind) {
    case "rename-table":
      return {
        ...NOTHING,
        tables: [alter.table, alter.action.to],
        rows: [alter.table, alter.action.to],
        triggers: true
      };
    case "rename-column":
      return { ...NOTHING, tables: [alter.table], triggers: true };
    case "add-column":
    case "drop-column":
      return { ...NOTHING, tables: [alter.table] };
    default:
      return EVERYTHING;
  }
}
function conflictEffect(tokens, at) {
  if (!isKeyword(tokens[at], "or")) return void 0;
  if (isKeyword(tokens[at + 1], "replace")) return "replace";
  if (isKeyword(tokens[at + 1], "rollback")) return "rollback";
  return void 0;
}
function target(tokens, at) {
  const name = tokens[at];
  if (!isIdentifier(name)) return void 0;
  const next = tokens[at + 1];
  if (next?.kind === "op" && next.text === ".") return void 0;
  return identifierName(name);
}
function writesOf(tokens) {
  if (tokens.some((t) => isKeyword(t, "rollback"))) return "rollback";
  const first = tokens[0]?.kind === "word" ? tokens[0].text.toLowerCase() : "";
  switch (first) {
    case "select":
    case "values":
      return [];
    case "insert":
    case "replace": {
      const replace = first === "replace" || conflictEffect(tokens, 1) === "replace";
      const into = tokens.findIndex((t) => isKeyword(t, "into"));
      const table = into > 0 ? target(tokens, into + 1) : void 0;
      if (table === void 0) return "unknown";
      const upsert = tokens.some((t, i) => isKeyword(t, "do") && isKeyword(tokens[i + 1], "update"));
      return [
        { table, event: "insert" },
        ...upsert ? [{ table, event: "update" }] : [],
        ...replace ? [{ table, event: "delete" }] : []
      ];
    }
    case "update": {
      const replace = conflictEffect(tokens, 1) === "replace";
      const table = target(tokens, replace ? 3 : 1);
      if (table === void 0) return "unknown";
      return [{ table, event: "update" }, ...replace ? [{ table, event: "delete" }] : []];
    }
    case "delete": {
      const table = isKeyword(tokens[1], "from") ? target(tokens, 2) : void 0;
      return table === void 0 ? "unknown" : [{ table, event: "delete" }];
    }
    default:
      return "unknown";
  }
}
var sqliteKey = (name) => /[A-Z]/.test(name) ? name.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : name;
function rowsReached(first, reads) {
  const rows = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const queue = [...first];
  for (let write = queue.pop(); write; write = queue.pop()) {
    const { table, event } = write;
    const seenKey = `${event} ${sqliteKey(table)}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    const traits = reads.table(table);
    if (!traits || traits.rollsBack) return "all";
    if (event !== "update") rows.set(sqliteKey(table), table);
    if (event !== "delete" && traits.replaces) queue.push({ table, event: "delete" });
    for (const trigger of traits.triggers) {
      if (trigger.event !== event) continue;
      if (trigger.writes === "all") return "all";
      queue.push(...trigger.writes);
    }
    if (event === "insert" || !reads.foreignKeys()) continue;
    const children = traits.children();
    if (!children) return "all";
    for (const child of children) {
      const action = (event === "delete" ? child.onDelete : child.onUpdate).toUpperCase();
      if (action === "CASCADE") queue.push({ table: child.table, event });
      else if (action === "SET NULL" || action === "SET DEFAULT")
        queue.push({ table: child.table, event: "update" });
    }
  }
  return [...rows.values()];
}
function triggerEffect(sql) {
  const tokens = significantTokens(sql);
  const on = tokens.findIndex((t) => isKeyword(t, "on"));
  const eventToken = tokens.slice(0, on < 0 ? tokens.length : on).find((t) => isKeyword(t, "insert") || isKeyword(t, "update") || isKeyword(t, "delete"));
  if (!eventToken || on < 0) return void 0;
  const event = eventToken.text.toLowerCase();
  const begin = tokens.findIndex((t, i) => i > on && isKeyword(t, "begin"));
  const end = tokens.findLastIndex((t) => isKeyword(t, "end"));
  if (begin < 0 || end <= begin) return { event, writes: "all" };
  const body = sql.slice(tokens[begin].end, tokens[end].start);
  const writes2 = [];
  for (const statement of splitStatements(body, "")) {
    const made = writesOf(significantTokens(statement.sql));
    if (made === "rollback" || made === "unknown") return { event, writes: "all" };
    writes2.push(...made);
  }
  return { event, writes: writes2 };
}

// src/integrity/write-traits.ts
var TRIGGERS_SQL = "SELECT tbl_name, sql FROM sqlite_schema WHERE type = 'trigger' UNION ALL SELECT tbl_name, sql FROM sqlite_temp_schema WHERE type = 'trigger'";
var UNKNOWN_TRIGGER = ["insert", "update", "delete"].map((event) => ({
  event,
  writes: "all"
}));
function foreignKeysOn(db) {
  return Number(queryRows(db, "SELECT foreign_keys AS on_ FROM pragma_foreign_keys")[0]?.on_) === 1;
}
function writeTraitsReader(db, listing) {
  let triggered;
  const triggerEffects = /* @__PURE__ */ new Map();
  let tempTables;
  const references = /* @__PURE__ */ new WeakMap();
  let childIndex;
  let enforced;
  const effectsOf = (sql) => {
    let effects = triggerEffects.get(sql);
    if (!effects) {
      const effect = triggerEffect(sql);
      effects = effect ? [effect] : UNKNOWN_TRIGGER;
      triggerEffects.set(sql, effects);
    }
    return effects;
  };
  const triggersByTable = () => {
    if (triggered) return triggered;
    const found = /* @__PURE__ */ new Map();
    for (const row of queryRows(db, TRIGGERS_SQL)) {
      const table = sqliteKey(String(row.tbl_name));
      const effects = found.get(table) ?? [];
      effects.push(...effectsOf(String(row.sql)));
      found.set(table, effects);
    }
    triggered = found;
    return found;
  };
  const hasTempTables = () => tempTables ??= queryRows(db, "SELECT 1 FROM sqlite_temp_schema WHERE type = 'table' LIMIT 1").length > 0;
  const referencesOf = (table) => {
    let found = references.get(table);
    if (!found) {
      found = queryRows(
        db,
        `SELECT "table" AS parent, on_update, on_delete FROM pragma_foreign_key_list(${quoteString(table.name)})`
      ).map((r) => ({
        parent: String(r.parent),
        onUpdate: String(r.on_update),
        onDelete: String(r.on_delete)
      }));
      references.set(table, found);
    }
    return found;
  };
  const childrenOf = (parent) => {
    if (hasTempTables()) return void 0;
    const list = listing.all();
    if (childIndex?.of !== list) {
      const children = /* @__PURE__ */ new Map();
      for (const table of list)
        for (const r of referencesOf(table)) {
          const k = sqliteKey(r.parent);
          const referencing = children.get(k) ?? [];
          referencing.push({ table: table.name, onUpdate: r.onUpdate, onDelete: r.onDelete });
          children.set(k, referencing);
        }
      childIndex = { of: list, children };
    }
    return childIndex.children.get(sqliteKey(parent)) ?? [];
  };
  return {
    table(name) {
      if (hasTempTables()) return void 0;
      const match = sqliteKey(name);
      const table = listing.find(match);
      if (!table) return void 0;
      return {
        triggers: triggersByTable().get(match) ?? [],
        children: () => childrenOf(name),
        replaces: table.replaces,
        rollsBack: table.rollsBack
      };
    },
    foreignKeys: () => enforced ??= foreignKeysOn(db),
    changed(what) {
      if (what.tables) tempTables = void 0;
      if (what.triggers) triggered = void 0;
      if (what.foreignKeys) enforced = void 0;
    },
    reset() {
      triggered = void 0;
      tempTables = void 0;
      enforced = void 0;
    }
  };
}

// src/integrity/table-state.ts
var key = (name) => name.toLowerCase();
var SURROGATE = /[\uD800-\uDFFF]/;
var byName = (a, b) => SURROGATE.test(a.name) || SURROGATE.test(b.name) ? Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function merged(sorted, added) {
  const result = [...sorted];
  for (const table of added) {
    let low = 0;
    let high = result.length;
    while (low < high) {
      const middle = low + high >>> 1;
      if (byName(result[middle], table) <= 0) low = middle + 1;
      else high = middle;
    }
    result.splice(low, 0, table);
  }
  return result;
}
var TABLES_SQL = "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
var VIRTUAL = /^CREATE\s+VIRTUAL\s/i;
function tableStateReader(db) {
  const counter = rowCounter(db);
  const counted = /* @__PURE__ */ new Map();
  let listed;
  const stale = /* @__PURE__ */ new Set();
  let virtual = false;
  let byMatch = /* @__PURE__ */ new Map();
  let journal;
  let journalRows = false;
  let journalAll = false;
  let touched = "all";
  let asked = [];
  const countRows = (tables2) => {
    const keys = tables2.map(sqliteKey);
    const missing = tables2.filter((_, i) => !counted.has(keys[i]));
    if (missing.length > 0) for (const [t, n] of counter.count(missing)) counted.set(sqliteKey(t), n);
    return new Map(tables2.map((t, i) => [t, counted.get(keys[i]) ?? 0]));
  };
  const listedTable = (name, sql) => {
    const known = byMatch.get(sqliteKey(name));
    if (known && known.name === name && known.sql === sql) return known;
    const columns = queryRows(db, `SELECT name FROM pragma_table_info(${quoteString(name)})`).map(
      (r) => String(r.name)
    );
    return {
      name,
      sql,
      columns,
      match: sqliteKey(name),
      tool: isMigrationToolTable(name),
      replaces: /\bREPLACE\b/i.test(sql),
      rollsBack: /\bROLLBACK\b/i.test(sql),
      uncounted: { name, columns, rows: 0 }
    };
  };
  const withColumns = (rows) => rows.map((r) => listedTable(String(r.name), String(r.sql)));
  const listAll = () => {
    const rows = queryRows(db, `${TABLES_SQL} ORDER BY name`);
    virtual = rows.some((r) => VIRTUAL.test(String(r.sql)));
    const chosen = virtual ? queryRows(
      db,
      "SELECT t.name AS name, s.sql AS sql FROM pragma_table_list AS t JOIN sqlite_schema AS s ON s.name = t.name AND s.type = 'table' WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY t.name"
    ) : rows;
    const list = withColumns(chosen);
    byMatch = new Map(list.map((t) => [t.match, t]));
    return list;
  };
  const relist = (before) => {
    const names = [...stale].map(quoteString).join(", ");
    const rows = queryRows(db, `${TABLES_SQL} AND name COLLATE NOCASE IN (${names})`);
    if (rows.some((r) => VIRTUAL.test(String(r.sql)))) return listAll();
    const added = withColumns(rows);
    for (const key3 of stale) byMatch.delete(key3);
    for (const t of added) byMatch.set(t.match, t);
    return merged(
      before.filter((t) => !stale.has(t.match)),
      added
    );
  };
  const tables = () => {
    if (listed && stale.size === 0) return listed;
    listed = listed && !virtual ? relist(listed) : listAll();
    stale.clear();
    return listed;
  };
  const reads = writeTraitsReader(db, {
    all: tables,
    find(match) {
      tables();
      return byMatch.get(match);
    }
  });
  let applications;
  const appTables = () => {
    const list = tables();
    if (applications?.of !== list) applications = { of: list, tables: list.filter((t) => !t.tool) };
    return applications.tables;
  };
  const countedState = (table) => ({
    name: table.name,
    columns: table.columns,
    rows: counted.get(table.match) ?? 0
  });
  const note = (keys) => {
    for (const key3 of keys) if (touched !== "all") touched.add(key3);
    if (!journal || journalAll) return;
    const fresh = [];
    for (const key3 of keys) {
      if (journal.has(key3)) continue;
      const table = byMatch.get(key3);
      if (!table || table.tool) journal.set(key3, null);
      else fresh.push(table);
    }
    if (journalRows) countListed(fresh);
    for (const table of fresh) journal.set(table.match, journalRows ? countedState(table) : table.uncounted);
  };
  const noteAll = () => {
    touched = "all";
    if (!journal || journalAll) return;
    note([...byMatch.keys()]);
    journalAll = true;
  };
  const countListed = (list) => {
    const missing = list.filter((t) => !counted.has(t.match));
    if (missing.length === 0) return;
    const counts = counter.count(missing.map((t) => t.name));
    for (const t of missing) counted.set(t.match, counts.get(t.name) ?? 0);
  };
  const forget = (rows) => {
    for (const table of rows) counted.delete(sqliteKey(table));
  };
  const reset = () => {
    noteAll();
    listed = void 0;
    stale.clear();
    counted.clear();
    reads.reset();
  };
  return {
    snapshot(options = {}) {
      const list = appTables();
      if (options.rows === false) return new Map(list.map((t) => [key(t.name), t.uncounted]));
      countListed(list);
      return new Map(list.map((t) => [key(t.name), countedState(t)]));
    },
    counts() {
      const list = appTables();
      countListed(list);
      return new Map(list.map((t) => [key(t.name), counted.get(t.match) ?? 0]));
    },
    tableNames: () => appTables().map((t) => t.name),
    rowCounts: countRows,
    wrote(table) {
      const rows = rowsReached([{ table, event: "insert" }], reads);
      if (rows === "all") reset();
      else {
        note(rows.filter((t) => sqliteKey(t) !== sqliteKey(table)).map(sqliteKey));
        forget(rows);
      }
    },
    statementRuns(sql) {
      const effect = statementEffect(sql, reads);
      if (effect.tables === "all") {
        reset();
        return;
      }
      if (effect.rows === "all") {
        noteAll();
        counted.clear();
      } else {
        note([...effect.tables, ...effect.rows].map(sqliteKey));
        forget(effect.rows);
      }
      for (const table of effect.tables) stale.add(sqliteKey(table));
      reads.changed({
        tables: effect.tables.length > 0,
        triggers: effect.triggers,
        foreignKeys: effect.foreignKeys
      });
    },
    reset,
    foreignKeys: reads.foreignKeys,
    beginMigration(options) {
      tables();
      journal = /* @__PURE__ */ new Map();
      journalRows = options.rows;
      journalAll = false;
    },
    migrationChanges() {
      const noted = journal ?? /* @__PURE__ */ new Map();
      const all = journalAll;
      journal = void 0;
      const list = appTables();
      const now = all ? list : list.filter((t) => noted.has(t.match));
      countListed(now);
      const existed = [...noted.values()].filter((t) => t !== null).sort(byName);
      return {
        before: new Map(existed.map((t) => [key(t.name), t])),
        after: new Map(now.map((t) => [key(t.name), countedState(t)]))
      };
    },
    emptied() {
      const list = appTables();
      const since = touched;
      if (since !== "all") {
        for (const k of asked) if (counted.get(k) === 0) since.add(k);
      }
      touched = /* @__PURE__ */ new Set();
      const chosen = since === "all" ? list : list.filter((t) => since.has(t.match));
      asked = chosen.map((t) => t.match);
      return chosen.map((t) => t.name);
    }
  };
}

// src/integrity/destructive.ts
var key2 = (name) => name.toLowerCase();
var dropTableOf = (s) => {
  const drop = parseStatement(s.sql);
  return drop?.kind === "drop" && drop.object === "table" ? drop.name : void 0;
};
function label(m) {
  const parts = m.path.split("/");
  const file = parts.pop() ?? m.path;
  const folder = parts.pop();
  return folder && /^(migration|up|down)\.sql$/.test(file) ? `${folder}/${file}` : file;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var LOSES_TABLES = /\b(?:DROP|RENAME|ROLLBACK|VIRTUAL)\b/i;
var NO_STATEMENTS = {
  dropTables: [],
  drops: /* @__PURE__ */ new Map(),
  columnDrops: /* @__PURE__ */ new Map(),
  renamedTables: /* @__PURE__ */ new Set(),
  renamedColumns: /* @__PURE__ */ new Set(),
  mayLoseTables: false
};
function planMigration(m) {
  const drops = /* @__PURE__ */ new Map();
  const columnDrops = /* @__PURE__ */ new Map();
  const renamedTables = /* @__PURE__ */ new Set();
  const renamedColumns = /* @__PURE__ */ new Set();
  const dropTables = m.up.map((s) => {
    const dropped = dropTableOf(s);
    if (dropped !== void 0 && !drops.has(key2(dropped))) drops.set(key2(dropped), s);
    const alter = parseAlterTableSql(s.sql);
    if (alter?.action.kind === "rename-table") renamedTables.add(key2(alter.table));
    if (alter?.action.kind === "rename-column")
      renamedColumns.add(`${key2(alter.table)}.${key2(alter.action.from)}`);
    if (alter?.action.kind === "drop-column") {
      const column = `${key2(alter.table)}.${key2(alter.action.column)}`;
      if (!columnDrops.has(column)) columnDrops.set(column, s);
    }
    return dropped;
  });
  return {
    dropTables,
    drops,
    columnDrops,
    renamedTables,
    renamedColumns,
    mayLoseTables: m.up.some((s) => LOSES_TABLES.test(s.sql))
  };
}
function migrationLosses(m, plan, before, after, cascades) {
  const findings = [];
  const { renamedTables, renamedColumns } = plan;
  const dropOf = (table) => plan.drops.get(key2(table));
  const first = m.up[0]?.location ?? { path: m.path, line: 1 };
  const report = (table, message, at, column) => findings.push({
    rule: "destructive-change",
    severity: "warning",
    table,
    ...column ? { column } : {},
    message,
    locations: [at?.location ?? first]
  });
  for (const [k, table] of before) {
    const now = after.get(k);
    if (!now) {
      if (!renamedTables.has(k))
        report(
          table.name,
          `${label(m)} drops table ${table.name}${table.rows > 0 ? ` and its rows (${plural(table.rows, "seeded row")} before, none after)` : ""}.`,
          dropOf(table.name)
        );
      continue;
    }
    const rebuild = dropOf(table.name);
    if (now.columns === table.columns && !rebuild) continue;
    const kept = new Set(now.columns.map(key2));
    const lost = table.columns.filter((c) => !kept.has(key2(c)) && !renamedColumns.has(`${k}.${key2(c)}`));
    for (const column of lost) {
      const drop = plan.columnDrops.get(`${k}.${key2(column)}`);
      report(
        table.name,
        drop ? `${label(m)} drops column ${table.name}.${column} and its data.` : `${label(m)} rebuilds ${table.name} without column ${column}: its data is lost.`,
        drop ?? rebuild,
        column
      );
    }
    if (rebuild && now.rows < table.rows && !cascades.some((c) => c.table && key2(c.table) === k))
      report(
        table.name,
        `${label(m)} rebuilds ${table.name} and loses rows: ${plural(table.rows, "seeded row")} before, ${now.rows} after.`,
        rebuild
      );
  }
  return findings;
}
function destructivePass(db, set, options = {}) {
  const tables = tableStateReader(db);
  const unseedable = new Map(
    options.state?.unseedable ?? []
  );
  let plan = NO_STATEMENTS;
  let cascades = [];
  let pendingDrop;
  const settleDrop = (migration) => {
    if (!pendingDrop) return;
    const now = tables.counts();
    for (const [k, { name: table, rows }] of pendingDrop.before) {
      const after = now.get(k);
      if (k === key2(pendingDrop.table) || after === void 0 || after >= rows) continue;
      const finding = {
        rule: "destructive-change",
        severity: "warning",
        table,
        message: `${label(migration)}: DROP TABLE ${pendingDrop.table} deletes rows of ${table} through its foreign key (${rows} seeded rows before, ${after} after): with foreign keys on, dropping a parent table deletes first. Turn foreign keys off around the rebuild (PRAGMA foreign_keys=OFF outside the transaction).`,
        locations: [pendingDrop.statement.location]
      };
      cascades.push(finding);
    }
    pendingDrop = void 0;
  };
  const losses = new Map(options.state?.losses ?? []);
  let completed = true;
  const { failures } = replayMigrations(db, set, {
    functions: options.functions,
    keepGoing: true,
    ...options.from !== void 0 ? { from: options.from } : {},
    onMigrationStart: (i) => {
      options.onMigrationStart?.(i);
      if (!completed) tables.reset();
      completed = false;
      plan = planMigration(set.migrations[i]);
      tables.beginMigration({ rows: plan.mayLoseTables });
      cascades = [];
    },
    onStatement: (i, s) => {
      options.onStatement?.(i, s);
      const migration = set.migrations[i];
      settleDrop(migration);
      const statement = migration.up[s];
      const table = plan.dropTables[s];
      if (table && tables.foreignKeys()) pendingDrop = { statement, table, before: tables.snapshot() };
      tables.statementRuns(statement.sql);
    },
    onMigration: (i) => {
      completed = true;
      const migration = set.migrations[i];
      settleDrop(migration);
      const { before, after } = tables.migrationChanges();
      losses.set(i, [...cascades, ...migrationLosses(migration, plan, before, after, cascades)]);
      const skip = new Set([...unseedable.keys()].map(key2));
      for (const [table, reason] of seedEmptyTables(db, skip, tables))
        if (!isMigrationToolTable(table)) unseedable.set(table, { reason, migration: i });
    }
  });
  return {
    state: {
      losses: [...losses],
      failures: [
        ...options.state?.failures ?? [],
        ...failures.map((f) => ({ migration: f.migration, message: f.message, location: f.location }))
      ],
      unseedable: [...unseedable]
    },
    settled: pendingDrop === void 0
  };
}
function destructiveReport(set, state) {
  const findings = [];
  const failed = new Set(state.failures.map((f) => f.migration));
  for (const [index, found] of state.losses) if (!failed.has(index)) findings.push(...found);
  for (const failure of state.failures) {
    const migration = set.migrations[failure.migration];
    findings.push({
      rule: "destructive-change",
      severity: "warning",
      message: `${label(migration)} fails on a database whose tables hold rows: ${failure.message}. It replays on an empty database, so this shows only where data exists (production). Give the new column a default or fill it in the copy, then run it against a copy of real data.`,
      locations: [failure.location]
    });
  }
  for (const [table, { reason, migration: index }] of state.unseedable) {
    const migration = set.migrations[index];
    findings.push({
      rule: "destructive-change",
      severity: "notice",
      table,
      message: `Rows could not be seeded into ${table} (${reason}), so data loss in ${table} is not checked.`,
      locations: [migration.up[0]?.location ?? { path: migration.path, line: 1 }]
    });
  }
  return findings;
}

// src/integrity/down.ts
var TRANSACTION = /* @__PURE__ */ new Set(["BEGIN", "COMMIT", "END", "ROLLBACK"]);
var SAVEPOINT = "driftcheck_round_trip";
function hasDown(m) {
  return (m.down?.length ?? 0) > 0 && !m.down.some((s) => s.blocked) && !m.up.some((s) => s.blocked);
}
function label2(m) {
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
function mismatch(message, at) {
  return { rule: "down-mismatch", severity: "warning", message, locations: [at] };
}
function roundTrip(db, m, before) {
  db.run(`SAVEPOINT ${SAVEPOINT}`);
  try {
    const down = runAll(db, m.down);
    if (down)
      return [
        mismatch(
          `The down migration of ${label2(m)} fails right after its up: ${down.message}.`,
          down.statement.location
        )
      ];
    const findings = [];
    const changes = diffSchemas(inspectApp(db), before);
    if (changes.length > 0)
      findings.push(
        mismatch(
          `The down migration of ${label2(m)} does not restore the schema before it: ${describeChanges(
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
          `${label2(m)} fails when run again after its down migration: ${again.message}.`,
          again.statement.location
        )
      );
    return findings;
  } finally {
    db.run(`ROLLBACK TO ${SAVEPOINT}`);
    db.run(`RELEASE ${SAVEPOINT}`);
  }
}
function hasDownMigrations(set) {
  return set.migrations.some(hasDown);
}
function downPass(db, set, options = {}) {
  const findings = [];
  let before;
  const { stoppedAt } = replayMigrations(db, set, {
    functions: options.functions,
    ...options.from !== void 0 ? { from: options.from } : {},
    ...options.onStatement ? { onStatement: options.onStatement } : {},
    onMigrationStart: (i) => {
      options.onMigrationStart?.(i);
      before = hasDown(set.migrations[i]) ? inspectApp(db) : void 0;
    },
    onMigration: (i) => {
      const m = set.migrations[i];
      if (before && hasDown(m)) findings.push(...roundTrip(db, m, before));
    }
  });
  return { findings, complete: stoppedAt === void 0 };
}

// src/integrity/resume.ts
var RESTORED = ["foreign_keys", "legacy_alter_table", "recursive_triggers"];
var HARMLESS = /* @__PURE__ */ new Set([
  ...RESTORED,
  "foreign_key_check",
  "foreign_key_list",
  "integrity_check",
  "quick_check",
  "table_info",
  "table_xinfo",
  "table_list",
  "index_list",
  "index_info",
  "index_xinfo",
  "user_version",
  "application_id"
]);
var PRAGMA = /\bPRAGMA\s+(?:[`"[]?\w+[`"\]]?\s*\.\s*)?[`"[]?(\w+)/gi;
function prefixIsResumable(migrations) {
  for (const m of migrations)
    for (const s of m.up)
      for (const match of s.sql.matchAll(PRAGMA)) if (!HARMLESS.has(match[1].toLowerCase())) return false;
  return true;
}
function connectionState(db, migrations) {
  if (!prefixIsResumable(migrations)) return void 0;
  const temp = queryRows(db, "SELECT count(*) AS n FROM sqlite_temp_schema")[0]?.n;
  if (Number(temp) > 0) return void 0;
  const attached = queryRows(
    db,
    "SELECT count(*) AS n FROM pragma_database_list WHERE name NOT IN ('main', 'temp')"
  )[0]?.n;
  if (Number(attached) > 0) return void 0;
  try {
    db.run("BEGIN");
  } catch {
    return void 0;
  }
  db.run("ROLLBACK");
  const state = {};
  for (const pragma of RESTORED) state[pragma] = Number(queryRows(db, `PRAGMA ${pragma}`)[0]?.[pragma] ?? 0);
  return state;
}
function restoreConnection(db, state) {
  for (const pragma of RESTORED) db.run(`PRAGMA ${pragma}=${state[pragma] ? "ON" : "OFF"}`);
}

// src/integrity/history.ts
var quiet = { onMigrationStart: () => void 0, onStatement: () => void 0 };
function save(db, set) {
  const connection = connectionState(db, set.migrations);
  return connection ? { connection, database: db.export() } : void 0;
}
async function analyseHistory(request, progress = quiet) {
  const { set, functions, rules, resume } = request;
  const count = set.migrations.length;
  const findings = [];
  let destructive;
  let down;
  if (rules.destructive) {
    const from = resume?.destructive ? resume.count : 0;
    const db = await openReplayDatabase(resume?.destructive?.database);
    try {
      const pass = destructivePass(db, set, {
        functions,
        ...resume?.destructive ? { from, state: resume.destructive.state } : {},
        onMigrationStart: (i) => {
          if (i === from && resume?.destructive) restoreConnection(db, resume.destructive.connection);
          progress.onMigrationStart("destructive", i);
        },
        onStatement: progress.onStatement
      });
      findings.push(...destructiveReport(set, pass.state));
      const saved = request.save && pass.settled ? save(db, set) : void 0;
      if (saved) destructive = { ...saved, state: pass.state };
    } finally {
      db.close();
    }
  }
  if (rules.down && (resume?.down || hasDownMigrations(set))) {
    const from = resume?.down ? resume.count : 0;
    const db = await openReplayDatabase(resume?.down?.database);
    try {
      const pass = downPass(db, set, {
        functions,
        ...resume?.down ? { from } : {},
        onMigrationStart: (i) => {
          if (i === from && resume?.down) restoreConnection(db, resume.down.connection);
          progress.onMigrationStart("down", i);
        },
        onStatement: progress.onStatement
      });
      const all = [...resume?.down?.findings ?? [], ...pass.findings];
      findings.push(...all);
      const saved = request.save && pass.complete ? save(db, set) : void 0;
      if (saved) down = { ...saved, findings: all };
    } finally {
      db.close();
    }
  }
  return {
    findings,
    ...request.save ? { state: { count, ...destructive ? { destructive } : {}, ...down ? { down } : {} } } : {}
  };
}

// src/integrity/history-serve.ts
function serveHistory(port, request) {
  const post = (message) => port.postMessage(message);
  const { position, startedAt, phase } = progressViews(request.progress);
  let announced = false;
  const work = analyseHistory(request, {
    onMigrationStart: (pass, index) => {
      Atomics.store(startedAt, 0, clockMicros());
      Atomics.store(position, 0, index);
      Atomics.store(position, 1, -1);
      Atomics.store(phase, 0, pass === "destructive" ? 0 : 1);
      if (!announced) post({ type: "migration", index });
      announced = true;
    },
    onStatement: (_migration, statement) => Atomics.store(position, 1, statement)
  });
  answer(port, work, (result) => {
    const { destructive, down } = result.state ?? {};
    return [destructive?.database, down?.database].flatMap((d) => d ? [d.buffer] : []);
  });
}

export {
  serveHistory
};
