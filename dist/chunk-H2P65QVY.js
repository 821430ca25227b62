import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  Collector,
  DEFAULT_NAMING,
  SaNames,
  TypeResolver,
  columnSpec,
  createIndexSql,
  createTableSql,
  quoteIdent,
  quoteLiteral,
  tableIndexes
} from "./chunk-65M7OVQM.js";
import {
  revisionFiles,
  versionsDir
} from "./chunk-AHP2YFMZ.js";
import {
  statementsInString
} from "./chunk-D252OGIH.js";
import {
  PythonProject,
  boolValue,
  callArgs,
  evalString,
  loadPythonParser,
  moduleStatements,
  sequenceItems,
  statementsOf,
  stringValue,
  unwrap
} from "./chunk-DILQ42IL.js";
import {
  affinityOf
} from "./chunk-Z5DHFKIG.js";
import "./chunk-7CDKS73Z.js";
import {
  openDatabase
} from "./chunk-FGG54ITE.js";
import "./chunk-DT3BPEHL.js";
import "./chunk-7RUNULLM.js";

// src/migrations/formats/alembic/graph.ts
function strings(node) {
  if (!node) return [];
  const n = unwrap(node);
  if (n.type === "none") return [];
  const single = stringValue(n);
  if (single !== void 0) return [single];
  const items = sequenceItems(n);
  if (!items) return void 0;
  const values = items.map((i) => stringValue(i));
  return values.every((v) => v !== void 0) ? values : void 0;
}
function readRevision(module) {
  const values = /* @__PURE__ */ new Map();
  const lines = /* @__PURE__ */ new Map();
  for (const stmt of moduleStatements(module.root)) {
    if (stmt.type === "assignment" && stmt.fields.left?.type === "identifier" && stmt.fields.right) {
      values.set(stmt.fields.left.text, stmt.fields.right);
      lines.set(stmt.fields.left.text, stmt.line);
    }
  }
  const id = values.get("revision") && stringValue(values.get("revision"));
  if (!id)
    return { error: `${module.path}: no literal \`revision = "\u2026"\``, line: lines.get("revision") ?? 1 };
  const down = strings(values.get("down_revision"));
  if (!down)
    return { error: `${module.path}: down_revision is not a literal`, line: lines.get("down_revision") ?? 1 };
  const doc = module.root.children[0];
  const docText = doc?.type === "expression_statement" ? stringValue(doc.children[0]) : void 0;
  return {
    id,
    downRevisions: down,
    branchLabels: strings(values.get("branch_labels")) ?? [],
    dependsOn: strings(values.get("depends_on")) ?? [],
    module,
    message: docText?.trim().split("\n")[0] ?? module.path.split("/").pop().replace(/\.py$/, "")
  };
}
function orderRevisions(revisions) {
  const findings = [];
  const byId = /* @__PURE__ */ new Map();
  for (const r of revisions) {
    const existing = byId.get(r.id);
    if (existing) {
      findings.push({
        rule: "migration-order",
        severity: "error",
        message: `revision ${r.id} is declared twice: ${existing.module.path} and ${r.module.path}`,
        locations: [
          { path: existing.module.path, line: 1 },
          { path: r.module.path, line: 1 }
        ]
      });
      continue;
    }
    byId.set(r.id, r);
  }
  const labels = /* @__PURE__ */ new Map();
  for (const r of byId.values()) for (const l of r.branchLabels) labels.set(l, r.id);
  const resolve = (ref) => {
    if (byId.has(ref)) return ref;
    if (labels.has(ref)) return labels.get(ref);
    const matches = [...byId.keys()].filter((id) => id.startsWith(ref));
    return matches.length === 1 ? matches[0] : void 0;
  };
  const parents = /* @__PURE__ */ new Map();
  for (const r of byId.values()) {
    const ps = [];
    for (const ref of [...r.downRevisions, ...r.dependsOn]) {
      const id = resolve(ref);
      if (id) ps.push(id);
      else {
        findings.push({
          rule: "migration-order",
          severity: "error",
          message: `revision ${r.id} (${r.module.path}) names ${ref} as its down revision, and no revision has that id or label`,
          locations: [{ path: r.module.path, line: 1 }]
        });
      }
    }
    parents.set(r.id, ps);
  }
  const placed = /* @__PURE__ */ new Map();
  const order = [];
  const remaining = new Set(byId.keys());
  while (remaining.size > 0) {
    const ready = [...remaining].filter((id) => parents.get(id).every((p) => placed.has(p)));
    if (ready.length === 0) break;
    ready.sort((a, b) => {
      const pa = Math.max(-1, ...parents.get(a).map((p) => placed.get(p)));
      const pb = Math.max(-1, ...parents.get(b).map((p) => placed.get(p)));
      return pa - pb || (a < b ? -1 : 1);
    });
    const next = ready[0];
    placed.set(next, order.length);
    order.push(byId.get(next));
    remaining.delete(next);
  }
  if (remaining.size > 0) {
    const cycle = [...remaining].sort();
    findings.push({
      rule: "migration-order",
      severity: "error",
      message: `the revision graph has a cycle through ${cycle.join(", ")}: down_revision chains never reach a base revision, so Alembic cannot order them`,
      locations: cycle.map((id) => ({ path: byId.get(id).module.path, line: 1 }))
    });
  }
  const children = /* @__PURE__ */ new Set();
  for (const [, ps] of parents) for (const p of ps) children.add(p);
  const heads = order.filter((r) => !children.has(r.id));
  if (heads.length > 1) {
    findings.push({
      rule: "migration-order",
      severity: "error",
      message: `the revision graph has ${heads.length} heads: ${heads.map((h) => `${h.id} (${h.module.path.split("/").pop()})`).join(", ")}; \`alembic upgrade head\` fails until a merge revision joins them (alembic merge heads)`,
      locations: heads.map((h) => ({ path: h.module.path, line: 1 }))
    });
  }
  return { order, findings };
}

// src/migrations/formats/alembic/batch.ts
function rows(db, sql) {
  const out = [];
  const stmt = db.prepare(sql);
  try {
    while (stmt.step()) out.push(stmt.getAsObject());
  } finally {
    stmt.free();
  }
  return out;
}
function reflectedType(declared) {
  const t = declared.trim();
  const base = t.replace(/\(.*$/, "").trim().toUpperCase();
  const known = /* @__PURE__ */ new Set([
    "BIGINT",
    "BLOB",
    "BOOLEAN",
    "CHAR",
    "DATE",
    "DATETIME",
    "DOUBLE",
    "DECIMAL",
    "FLOAT",
    "INTEGER",
    "JSON",
    "NUMERIC",
    "REAL",
    "SMALLINT",
    "TEXT",
    "TIME",
    "TIMESTAMP",
    "VARCHAR",
    "NVARCHAR",
    "NCHAR"
  ]);
  if (base === "INT") return "INTEGER";
  if (base === "BOOL") return "BOOLEAN";
  if (known.has(base)) return t.replace(/\s*,\s*/g, ", ");
  if (base === "") return "";
  if (base.includes("INT")) return "INTEGER";
  if (/CHAR|CLOB|TEXT/.test(base)) return "TEXT";
  if (base.includes("BLOB")) return "BLOB";
  if (/REAL|FLOA|DOUB/.test(base)) return "REAL";
  return "NUMERIC";
}
function parenthesizeDefault(expr) {
  if (!expr || /^[0-9.]$/.test(expr) || /^'.+'$/s.test(expr) || /^\(.+\)$/s.test(expr)) return expr;
  return `(${expr})`;
}
function unquote(name) {
  const m = /^(["`[])(.*)["`\]]$/.exec(name.trim());
  return m ? m[2] : name.trim();
}
function splitColumns(list) {
  return list.split(",").map((c) => unquote(c));
}
function reflectTable(db, table) {
  const master = rows(
    db,
    `SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '${table.replace(/'/g, "''")}'`
  );
  const createSql = String(master[0]?.sql ?? "");
  if (!createSql) return void 0;
  const q = `"${table.replace(/"/g, '""')}"`;
  const columns = rows(db, `PRAGMA table_xinfo(${q})`).filter((r) => Number(r.hidden) === 0).map((r) => {
    const type = reflectedType(String(r.type ?? ""));
    const notNull = Number(r.notnull) === 1;
    const dflt = r.dflt_value === null ? void 0 : parenthesizeDefault(String(r.dflt_value));
    let sql = `${quoteIdent(String(r.name))}${type ? ` ${type}` : ""}`;
    if (dflt !== void 0) sql += ` DEFAULT ${dflt}`;
    return { name: String(r.name), sql, notNull, pk: Number(r.pk) };
  });
  const named = (kind) => {
    const re = new RegExp(`CONSTRAINT\\s+("[^"]+"|\\S+)\\s+${kind}\\s*\\(([^)]*)\\)`, "gi");
    return [...createSql.matchAll(re)].map((m) => ({ name: unquote(m[1]), columns: splitColumns(m[2]) }));
  };
  const namedFks = named("FOREIGN\\s+KEY");
  const namedUniques = named("UNIQUE");
  const pkName = /CONSTRAINT\s+("[^"]+"|\S+)\s+PRIMARY\s+KEY/i.exec(createSql)?.[1];
  const fkGroups = /* @__PURE__ */ new Map();
  for (const r of rows(db, `PRAGMA foreign_key_list(${q})`)) {
    const id = Number(r.id);
    fkGroups.set(id, [...fkGroups.get(id) ?? [], r]);
  }
  const fks = [...fkGroups.entries()].sort(([a], [b]) => b - a).map(([, group]) => {
    const sorted = group.sort((a, b) => Number(a.seq) - Number(b.seq));
    const cols = sorted.map((r) => String(r.from));
    const action = (v) => v && String(v) !== "NO ACTION" ? String(v) : void 0;
    const name = namedFks.find((n) => n.columns.join() === cols.join())?.name;
    return {
      ...name ? { name } : {},
      columns: cols,
      table: String(sorted[0].table),
      refColumns: sorted.map((r) => r.to === null ? "" : String(r.to)).filter(Boolean),
      ...action(sorted[0].on_delete) ? { onDelete: action(sorted[0].on_delete) } : {},
      ...action(sorted[0].on_update) ? { onUpdate: action(sorted[0].on_update) } : {}
    };
  });
  const uniques = [];
  const indexes = [];
  for (const r of rows(db, `PRAGMA index_list(${q})`)) {
    const name = String(r.name);
    const cols = rows(db, `PRAGMA index_info("${name.replace(/"/g, '""')}")`).sort((a, b) => Number(a.seqno) - Number(b.seqno)).map((c) => String(c.name));
    if (r.origin === "u") {
      const constraintName = namedUniques.find((n) => n.columns.join() === cols.join())?.name;
      uniques.push({ ...constraintName ? { name: constraintName } : {}, columns: cols });
    } else if (r.origin === "c") {
      const sql = String(
        rows(
          db,
          `SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '${name.replace(/'/g, "''")}'`
        )[0]?.sql ?? ""
      );
      const where = /\bWHERE\b([\s\S]*)$/i.exec(sql)?.[1]?.trim();
      indexes.push({ name, columns: cols, unique: Number(r.unique) === 1, ...where ? { where } : {} });
    }
  }
  uniques.reverse();
  indexes.reverse();
  return {
    name: table,
    columns,
    fks,
    uniques,
    indexes,
    ...pkName ? { primaryKeyName: unquote(pkName) } : {}
  };
}
function requiresRecreate(ops, addColumnNeedsRecreate) {
  return ops.some(
    (op) => op.kind === "add_column" ? addColumnNeedsRecreate(op) : op.kind !== "create_index" && op.kind !== "drop_index"
  );
}
function fkSql(fk) {
  let sql = `${fk.name ? `CONSTRAINT ${quoteIdent(fk.name)} ` : ""}FOREIGN KEY(${fk.columns.map(quoteIdent).join(", ")}) REFERENCES ${quoteIdent(fk.table)} (${fk.refColumns.map(quoteIdent).join(", ")})`;
  if (fk.onDelete) sql += ` ON DELETE ${fk.onDelete}`;
  if (fk.onUpdate) sql += ` ON UPDATE ${fk.onUpdate}`;
  return sql;
}
function rebuildStatements(table, ops) {
  let columns = table.columns.map((c) => ({
    from: c.name,
    ...c,
    pk: c.pk > 0,
    pkOrder: c.pk,
    cast: void 0
  }));
  let fks = [...table.fks];
  let uniques = [...table.uniques];
  let indexes = table.indexes.map((i) => ({
    name: i.name,
    sql: "",
    columns: [...i.columns],
    unique: i.unique,
    where: i.where
  }));
  const added = [];
  let primaryKey;
  for (const op of ops) {
    switch (op.kind) {
      case "add_column":
        columns.push({
          from: void 0,
          name: op.name,
          sql: op.sql,
          notNull: op.notNull,
          pk: op.pk,
          pkOrder: 0,
          cast: void 0
        });
        break;
      case "drop_column": {
        if (!columns.some((c) => c.name === op.name))
          return { error: `No such column: ${table.name}.${op.name}` };
        columns = columns.filter((c) => c.name !== op.name);
        fks = fks.filter((f) => !f.columns.includes(op.name));
        uniques = uniques.filter((u) => !u.columns.includes(op.name));
        indexes = indexes.filter((i) => !i.columns.includes(op.name));
        break;
      }
      case "alter_column": {
        const c = columns.find((x) => x.name === op.name);
        if (!c) return { error: `No such column: ${table.name}.${op.name}` };
        const name = op.newName ?? c.name;
        const current = /^("(?:[^"]|"")*"|\S+)\s*(.*)$/.exec(c.sql);
        let rest = current[2];
        let type = rest.replace(/\s+DEFAULT\s+[\s\S]*$/i, "");
        let dflt = /\s*DEFAULT\s+([\s\S]*)$/i.exec(rest)?.[1];
        if (op.type !== void 0) {
          if (affinityOf(type) !== affinityOf(op.type)) c.cast = op.type;
          type = op.type;
        }
        if (op.serverDefault !== void 0) dflt = op.serverDefault ?? void 0;
        rest = `${type}${dflt !== void 0 ? ` DEFAULT ${dflt}` : ""}`;
        c.sql = `${quoteIdent(name)}${rest ? ` ${rest}` : ""}`;
        if (op.nullable !== void 0) c.notNull = !op.nullable;
        if (op.newName) {
          const rename = (cols) => cols.map((x) => x === op.name ? op.newName : x);
          fks = fks.map((f) => ({ ...f, columns: rename(f.columns) }));
          uniques = uniques.map((u) => ({ ...u, columns: rename(u.columns) }));
          indexes = indexes.map((i) => ({ ...i, columns: rename(i.columns) }));
          c.name = op.newName;
        }
        break;
      }
      case "unique":
        added.push(
          `${op.name ? `CONSTRAINT ${quoteIdent(op.name)} ` : ""}UNIQUE (${op.columns.map(quoteIdent).join(", ")})`
        );
        break;
      case "foreign_key":
        added.push(fkSql(op.fk));
        break;
      case "check":
        added.push(`${op.name ? `CONSTRAINT ${quoteIdent(op.name)} ` : ""}CHECK (${op.sql})`);
        break;
      case "primary_key":
        primaryKey = { ...op.name ? { name: op.name } : {}, columns: [...op.columns] };
        break;
      case "drop_constraint": {
        const before = fks.length + uniques.length;
        fks = fks.filter((f) => f.name !== op.name);
        uniques = uniques.filter((u) => u.name !== op.name);
        const addedBefore = added.length;
        const kept = added.filter((a) => !a.startsWith(`CONSTRAINT ${quoteIdent(op.name)} `));
        added.splice(0, added.length, ...kept);
        if (fks.length + uniques.length === before && added.length === addedBefore) {
          return { error: `No such constraint: '${op.name}'` };
        }
        break;
      }
      case "create_index":
        indexes.push({ name: op.name, sql: op.sql, columns: [], unique: false, where: void 0 });
        break;
      case "drop_index":
        indexes = indexes.filter((i) => i.name !== op.name);
        break;
    }
  }
  const tmp = `_alembic_tmp_${table.name}`;
  const pkColumns = primaryKey?.columns ?? columns.filter((c) => c.pk).sort((a, b) => a.pkOrder - b.pkOrder).map((c) => c.name);
  const lines = columns.map((c) => `${c.sql}${c.notNull || pkColumns.includes(c.name) ? " NOT NULL" : ""}`);
  if (pkColumns.length > 0) {
    const pkName = primaryKey?.name ?? table.primaryKeyName;
    lines.push(
      `${pkName ? `CONSTRAINT ${quoteIdent(pkName)} ` : ""}PRIMARY KEY (${pkColumns.map(quoteIdent).join(", ")})`
    );
  }
  lines.push(...fks.map(fkSql), ...added);
  lines.push(
    ...uniques.map(
      (u) => `${u.name ? `CONSTRAINT ${quoteIdent(u.name)} ` : ""}UNIQUE (${u.columns.map(quoteIdent).join(", ")})`
    )
  );
  const copied = columns.filter((c) => c.from !== void 0);
  const statements = [
    `CREATE TABLE ${quoteIdent(tmp)} (
	${lines.join(", \n	")}
)`,
    `INSERT INTO ${quoteIdent(tmp)} (${copied.map((c) => quoteIdent(c.name)).join(", ")}) SELECT ${copied.map((c) => {
      const expr = `${quoteIdent(table.name)}.${quoteIdent(c.from)}`;
      return c.cast ? `CAST(${expr} AS ${c.cast})` : expr;
    }).join(", ")} 
FROM ${quoteIdent(table.name)}`,
    `DROP TABLE ${quoteIdent(table.name)}`,
    `ALTER TABLE ${quoteIdent(tmp)} RENAME TO ${quoteIdent(table.name)}`
  ];
  for (const index of indexes) {
    statements.push(
      index.sql || `CREATE ${index.unique ? "UNIQUE " : ""}INDEX ${quoteIdent(index.name)} ON ${quoteIdent(table.name)} (${index.columns.map(quoteIdent).join(", ")})${index.where ? ` WHERE ${index.where}` : ""}`
    );
  }
  return { statements };
}

// src/migrations/formats/alembic/ops.ts
var COMMAND_HINT = 'this needs a live database connection; check this project in command mode: "migrations": { "command": "alembic upgrade head" } with sqlalchemy.url taken from DATABASE_URL';
var NO_ALTER_CONSTRAINTS = "No support for ALTER of constraints in SQLite dialect. Please refer to the batch mode feature which allows for SQLite migrations using a copy-and-move strategy.";
var CONSTRAINT_OPS = /* @__PURE__ */ new Set([
  "create_unique_constraint",
  "create_foreign_key",
  "create_check_constraint",
  "create_primary_key",
  "drop_constraint"
]);
var NO_OPS = /* @__PURE__ */ new Set(["create_table_comment", "drop_table_comment"]);
var LIVE = /* @__PURE__ */ new Set(["get_bind", "get_context", "run_async", "invoke", "implementation_for"]);
var RevisionInterpreter = class {
  constructor(project, file, db) {
    this.project = project;
    this.file = file;
    this.db = db;
    this.names = new SaNames(project);
    this.collector = new Collector(
      project,
      this.names,
      new TypeResolver(project, this.names),
      () => void 0
    );
  }
  project;
  file;
  db;
  statements = [];
  collector;
  names;
  tables = /* @__PURE__ */ new Map();
  where(node) {
    return { path: this.file.path, line: node.line, column: node.column };
  }
  emit(sql, node) {
    this.statements.push({ sql, location: this.where(node) });
    if (!this.db) return void 0;
    try {
      this.db.run(sql);
    } catch {
    }
  }
  block(node, message, hint = COMMAND_HINT) {
    this.statements.push({ sql: "", location: this.where(node), blocked: { message, hint } });
  }
  run(fn) {
    for (const stmt of statementsOf(fn.fields.body)) {
      if (!this.statement(stmt)) break;
    }
  }
  isOp(node, object = "op") {
    const n = node && unwrap(node);
    if (n?.type !== "call") return void 0;
    const fn = n.fields.function;
    if (fn?.type !== "attribute" || fn.fields.object?.text !== object) return void 0;
    return fn.fields.attribute?.text;
  }
  mentionsOp(node) {
    return /\bop\.\w+\s*\(/.test(node.text);
  }
  /** Returns false when the function returns. */
  statement(stmt) {
    switch (stmt.type) {
      case "string":
      case "pass_statement":
      case "import_statement":
      case "import_from_statement":
        return true;
      case "return_statement":
        return false;
      case "with_statement":
        this.withStatement(stmt);
        return true;
      case "assignment":
        this.assignment(stmt);
        return true;
      case "call": {
        const op = this.isOp(stmt);
        if (op) this.op(op, stmt);
        else if (this.mentionsOp(stmt))
          this.block(stmt, `${stmt.text.slice(0, 60)} cannot be interpreted statically`);
        return true;
      }
      default:
        if (this.mentionsOp(stmt) || /\b(get_bind|inspect|dialect)\b/.test(stmt.text)) {
          const what = stmt.type === "if_statement" ? `a condition evaluated at run time (${stmt.fields.condition?.text.slice(0, 60) ?? ""})` : stmt.type === "for_statement" || stmt.type === "while_statement" ? "a loop" : `a ${stmt.type.replace(/_/g, " ")}`;
          this.block(stmt, `this migration step runs inside ${what}; it cannot be replayed statically`);
        }
        return true;
    }
  }
  assignment(stmt) {
    const right = stmt.fields.right && unwrap(stmt.fields.right);
    const left = stmt.fields.left;
    if (!right) return;
    if (/\b(get_bind|get_context|inspect)\s*\(/.test(right.text)) {
      this.block(stmt, `${right.text.slice(0, 60)} needs a live database connection`);
      return;
    }
    const callee = this.names.callee(this.file, right);
    if ((callee === "table" || callee === "Table") && left?.type === "identifier" && right.type === "call") {
      const args = callArgs(right);
      const name = stringValue(args.positional[0]);
      if (name) {
        const columns = args.positional.slice(1).map(
          (a) => unwrap(a).type === "call" ? stringValue(callArgs(unwrap(a)).positional[0]) : void 0
        ).filter((c) => c !== void 0);
        this.tables.set(left.text, { name, columns });
      }
      return;
    }
    const op = this.isOp(right);
    if (op) this.op(op, right);
  }
  /** `op.f("name")`, `conv("name")` or a plain string. */
  name(node) {
    if (!node) return void 0;
    const n = unwrap(node);
    if (n.type === "call") {
      const fn = n.fields.function;
      const last = fn?.type === "attribute" ? fn.fields.attribute?.text : fn?.text;
      if (last === "f" || last === "conv") return stringValue(callArgs(n).positional[0]);
      return void 0;
    }
    return stringValue(n);
  }
  stringList(node) {
    const items = node ? sequenceItems(node) : void 0;
    if (!items) return void 0;
    const values = items.map((i) => this.name(i));
    return values.every((v) => v !== void 0) ? values : void 0;
  }
  arg(args, index, keyword) {
    return args.positional[index] ?? args.keywords.get(keyword);
  }
  stubTable(name) {
    return {
      name,
      columns: [],
      constraints: [],
      indexes: [],
      sqliteAutoincrement: false,
      withoutRowid: false,
      naming: DEFAULT_NAMING,
      source: { path: this.file.path, line: 1 }
    };
  }
  /** Runs `read` on the collector; its problems become one blocked step. */
  understood(node, read) {
    const before = this.collector.problems.length;
    const value = read();
    const problems = this.collector.problems.slice(before);
    if (problems.length > 0 || value === void 0) {
      this.block(
        node,
        problems.map((p) => p.message).join("; ") || `${node.text.slice(0, 60)} cannot be read statically`
      );
      return void 0;
    }
    return value;
  }
  op(name, call) {
    const args = callArgs(call);
    if (LIVE.has(name)) return this.block(call, `op.${name}() needs a live database connection`);
    if (NO_OPS.has(name)) return;
    if (CONSTRAINT_OPS.has(name)) {
      return this.block(
        call,
        NO_ALTER_CONSTRAINTS,
        "wrap the change in `with op.batch_alter_table(...) as batch_op:`"
      );
    }
    switch (name) {
      case "create_table": {
        const table = this.understood(call, () => this.collector.tableFromCall(this.file, call));
        if (!table) return;
        this.emit(createTableSql(table), call);
        for (const index of tableIndexes(table)) {
          const sql = createIndexSql(table, index);
          if (sql) this.emit(sql, call);
        }
        return;
      }
      case "drop_table": {
        const table = this.name(this.arg(args, 0, "table_name"));
        if (!table) return this.block(call, "op.drop_table() with a computed table name");
        return this.emit(`DROP TABLE ${quoteIdent(table)}`, call);
      }
      case "rename_table": {
        const from = this.name(this.arg(args, 0, "old_table_name"));
        const to = this.name(this.arg(args, 1, "new_table_name"));
        if (!from || !to) return this.block(call, "op.rename_table() with computed names");
        return this.emit(`ALTER TABLE ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`, call);
      }
      case "add_column":
        return this.addColumn(call, args, false);
      case "drop_column": {
        const table = this.name(this.arg(args, 0, "table_name"));
        const column = this.name(this.arg(args, 1, "column_name"));
        if (!table || !column) return this.block(call, "op.drop_column() with computed names");
        return this.emit(`ALTER TABLE ${quoteIdent(table)} DROP COLUMN ${quoteIdent(column)}`, call);
      }
      case "alter_column":
        return this.alterColumn(call, args);
      case "create_index":
        return this.createIndex(call, args, this.name(this.arg(args, 1, "table_name")), 2);
      case "drop_index": {
        const index = this.name(this.arg(args, 0, "index_name"));
        if (!index) return this.block(call, "op.drop_index() with a computed name");
        return this.emit(`DROP INDEX ${quoteIdent(index)}`, call);
      }
      case "execute":
        return this.execute(args);
      case "bulk_insert":
        return this.bulkInsert(call, args);
      case "batch_alter_table":
        return this.block(call, "op.batch_alter_table() outside a with block");
      default:
        return this.block(call, `op.${name}() is not interpreted statically`);
    }
  }
  addColumn(call, args, inBatch) {
    const table = inBatch ? void 0 : this.name(this.arg(args, 0, "table_name"));
    const columnNode = inBatch ? this.arg(args, 0, "column") : this.arg(args, 1, "column");
    if (!inBatch && !table || !columnNode)
      return this.block(call, "op.add_column() with computed arguments");
    const spec = this.stubTable(table ?? "");
    const column = this.understood(
      call,
      () => this.collector.columnFromCall(this.file, unwrap(columnNode), spec)
    );
    if (!column) return;
    this.emit(
      `ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${columnSpec(spec, column, column.primaryKey ? [column.name] : [], void 0)}`,
      call
    );
    if (column.foreignKeys.length > 0 || column.unique && !column.index || column.checks.length > 0) {
      return this.block(call, NO_ALTER_CONSTRAINTS, "add the column inside `with op.batch_alter_table(...)`");
    }
    if (column.index) {
      this.emit(
        createIndexSql({ ...spec, columns: [column] }, tableIndexes({ ...spec, columns: [column] })[0]),
        call
      );
    }
  }
  alterColumn(call, args) {
    const table = this.name(this.arg(args, 0, "table_name"));
    const column = this.name(this.arg(args, 1, "column_name"));
    if (!table || !column) return this.block(call, "op.alter_column() with computed names");
    const change = this.columnChange(call, args, column);
    if (!change) return;
    const t = quoteIdent(table);
    const c = quoteIdent(column);
    const out = [];
    if (change.nullable !== void 0)
      out.push(`ALTER TABLE ${t} ALTER COLUMN ${c} ${change.nullable ? "DROP" : "SET"} NOT NULL`);
    if (change.serverDefault !== void 0) {
      out.push(
        change.serverDefault === null ? `ALTER TABLE ${t} ALTER COLUMN ${c} DROP DEFAULT` : `ALTER TABLE ${t} ALTER COLUMN ${c} SET DEFAULT ${change.serverDefault}`
      );
    }
    if (change.type !== void 0) out.push(`ALTER TABLE ${t} ALTER COLUMN ${c} TYPE ${change.type}`);
    if (change.newName !== void 0)
      out.push(`ALTER TABLE ${t} RENAME ${c} TO ${quoteIdent(change.newName)}`);
    for (const sql of out) this.emit(sql, call);
  }
  /** The changes of an alter_column call (shared by op and batch_op). */
  columnChange(call, args, column) {
    const nullable = boolValue(args.keywords.get("nullable"));
    const newName = this.name(args.keywords.get("new_column_name"));
    let type;
    const typeNode = args.keywords.get("type_");
    if (typeNode) {
      const r = new TypeResolver(this.project, this.names).resolve(this.file, typeNode);
      if ("error" in r) {
        this.block(call, r.error);
        return void 0;
      }
      type = `${r.type.sql}${r.type.collation ?? ""}`;
    }
    let serverDefault;
    const dflt = args.keywords.get("server_default");
    if (dflt) {
      if (unwrap(dflt).type === "none") serverDefault = null;
      else if (unwrap(dflt).type !== "false") {
        serverDefault = this.collector.renderServerDefault(this.file, dflt);
        if (serverDefault === void 0) {
          this.block(call, `server_default ${dflt.text.slice(0, 60)} cannot be read statically`);
          return void 0;
        }
      }
    }
    return {
      kind: "alter_column",
      name: column,
      ...nullable !== void 0 ? { nullable } : {},
      ...type !== void 0 ? { type } : {},
      ...newName !== void 0 ? { newName } : {},
      ...serverDefault !== void 0 ? { serverDefault } : {}
    };
  }
  indexSql(call, args, table, columnsAt) {
    const name = this.name(this.arg(args, 0, "index_name"));
    const columnsNode = args.positional[columnsAt] ?? args.keywords.get("columns");
    if (!name || !table || !columnsNode) {
      this.block(call, "create_index() with computed arguments");
      return void 0;
    }
    const items = sequenceItems(columnsNode) ?? [columnsNode];
    const parts = [];
    for (const item of items) {
      const plain = stringValue(item);
      if (plain !== void 0) {
        parts.push(quoteIdent(plain));
        continue;
      }
      const text = this.collector.renderSqlText(this.file, item);
      if (text === void 0) {
        this.block(call, `index expression ${item.text.slice(0, 60)} cannot be read statically`);
        return void 0;
      }
      parts.push(text);
    }
    const unique = boolValue(args.keywords.get("unique")) === true;
    const whereNode = args.keywords.get("sqlite_where");
    const where = whereNode ? this.collector.renderSqlText(this.file, whereNode) : void 0;
    if (whereNode && where === void 0) {
      this.block(call, `sqlite_where ${whereNode.text.slice(0, 60)} cannot be read statically`);
      return void 0;
    }
    const ifNotExists = boolValue(args.keywords.get("if_not_exists")) === true ? "IF NOT EXISTS " : "";
    const sql = `CREATE ${unique ? "UNIQUE " : ""}INDEX ${ifNotExists}${quoteIdent(name)} ON ${quoteIdent(table)} (${parts.join(", ")})${where !== void 0 ? ` WHERE ${where}` : ""}`;
    return { name, sql };
  }
  createIndex(call, args, table, columnsAt) {
    const index = this.indexSql(call, args, table, columnsAt);
    if (index) this.emit(index.sql, call);
  }
  execute(args) {
    const arg = args.positional[0] ?? args.keywords.get("sqltext");
    if (!arg) return;
    let n = unwrap(arg);
    if (n.type === "call" && this.names.callee(this.file, n) === "text" && callArgs(n).positional[0]) {
      n = unwrap(callArgs(n).positional[0]);
    }
    const s = evalString(n);
    if (s.kind === "dynamic") return this.block(arg, `dynamic SQL (${s.reason}) is only known at run time`);
    if (s.kind !== "string") {
      return this.block(
        arg,
        `op.execute(${arg.text.slice(0, 50)}) runs a SQL expression that is not a literal`
      );
    }
    const parts = statementsInString(s, this.file.path);
    for (const p of parts) {
      this.statements.push(p);
      try {
        this.db?.run(p.sql);
      } catch {
      }
    }
  }
  literal(node) {
    const n = unwrap(node);
    const s = stringValue(n);
    if (s !== void 0) return quoteLiteral(s);
    if (n.type === "integer" || n.type === "float") return n.text.replace(/_/g, "");
    if (n.type === "unary_operator" && /^-\s*\d/.test(n.text)) return n.text.replace(/\s+/g, "");
    if (n.type === "true") return "1";
    if (n.type === "false") return "0";
    if (n.type === "none") return "NULL";
    return void 0;
  }
  bulkInsert(call, args) {
    const tableNode = args.positional[0];
    const rowsNode = args.positional[1] ?? args.keywords.get("rows");
    const table = tableNode?.type === "identifier" ? this.tables.get(tableNode.text) : void 0;
    const rows2 = rowsNode ? sequenceItems(rowsNode) : void 0;
    if (!table || !rows2)
      return this.block(call, "op.bulk_insert() with a table or rows computed at run time");
    for (const row of rows2) {
      const dict = unwrap(row);
      if (dict.type !== "dictionary") return this.block(row, "a bulk_insert row that is not a dict literal");
      const values = /* @__PURE__ */ new Map();
      for (const pair of dict.children) {
        const key = pair.fields.key && stringValue(pair.fields.key);
        const value = pair.fields.value && this.literal(pair.fields.value);
        if (key === void 0 || value === void 0) {
          return this.block(pair, `bulk_insert value ${pair.text.slice(0, 60)} is computed at run time`);
        }
        values.set(key, value);
      }
      const columns = [
        ...table.columns.filter((c) => values.has(c)),
        ...[...values.keys()].filter((k) => !table.columns.includes(k))
      ];
      this.emit(
        `INSERT INTO ${quoteIdent(table.name)} (${columns.map(quoteIdent).join(", ")}) VALUES (${columns.map((c) => values.get(c)).join(", ")})`,
        row
      );
    }
  }
  // ── batch mode ─────────────────────────────────────────────────────────────────────────────
  withStatement(stmt) {
    const item = stmt.children.find((c) => c.type === "with_clause")?.children[0];
    const value = item?.fields.value ? unwrap(item.fields.value) : void 0;
    const asPattern = value?.type === "as_pattern" ? value : void 0;
    const call = asPattern ? unwrap(asPattern.children[0]) : value;
    const alias = asPattern?.children.find((c) => c.type === "as_pattern_target")?.text;
    if (!call || this.isOp(call) !== "batch_alter_table" || !alias) {
      if (this.mentionsOp(stmt)) this.block(stmt, "a with block other than op.batch_alter_table()");
      else for (const s of statementsOf(stmt.fields.body)) this.statement(s);
      return;
    }
    const args = callArgs(call);
    const table = this.name(this.arg(args, 0, "table_name"));
    if (!table) return this.block(call, "op.batch_alter_table() with a computed table name");
    const recreate = stringValue(args.keywords.get("recreate")) ?? "auto";
    const ops = [];
    for (const s of statementsOf(stmt.fields.body)) {
      if (s.type === "pass_statement" || s.type === "string") continue;
      const name = this.isOp(s, alias);
      if (!name)
        return this.block(s, `${s.text.slice(0, 60)} inside batch_alter_table cannot be replayed statically`);
      const batchOp = this.batchOp(name, unwrap(s), table);
      if (!batchOp) return;
      ops.push({ node: s, ...batchOp });
    }
    const needsRecreate = recreate === "always" || recreate === "auto" && requiresRecreate(
      ops.map((o) => o.op),
      (op) => ops.find((o) => o.op === op)?.addDefaultIsExpression === true
    );
    if (!needsRecreate) {
      for (const { op, node } of ops) {
        if (op.kind === "add_column")
          this.emit(
            `ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${op.sql}${op.notNull ? " NOT NULL" : ""}`,
            node
          );
        else if (op.kind === "create_index") this.emit(op.sql, node);
        else if (op.kind === "drop_index") this.emit(`DROP INDEX ${quoteIdent(op.name)}`, node);
        else this.block(node, NO_ALTER_CONSTRAINTS, 'use recreate="auto" (the default) or "always"');
      }
      return;
    }
    if (!this.db) return this.block(call, "batch mode needs the table as replayed so far", COMMAND_HINT);
    const reflected = reflectTable(this.db, table);
    if (!reflected)
      return this.block(call, `no such table: ${table} (batch mode reflects the table before copying it)`);
    const rebuilt = rebuildStatements(
      reflected,
      ops.map((o) => o.op)
    );
    if ("error" in rebuilt) return this.block(call, rebuilt.error);
    for (const sql of rebuilt.statements) this.emit(sql, call);
  }
  batchOp(name, call, table) {
    const args = callArgs(call);
    switch (name) {
      case "add_column": {
        const node = this.arg(args, 0, "column");
        const spec = this.stubTable(table);
        const column = node && this.understood(call, () => this.collector.columnFromCall(this.file, unwrap(node), spec));
        if (!column) return void 0;
        const sql = columnSpec(spec, { ...column, nullable: true }, [], void 0);
        const dflt = column.serverDefault;
        return {
          op: {
            kind: "add_column",
            name: column.name,
            sql,
            notNull: !column.nullable || column.primaryKey,
            pk: column.primaryKey
          },
          addDefaultIsExpression: dflt?.startsWith("(") === true
        };
      }
      case "drop_column": {
        const column = this.name(this.arg(args, 0, "column_name"));
        if (!column) return this.fail(call);
        return { op: { kind: "drop_column", name: column } };
      }
      case "alter_column": {
        const column = this.name(this.arg(args, 0, "column_name"));
        if (!column) return this.fail(call);
        const change = this.columnChange(call, args, column);
        return change ? { op: change } : void 0;
      }
      case "create_unique_constraint": {
        const columns = this.stringList(this.arg(args, 1, "columns"));
        if (!columns) return this.fail(call);
        const cname = this.name(this.arg(args, 0, "constraint_name"));
        return { op: { kind: "unique", ...cname ? { name: cname } : {}, columns } };
      }
      case "create_foreign_key": {
        const cname = this.name(this.arg(args, 0, "constraint_name"));
        const referent = this.name(this.arg(args, 1, "referent_table"));
        const local = this.stringList(this.arg(args, 2, "local_cols"));
        const remote = this.stringList(this.arg(args, 3, "remote_cols"));
        if (!referent || !local || !remote) return this.fail(call);
        const onDelete = stringValue(args.keywords.get("ondelete"))?.toUpperCase();
        const onUpdate = stringValue(args.keywords.get("onupdate"))?.toUpperCase();
        return {
          op: {
            kind: "foreign_key",
            fk: {
              ...cname ? { name: cname } : {},
              columns: local,
              table: referent,
              refColumns: remote,
              ...onDelete ? { onDelete } : {},
              ...onUpdate ? { onUpdate } : {}
            }
          }
        };
      }
      case "create_check_constraint": {
        const cname = this.name(this.arg(args, 0, "constraint_name"));
        const condition = this.arg(args, 1, "condition");
        const sql = condition && this.collector.renderSqlText(this.file, condition);
        if (sql === void 0) return this.fail(call);
        return { op: { kind: "check", ...cname ? { name: cname } : {}, sql } };
      }
      case "create_primary_key": {
        const cname = this.name(this.arg(args, 0, "constraint_name"));
        const columns = this.stringList(this.arg(args, 1, "columns"));
        if (!columns) return this.fail(call);
        return { op: { kind: "primary_key", ...cname ? { name: cname } : {}, columns } };
      }
      case "drop_constraint": {
        const cname = this.name(this.arg(args, 0, "constraint_name"));
        if (!cname) return this.fail(call);
        return { op: { kind: "drop_constraint", name: cname } };
      }
      case "create_index": {
        const index = this.indexSql(call, args, table, 1);
        return index ? { op: { kind: "create_index", name: index.name, sql: index.sql } } : void 0;
      }
      case "drop_index": {
        const index = this.name(this.arg(args, 0, "index_name"));
        if (!index) return this.fail(call);
        return { op: { kind: "drop_index", name: index } };
      }
      default:
        this.block(call, `batch_op.${name}() is not interpreted statically`);
        return void 0;
    }
  }
  fail(call) {
    this.block(call, `${call.text.slice(0, 60)}: arguments computed at run time`);
    return void 0;
  }
};

// src/migrations/formats/alembic/read.ts
function functionNamed(module, name) {
  for (const stmt of moduleStatements(module.root)) {
    const fn = stmt.type === "decorated_definition" ? stmt.fields.definition : stmt;
    if (fn?.type === "function_definition" && fn.fields.name?.text === name) return fn;
  }
  return void 0;
}
function interpret(module, fnName, db) {
  const fn = functionNamed(module, fnName);
  if (!fn) return void 0;
  const project = new PythonProject();
  const file = project.add(module);
  const interpreter = new RevisionInterpreter(project, file, db);
  interpreter.run(fn);
  return interpreter.statements;
}
async function readAlembicSet(fs, dir) {
  const parser = await loadPythonParser();
  const vdir = await versionsDir(fs, dir);
  const findings = [];
  const revisions = [];
  const texts = /* @__PURE__ */ new Map();
  for (const path of await revisionFiles(fs, vdir)) {
    const text = await fs.readText(path);
    texts.set(path, text);
    const module = parser.parse(text, path);
    const revision = readRevision(module);
    if ("error" in revision) {
      findings.push({
        rule: "migration-order",
        severity: "error",
        message: revision.error,
        locations: [{ path, line: revision.line }]
      });
      continue;
    }
    revisions.push(revision);
  }
  const ordered = orderRevisions(revisions);
  findings.push(...ordered.findings);
  const db = await openDatabase();
  const migrations = [];
  try {
    for (const revision of ordered.order) {
      const module = revision.module;
      const up = interpret(module, "upgrade", db) ?? [
        {
          sql: "",
          location: { path: module.path, line: 1 },
          blocked: { message: `no upgrade() in ${module.path.split("/").pop()}` }
        }
      ];
      const needsCopy = /batch_alter_table/.test(texts.get(module.path) ?? "");
      const copy = needsCopy ? await openDatabase(db.export()) : void 0;
      let down;
      try {
        down = interpret(module, "downgrade", copy);
      } finally {
        copy?.close();
      }
      migrations.push({
        id: module.path,
        version: revision.id,
        name: revision.message,
        path: module.path,
        up,
        ...down ? { down, downPath: module.path } : {},
        transaction: "migration",
        checksumSource: texts.get(module.path) ?? ""
      });
    }
  } finally {
    db.close();
  }
  return { format: "alembic", dir: vdir, migrations, foreignKeys: false, findings };
}
export {
  readAlembicSet
};
