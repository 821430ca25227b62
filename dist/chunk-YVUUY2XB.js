import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  absolutePosition,
  inspectSchema,
  parseStatement
} from "./chunk-6NLCI4VA.js";
import {
  firstKeyword
} from "./chunk-RNDVHOK7.js";
import {
  splitStatements
} from "./chunk-7CDKS73Z.js";
import {
  openScratchDatabase
} from "./chunk-FGG54ITE.js";

// src/sqlite/build-schema.ts
var key = (name) => name.toLowerCase();
var sameList = (a, b) => a.length === b.length && a.every((x, k) => key(x) === key(b[k] ?? ""));
var DeclarationTracker = class {
  tables = /* @__PURE__ */ new Map();
  indexes = /* @__PURE__ */ new Map();
  views = /* @__PURE__ */ new Map();
  triggers = /* @__PURE__ */ new Map();
  /** Records a statement that SQLite executed successfully. */
  record(statement, parsed = parseStatement(statement.sql)) {
    if (!parsed) return;
    const at = statement.location;
    const place = (p) => ({ path: at.path, ...absolutePosition(at, p) });
    switch (parsed.kind) {
      case "create-table":
        if (parsed.ifNotExists && this.tables.has(key(parsed.name))) return;
        this.tables.set(key(parsed.name), this.placesOf(parsed, at, place));
        return;
      case "create-index":
        if (!(parsed.ifNotExists && this.indexes.has(key(parsed.name))))
          this.indexes.set(key(parsed.name), at);
        return;
      case "create-view":
        if (!(parsed.ifNotExists && this.views.has(key(parsed.name)))) this.views.set(key(parsed.name), at);
        return;
      case "create-trigger":
        if (!(parsed.ifNotExists && this.triggers.has(key(parsed.name))))
          this.triggers.set(key(parsed.name), at);
        return;
      case "drop": {
        const maps = { table: this.tables, index: this.indexes, view: this.views, trigger: this.triggers };
        maps[parsed.object].delete(key(parsed.name));
        return;
      }
      case "alter-table":
        this.alter(parsed.table, parsed.action, at);
        return;
    }
  }
  placesOf(parsed, at, place) {
    return {
      source: at,
      columns: new Map(parsed.columns.map((c) => [key(c.name), place(c.position)])),
      keys: parsed.keys.map((k) => ({ columns: [...k.columns], source: place(k.position) })),
      checks: parsed.checks.map((c) => place(c.position)),
      foreignKeys: parsed.foreignKeys.map((f) => ({ columns: [...f.columns], source: place(f.position) }))
    };
  }
  alter(table, action, at) {
    const places = this.tables.get(key(table));
    if (!places) return;
    switch (action.kind) {
      case "rename-table":
        this.tables.delete(key(table));
        this.tables.set(key(action.to), places);
        return;
      case "rename-column": {
        const source = places.columns.get(key(action.from));
        places.columns.delete(key(action.from));
        if (source) places.columns.set(key(action.to), source);
        const rename = (cols) => cols.map((c) => key(c) === key(action.from) ? action.to : c);
        for (const k of places.keys) k.columns = rename(k.columns);
        for (const f of places.foreignKeys) f.columns = rename(f.columns);
        return;
      }
      case "drop-column":
        places.columns.delete(key(action.column));
        return;
      case "add-column": {
        const column = action.column;
        places.columns.set(key(column.name), at);
        places.checks.push(...column.checks.map(() => at));
        if (column.references) places.foreignKeys.push({ columns: [column.name], source: at });
        return;
      }
    }
  }
  /** A Locator over what was recorded, with `hints` taking precedence. */
  locator(db, hints = {}) {
    const tableOf = (t) => this.tables.get(key(t));
    return {
      table: (t) => hints.tables?.[key(t)] ?? tableOf(t)?.source,
      column: (t, c) => hints.columns?.[`${key(t)}.${key(c)}`] ?? tableOf(t)?.columns.get(key(c)) ?? hints.tables?.[key(t)] ?? tableOf(t)?.source,
      index: (name, t) => {
        const hinted = hints.indexes?.[key(name)];
        if (hinted) return hinted;
        if (key(name).startsWith("sqlite_autoindex_")) {
          const columns = indexColumns(db, name);
          const constraint = tableOf(t)?.keys.find((k) => sameList(k.columns, columns));
          return constraint?.source ?? hints.tables?.[key(t)] ?? tableOf(t)?.source;
        }
        return this.indexes.get(key(name));
      },
      foreignKey: (t, columns) => hints.columns?.[`${key(t)}.${key(columns[0] ?? "")}`] ?? tableOf(t)?.foreignKeys.find((f) => sameList(f.columns, columns))?.source,
      check: (t, k) => tableOf(t)?.checks[k] ?? hints.tables?.[key(t)],
      view: (v) => hints.views?.[key(v)] ?? this.views.get(key(v)),
      trigger: (tr) => hints.triggers?.[key(tr)] ?? this.triggers.get(key(tr))
    };
  }
};
function indexColumns(db, index) {
  const stmt = db.prepare("SELECT name FROM pragma_index_info(?) ORDER BY seqno");
  try {
    stmt.bind([index]);
    const names = [];
    while (stmt.step()) names.push(String(stmt.get()[0] ?? ""));
    return names;
  } finally {
    stmt.free();
  }
}
var MAX_FUNCTION_ARITY = 8;
function registerFunctions(db, names) {
  for (const name of names) {
    for (let arity = 0; arity <= MAX_FUNCTION_ARITY; arity++) {
      const fn = () => null;
      Object.defineProperty(fn, "length", { value: arity });
      db.create_function(name, fn);
    }
  }
}
function isLoneCreate(sql) {
  if (firstKeyword(sql) !== "CREATE") return false;
  const semicolon = sql.indexOf(";");
  return semicolon < 0 || semicolon === sql.trimEnd().length - 1 || splitStatements(sql, "").length === 1;
}
function transactionLost(db) {
  try {
    db.run("BEGIN");
  } catch {
    return false;
  }
  return true;
}
async function schemaFromStatements(statements, options = {}) {
  return await build(statements, options, true) ?? await build(statements, options, false);
}
async function build(statements, options, batch) {
  const db = await openScratchDatabase();
  try {
    registerFunctions(db, options.functions ?? []);
    const tracker = new DeclarationTracker();
    const errors = [];
    let open = false;
    for (const statement of statements) {
      if (statement.blocked) {
        errors.push({ statement, message: statement.blocked.message });
        continue;
      }
      const batched = batch && isLoneCreate(statement.sql);
      if (batched !== open) {
        db.run(batched ? "BEGIN" : "COMMIT");
        open = batched;
      }
      try {
        db.exec(statement.sql);
        tracker.record(statement);
      } catch (error) {
        errors.push({ statement, message: error instanceof Error ? error.message : String(error) });
        if (open && transactionLost(db)) return void 0;
      }
    }
    if (open) db.run("COMMIT");
    return { schema: inspectSchema(db, tracker.locator(db, options.hints)), errors };
  } catch (error) {
    if (batch) return void 0;
    throw error;
  } finally {
    db.close();
  }
}

// src/models/sqlalchemy/files.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([
  "__pycache__",
  ".git",
  ".venv",
  "venv",
  "env",
  "node_modules",
  "site-packages",
  "migrations",
  "alembic",
  "versions",
  "tests",
  "test"
]);
async function pythonFiles(fs, dir) {
  const out = [];
  for (const entry of await fs.readdir(dir)) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.kind === "dir") {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith("."))
        out.push(...await pythonFiles(fs, path));
    } else if (entry.name.endsWith(".py")) {
      out.push(path);
    }
  }
  return out;
}

export {
  schemaFromStatements,
  pythonFiles
};
