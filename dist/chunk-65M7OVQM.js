import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  boolValue,
  callArgs,
  dottedName,
  intValue,
  moduleStatements,
  qualify,
  qualifyName,
  sequenceItems,
  statementsOf,
  stringValue,
  unwrap
} from "./chunk-DILQ42IL.js";

// src/models/sqlalchemy/quote.ts
var RESERVED = new Set(
  `add after all alter analyze and as asc attach autoincrement before begin between by cascade case cast check
collate column commit conflict constraint create cross current_date current_time current_timestamp database
default deferrable deferred delete desc detach distinct drop each else end escape except exclusive exists
explain false fail for foreign from full glob group having if ignore immediate in index indexed initially inner
insert instead intersect into is isnull join key left like limit match natural not notnull null of offset on or
order outer plan pragma primary query raise references reindex rename replace restrict right rollback row select
set table temp temporary then to transaction trigger true union unique update using vacuum values view virtual
when where`.split(/\s+/)
);
function requiresQuotes(name) {
  const lower = name.toLowerCase();
  return RESERVED.has(lower) || /^[0-9$]/.test(name) || !/^[A-Z0-9_$]+$/i.test(name) || lower !== name;
}
function quoteIdent(name) {
  return requiresQuotes(name) ? `"${name.replace(/"/g, '""')}"` : name;
}
function quoteLiteral(value) {
  return `'${value.replace(/'/g, "''")}'`;
}

// src/models/sqlalchemy/ddl.ts
function applyNaming(naming, kind, explicit, context) {
  if (explicit?.final) return explicit.value;
  const template = naming[kind];
  if (!template || explicit && !template.includes("%(constraint_name)s")) return explicit?.value;
  if (!explicit && template.includes("%(constraint_name)s")) return void 0;
  const cols = context.columns;
  const refs = context.refColumns ?? [];
  return template.replace(/%\((\w+)\)s/g, (all, token) => {
    if (token === "table_name") return context.table;
    if (token === "constraint_name") return explicit?.value ?? "";
    if (token === "referred_table_name") return context.refTable ?? "";
    const m = /^(referred_)?column_(0_N|0N|\d+)_(name|key|label)$/.exec(token);
    if (!m) return all;
    const list2 = m[1] ? refs : cols;
    const table = m[1] ? context.refTable ?? "" : context.table;
    const render = (c) => m[3] === "label" ? `${table}_${c}` : c;
    if (m[2] === "0_N") return list2.map(render).join("_");
    if (m[2] === "0N") return list2.map(render).join("");
    return render(list2[Number(m[2])] ?? "");
  });
}
function constraintPrefix(name) {
  return name === void 0 ? "" : `CONSTRAINT ${quoteIdent(name)} `;
}
function list(names) {
  return names.map(quoteIdent).join(", ");
}
function isIntegerType(sql) {
  return /^(INTEGER|SMALLINT|BIGINT)$/.test(sql);
}
function inlinePrimaryKey(table) {
  if (!table.sqliteAutoincrement) return void 0;
  const pk = primaryKeyColumns(table);
  if (pk.columns.length !== 1) return void 0;
  const column = table.columns.find((c) => c.name === pk.columns[0]);
  return column && isIntegerType(column.type.sql) && column.foreignKeys.length === 0 ? column : void 0;
}
function primaryKeyColumns(table) {
  const explicit = table.constraints.find((c) => c.kind === "primary");
  if (explicit?.kind === "primary") {
    return {
      columns: explicit.columns.map((k) => columnByKey(table, k)?.name ?? k),
      ...explicit.name ? { name: explicit.name } : {}
    };
  }
  return { columns: table.columns.filter((c) => c.primaryKey).map((c) => c.name) };
}
function columnByKey(table, ref) {
  return table.columns.find((c) => c.key === ref) ?? table.columns.find((c) => c.name === ref);
}
function columnSpec(table, column, pkColumns, inline) {
  let sql = `${quoteIdent(column.name)} ${column.type.sql}${column.type.collation ?? ""}`;
  if (column.serverDefault !== void 0) sql += ` DEFAULT ${column.serverDefault}`;
  const notNull = !column.nullable || pkColumns.includes(column.name);
  if (notNull) sql += " NOT NULL";
  if (inline === column) sql += " PRIMARY KEY AUTOINCREMENT";
  if (column.computed !== void 0) sql += ` GENERATED ALWAYS AS (${column.computed})`;
  for (const check of column.checks) {
    const name = applyNaming(table.naming, "ck", check.name, { table: table.name, columns: [column.name] });
    sql += ` ${constraintPrefix(name)}CHECK (${check.sql})`;
  }
  return sql;
}
function renderConstraint(table, c) {
  const names = (refs) => refs.map((r) => columnByKey(table, r)?.name ?? r);
  switch (c.kind) {
    case "unique": {
      const columns = names(c.columns);
      const name = applyNaming(table.naming, "uq", c.name, { table: table.name, columns });
      return `${constraintPrefix(name)}UNIQUE (${list(columns)})`;
    }
    case "check": {
      const name = applyNaming(table.naming, "ck", c.name, { table: table.name, columns: [] });
      return `${constraintPrefix(name)}CHECK (${c.sql})`;
    }
    case "foreign": {
      const columns = names(c.columns);
      const name = applyNaming(table.naming, "fk", c.name, {
        table: table.name,
        columns,
        refTable: c.refTable,
        refColumns: c.refColumns
      });
      let sql = `${constraintPrefix(name)}FOREIGN KEY(${list(columns)}) REFERENCES ${quoteIdent(c.refTable)} (${list(c.refColumns)})`;
      if (c.onDelete) sql += ` ON DELETE ${c.onDelete}`;
      if (c.onUpdate) sql += ` ON UPDATE ${c.onUpdate}`;
      if (c.deferrable !== void 0) sql += c.deferrable ? " DEFERRABLE" : " NOT DEFERRABLE";
      if (c.initially) sql += ` INITIALLY ${c.initially}`;
      return sql;
    }
    case "primary":
      return void 0;
  }
}
function derivedConstraints(table) {
  const out = [];
  for (const column of table.columns) {
    if (column.unique && !column.index) out.push({ kind: "unique", columns: [column.name] });
    const check = column.type.check;
    if (check) {
      const values = check.values === "boolean" ? "0, 1" : check.values.map((v) => quoteLiteral(v)).join(", ");
      out.push({
        kind: "check",
        sql: `${quoteIdent(column.name)} IN (${values})`,
        ...check.name ? { name: { value: check.name, final: false } } : {}
      });
    }
    for (const fk of column.foreignKeys) {
      out.push({
        kind: "foreign",
        columns: [column.name],
        refTable: fk.table,
        refColumns: [fk.column],
        ...fk.name ? { name: fk.name } : {},
        ...fk.onDelete ? { onDelete: fk.onDelete } : {},
        ...fk.onUpdate ? { onUpdate: fk.onUpdate } : {},
        ...fk.deferrable !== void 0 ? { deferrable: fk.deferrable } : {},
        ...fk.initially ? { initially: fk.initially } : {}
      });
    }
  }
  return out;
}
function createTableSql(table) {
  const pk = primaryKeyColumns(table);
  const inline = inlinePrimaryKey(table);
  const lines = table.columns.map((c) => columnSpec(table, c, pk.columns, inline));
  if (pk.columns.length > 0 && !inline) {
    const name = applyNaming(table.naming, "pk", pk.name, { table: table.name, columns: pk.columns });
    lines.push(`${constraintPrefix(name)}PRIMARY KEY (${list(pk.columns)})`);
  }
  for (const c of [...table.constraints, ...derivedConstraints(table)]) {
    const sql = renderConstraint(table, c);
    if (sql !== void 0) lines.push(sql);
  }
  const suffix = table.withoutRowid ? "\n WITHOUT ROWID" : "";
  return `CREATE TABLE ${quoteIdent(table.name)} (
	${lines.join(", \n	")}
)${suffix}`;
}
function tableIndexes(table) {
  const implicit = table.columns.filter((c) => c.index).map((c) => ({ items: [{ ref: c.name, expression: false }], unique: c.unique, source: c.source }));
  return [...table.indexes, ...implicit];
}
function indexName(table, index) {
  const columns = index.items.filter((i) => !i.expression).map((i) => columnByKey(table, i.ref)?.name ?? i.ref);
  return applyNaming(table.naming, "ix", index.name, { table: table.name, columns });
}
function createIndexSql(table, index) {
  const name = indexName(table, index);
  if (name === void 0) return void 0;
  const items = index.items.map(
    (i) => i.expression ? i.ref : quoteIdent(columnByKey(table, i.ref)?.name ?? i.ref)
  );
  let sql = `CREATE ${index.unique ? "UNIQUE " : ""}INDEX ${quoteIdent(name)} ON ${quoteIdent(table.name)} (${items.join(", ")})`;
  if (index.where !== void 0) sql += ` WHERE ${index.where}`;
  return sql;
}
function generateDdl(tables) {
  const statements = [];
  const tableHints = {};
  const columnHints = {};
  const indexHints = {};
  for (const table of tables) {
    statements.push({ sql: `${createTableSql(table)};`, location: table.source });
    tableHints[table.name.toLowerCase()] = table.source;
    for (const c of table.columns) columnHints[`${table.name}.${c.name}`.toLowerCase()] = c.source;
  }
  for (const table of tables) {
    for (const index of tableIndexes(table)) {
      const sql = createIndexSql(table, index);
      if (sql === void 0) continue;
      statements.push({ sql: `${sql};`, location: index.source });
      indexHints[indexName(table, index).toLowerCase()] = index.source;
    }
  }
  return { statements, hints: { tables: tableHints, columns: columnHints, indexes: indexHints } };
}

// src/models/sqlalchemy/types.ts
var GENERIC = {
  Integer: "INTEGER",
  SmallInteger: "SMALLINT",
  BigInteger: "BIGINT",
  String: "VARCHAR",
  Unicode: "VARCHAR",
  // SQLModel's str type: a String with an optional length.
  AutoString: "VARCHAR",
  Text: "TEXT",
  UnicodeText: "TEXT",
  Boolean: "BOOLEAN",
  Date: "DATE",
  DateTime: "DATETIME",
  Time: "TIME",
  Interval: "DATETIME",
  Float: "FLOAT",
  Double: "DOUBLE",
  Numeric: "NUMERIC",
  LargeBinary: "BLOB",
  PickleType: "BLOB",
  JSON: "JSON",
  Uuid: "CHAR(32)",
  // Upper-case SQL types render as written.
  INTEGER: "INTEGER",
  INT: "INTEGER",
  SMALLINT: "SMALLINT",
  BIGINT: "BIGINT",
  VARCHAR: "VARCHAR",
  NVARCHAR: "NVARCHAR",
  CHAR: "CHAR",
  NCHAR: "NCHAR",
  TEXT: "TEXT",
  CLOB: "CLOB",
  BLOB: "BLOB",
  BINARY: "BINARY",
  VARBINARY: "VARBINARY",
  BOOLEAN: "BOOLEAN",
  DATE: "DATE",
  DATETIME: "DATETIME",
  TIME: "TIME",
  TIMESTAMP: "TIMESTAMP",
  FLOAT: "FLOAT",
  REAL: "REAL",
  DOUBLE: "DOUBLE",
  DOUBLE_PRECISION: "DOUBLE PRECISION",
  NUMERIC: "NUMERIC",
  DECIMAL: "DECIMAL",
  UUID: "UUID"
};
var LENGTH_TYPES = /* @__PURE__ */ new Set([
  "String",
  "AutoString",
  "Unicode",
  "Text",
  "UnicodeText",
  "VARCHAR",
  "NVARCHAR",
  "CHAR",
  "NCHAR",
  "TEXT",
  "CLOB",
  "BINARY",
  "VARBINARY"
]);
var PRECISION_TYPES = /* @__PURE__ */ new Set(["Numeric", "NUMERIC", "DECIMAL"]);
var ANNOTATION_TYPES = {
  int: "Integer",
  str: "String",
  float: "Float",
  bool: "Boolean",
  bytes: "LargeBinary",
  "datetime.datetime": "DateTime",
  "datetime.date": "Date",
  "datetime.time": "Time",
  "datetime.timedelta": "Interval",
  "decimal.Decimal": "Numeric",
  "uuid.UUID": "Uuid"
};
function collationOf(name) {
  const quoted = /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
  return ` COLLATE ${quoted}`;
}
function enumMembers(project, file, ref, useValues) {
  const qualified = qualify(file.scope, ref);
  if (!qualified) return void 0;
  const def = qualified.includes(".") ? project.lookup(qualified) : project.lookupIn(file, qualified);
  if (def?.kind !== "class") return void 0;
  const members = [];
  for (const stmt of def.node.fields.body?.children ?? []) {
    const a = stmt.type === "expression_statement" ? stmt.children[0] : void 0;
    if (a?.type !== "assignment" || a.fields.left?.type !== "identifier" || !a.fields.right) continue;
    const name = a.fields.left.text;
    if (name.startsWith("_")) continue;
    if (useValues) {
      const value = stringValue(a.fields.right);
      if (value === void 0) return void 0;
      members.push(value);
    } else {
      members.push(name);
    }
  }
  return members.length > 0 ? { name: def.name.toLowerCase(), members } : void 0;
}
var TypeResolver = class {
  constructor(project, names) {
    this.project = project;
    this.names = names;
  }
  project;
  names;
  /** The type of `Column(<type>)` / `mapped_column(<type>)`: a class, a call, or a project type. */
  resolve(file, input) {
    const node = unwrap(input);
    if (node.type === "call") return this.resolveWith(file, node.fields.function, callArgs(node));
    return this.resolveWith(file, node, { positional: [], keywords: /* @__PURE__ */ new Map(), splat: false });
  }
  resolveWith(file, callee, args) {
    const name = this.names.of(file, callee);
    if (name === "Enum") return this.enumType(file, args.positional, args.keywords);
    if (name !== void 0 && name in GENERIC) {
      const base = GENERIC[name];
      const collationNode = args.keywords.get("collation");
      const collationName = collationNode && stringValue(collationNode);
      const collation = collationName ? collationOf(collationName) : void 0;
      if (LENGTH_TYPES.has(name)) {
        const length = intValue(args.positional[0] ?? args.keywords.get("length"));
        return {
          type: {
            sql: length === void 0 ? base : `${base}(${length})`,
            ...collation ? { collation } : {}
          }
        };
      }
      if (PRECISION_TYPES.has(name)) {
        const precision = intValue(args.positional[0] ?? args.keywords.get("precision"));
        const scale = intValue(args.positional[1] ?? args.keywords.get("scale"));
        if (precision === void 0) return { type: { sql: base } };
        return {
          type: { sql: scale === void 0 ? `${base}(${precision})` : `${base}(${precision}, ${scale})` }
        };
      }
      if (name === "Boolean" || name === "BOOLEAN") {
        const create = args.keywords.get("create_constraint");
        if (create && unwrap(create).type === "true") {
          const constraintName = stringValue(args.keywords.get("name"));
          return {
            type: {
              sql: base,
              check: { values: "boolean", ...constraintName ? { name: constraintName } : {} }
            }
          };
        }
      }
      return { type: { sql: base } };
    }
    if (name === "ARRAY" || name === "TupleType") return { error: `SQLite has no ${name} type` };
    if (name !== void 0) return { error: `unknown SQLAlchemy type ${name}` };
    return this.projectType(file, callee, args);
  }
  /** A type defined in the project: a TypeDecorator whose `impl` is a plain type, or a subclass. */
  projectType(file, callee, args) {
    const qualified = qualify(file.scope, callee) ?? callee.text;
    const def = qualified.includes(".") ? this.project.lookup(qualified) : this.project.lookupIn(file, qualified);
    if (!def)
      return { error: `type ${callee.text} is not a SQLAlchemy type this project defines or imports` };
    if (def.kind === "value") return this.resolve(def.file, def.node);
    if (def.kind !== "class") return { error: `type ${callee.text} is not a class` };
    const body = def.node.fields.body?.children ?? [];
    const methods = body.filter((s) => s.type === "function_definition").map((s) => s.fields.name?.text);
    if (methods.includes("load_dialect_impl")) {
      return { error: `custom type ${def.name} picks its SQL type in load_dialect_impl() at run time` };
    }
    for (const stmt of body) {
      const a = stmt.type === "expression_statement" ? stmt.children[0] : void 0;
      if (a?.type === "assignment" && a.fields.left?.text === "impl" && a.fields.right) {
        const impl = unwrap(a.fields.right);
        if (impl.type !== "call") return this.resolveWith(def.file, impl, args);
        return this.resolve(def.file, impl);
      }
    }
    for (const base of def.node.fields.superclasses?.children ?? []) {
      const baseName = this.names.of(def.file, base);
      if (baseName && baseName in GENERIC) return this.resolveWith(def.file, base, args);
    }
    return { error: `custom type ${def.name}: its SQL type cannot be determined statically` };
  }
  enumType(file, positional, keywords) {
    let values = [];
    let autoName;
    const first = positional[0];
    const literal = positional.map((p) => stringValue(p));
    if (first && literal.every((v) => v !== void 0)) {
      values = literal;
    } else if (first && positional.length === 1) {
      const members = enumMembers(this.project, file, first, keywords.has("values_callable"));
      if (!members) return { error: `Enum(${first.text}): its members cannot be read statically` };
      values = [...members.members];
      autoName = members.name;
    } else {
      return { error: "Enum() without literal values" };
    }
    const explicitLength = intValue(keywords.get("length"));
    const nonNative = keywords.get("native_enum") && unwrap(keywords.get("native_enum")).type === "false";
    const longest = Math.max(0, ...values.map((v) => v.length));
    const length = nonNative && explicitLength !== void 0 ? explicitLength : longest;
    const create = keywords.get("create_constraint");
    const name = stringValue(keywords.get("name")) ?? autoName;
    const sql = `VARCHAR(${length})`;
    if (create && unwrap(create).type === "true") {
      return { type: { sql, check: { values, ...name ? { name } : {} } } };
    }
    return { type: { sql } };
  }
};

// src/models/sqlalchemy/annotations.ts
function termOf(file, input, reparse) {
  const node = input.type === "type" && input.children.length === 1 ? input.children[0] : unwrap(input);
  switch (node.type) {
    case "identifier":
    case "attribute":
      return { kind: "name", name: qualifyName(file.scope, node.text.replace(/\s+/g, "")), args: [], node };
    case "none":
      return { kind: "none" };
    case "generic_type": {
      const head = node.children[0];
      const params = node.children.find((c) => c.type === "type_parameter");
      return {
        kind: "name",
        name: qualifyName(file.scope, head.text),
        args: (params?.children ?? []).map((p) => termOf(file, p, reparse)),
        node
      };
    }
    case "subscript": {
      const value = node.fields.value;
      const subs = node.children.slice(1);
      return {
        kind: "name",
        name: qualifyName(file.scope, value.text.replace(/\s+/g, "")),
        args: subs.map((s) => termOf(file, s, reparse)),
        node
      };
    }
    case "binary_operator":
      if (node.fields.operator?.text === "|" && node.fields.left && node.fields.right) {
        const flat = (t) => t.kind === "union" ? [...t.items] : [t];
        return {
          kind: "union",
          items: [
            ...flat(termOf(file, node.fields.left, reparse)),
            ...flat(termOf(file, node.fields.right, reparse))
          ]
        };
      }
      return { kind: "value", node };
    case "string": {
      const text = stringValue(node);
      const parsed = text !== void 0 && reparse ? reparse(text) : void 0;
      return parsed ? termOf(file, parsed, reparse) : { kind: "value", node };
    }
    default:
      return { kind: "value", node };
  }
}
var OPTIONAL = /* @__PURE__ */ new Set(["typing.Optional", "Optional", "typing_extensions.Optional"]);
var UNION = /* @__PURE__ */ new Set(["typing.Union", "Union"]);
var ANNOTATED = /* @__PURE__ */ new Set(["typing.Annotated", "Annotated", "typing_extensions.Annotated"]);
function unwrapOptional(term, resolveAlias, depth = 0) {
  if (depth > 8) return { inner: term, optional: false, annotatedColumns: [] };
  if (term.kind === "name" && OPTIONAL.has(term.name) && term.args[0]) {
    const inner = unwrapOptional(term.args[0], resolveAlias, depth + 1);
    return { ...inner, optional: true };
  }
  const unionItems = term.kind === "union" ? term.items : term.kind === "name" && UNION.has(term.name) ? term.args : void 0;
  if (unionItems) {
    const rest = unionItems.filter((t) => t.kind !== "none");
    const optional = rest.length < unionItems.length;
    if (rest.length === 1) {
      const inner = unwrapOptional(rest[0], resolveAlias, depth + 1);
      return { ...inner, optional: optional || inner.optional };
    }
    return { inner: term, optional, annotatedColumns: [] };
  }
  if (term.kind === "name" && ANNOTATED.has(term.name) && term.args[0]) {
    const inner = unwrapOptional(term.args[0], resolveAlias, depth + 1);
    const columns = term.args.slice(1).filter((a) => a.kind === "value").map((a) => a.node).filter((n) => n.type === "call");
    return { ...inner, annotatedColumns: [...columns, ...inner.annotatedColumns] };
  }
  if (term.kind === "name" && term.args.length === 0) {
    const alias = resolveAlias(term.name);
    if (alias) return unwrapOptional(alias, resolveAlias, depth + 1);
  }
  return { inner: term, optional: false, annotatedColumns: [] };
}

// src/models/sqlalchemy/model.ts
var DEFAULT_NAMING = { ix: "ix_%(column_0_label)s" };

// src/models/sqlalchemy/collect.ts
var IGNORED_ATTRIBUTE_CALLS = /* @__PURE__ */ new Set([
  "relationship",
  "backref",
  "synonym",
  "composite",
  "association_proxy",
  "query_expression",
  "dynamic_loader",
  "hybrid_property",
  "with_expression"
]);
var TYPING_COLLECTIONS = /^(typing\.)?(List|Set|Dict|Sequence|Iterable|list|set|dict|tuple|Tuple|Collection)$/;
function camelToSnake(name) {
  return name.replace(/((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))/g, "_$1").toLowerCase().replace(/^_+/, "");
}
function source(file, node) {
  return { path: file.path, line: node.line };
}
function keyword(args, name) {
  return args.keywords.get(name);
}
var Collector = class {
  constructor(project, names, types, reparse) {
    this.project = project;
    this.names = names;
    this.types = types;
    this.reparse = reparse;
  }
  project;
  names;
  types;
  reparse;
  tables = [];
  problems = [];
  infos = /* @__PURE__ */ new Map();
  classTables = /* @__PURE__ */ new Map();
  pendingFks = [];
  run() {
    for (const file of this.project.files) {
      for (const line of file.module.errorLines.slice(0, 1)) {
        this.problem(`syntax error in ${file.path}: the file could not be parsed completely`, {
          path: file.path,
          line
        });
      }
    }
    for (const file of this.project.files) {
      for (const def of file.definitions) {
        if (def.kind === "class") this.mappedClass(def);
        else if (def.kind === "value") this.coreTable(file, def.node, def.name);
      }
      for (const stmt of moduleStatements(file.module.root)) {
        if (stmt.type === "call" && this.names.callee(file, stmt) === "Index") this.moduleIndex(file, stmt);
      }
    }
    this.resolveForeignKeys();
  }
  problem(message, where, table, column) {
    this.problems.push({
      message,
      source: where,
      ...table ? { table } : {},
      ...column ? { column } : {}
    });
  }
  // ── classes ────────────────────────────────────────────────────────────────────────────────
  info(def) {
    const memo = this.infos.get(def);
    if (memo === "pending") return void 0;
    if (memo) return memo;
    this.infos.set(def, "pending");
    const file = def.file;
    const body = statementsOf(def.node.fields.body);
    const bases = [];
    let root;
    let isRoot = false;
    let declarative = false;
    const superclasses = def.node.fields.superclasses?.children ?? [];
    const isSqlModelTable = superclasses.some(
      (b) => b.type === "keyword_argument" && b.fields.name?.text === "table" && boolValue(b.fields.value) === true
    );
    if (isSqlModelTable && [...file.scope.names.values()].some((q) => q.startsWith("sqlmodel"))) {
      this.problem(
        `${def.name} is a SQLModel table model; SQLModel models are not read statically (use models command mode with SQLModel.metadata.create_all)`,
        source(file, def.node)
      );
    }
    for (const base of superclasses) {
      if (base.type === "keyword_argument") continue;
      const name = this.names.of(file, base);
      if (name === "DeclarativeBase" || name === "DeclarativeBaseNoMeta") {
        isRoot = true;
        continue;
      }
      if (name === "flask.Model" || name === "Model") {
        declarative = true;
        root ??= this.flaskRoot(file, base);
        continue;
      }
      if (name !== void 0) continue;
      const target = this.resolveDefinition(file, base);
      if (target?.kind === "value") {
        const value = this.valueRoot(target);
        if (value) {
          declarative = true;
          root ??= value;
        }
        continue;
      }
      if (target?.kind !== "class") continue;
      const baseInfo = this.info(target);
      if (!baseInfo) continue;
      bases.push(baseInfo);
      if (baseInfo.role !== "plain") {
        declarative = true;
        root ??= baseInfo.root;
      }
    }
    for (const decorator of def.decorators) {
      const expr = decorator.children[0];
      const callee = expr?.type === "call" ? expr.fields.function : expr;
      const name = callee && (this.names.of(file, callee) ?? dottedName(callee));
      if (name === "as_declarative") isRoot = true;
      else if (name && /\.(mapped|mapped_as_dataclass)$/.test(name)) {
        declarative = true;
        root ??= { naming: DEFAULT_NAMING, typeMap: [], flask: false };
      }
    }
    if (isRoot) root = this.classRoot(def, body, root);
    const abstract = body.some(
      (s) => s.type === "assignment" && s.fields.left?.text === "__abstract__" && boolValue(s.fields.right) === true
    );
    const role = isRoot ? "root" : declarative ? abstract ? "abstract" : "mapped" : "plain";
    const info = { def, role, ...root ? { root } : {}, bases, body };
    this.infos.set(def, info);
    return info;
  }
  resolveDefinition(file, node) {
    const name = dottedName(node);
    return name === void 0 ? void 0 : this.project.resolve(file, name);
  }
  /** `Base = declarative_base(...)`, `Base = registry.generate_base()`. */
  valueRoot(def) {
    const value = unwrap(def.node);
    if (value.type !== "call") return void 0;
    const name = this.names.callee(def.file, value);
    const fn = value.fields.function;
    const isGenerate = fn?.type === "attribute" && fn.fields.attribute?.text === "generate_base";
    if (name !== "declarative_base" && !isGenerate) return void 0;
    const metadata = keyword(callArgs(value), "metadata");
    return { naming: this.namingOf(def.file, metadata), typeMap: [], flask: false };
  }
  /** `db.Model`: the naming convention of `SQLAlchemy(metadata=MetaData(...))`, or of its model_class. */
  flaskRoot(file, base) {
    let head = unwrap(base);
    while (head.type === "attribute" && head.fields.object) head = unwrap(head.fields.object);
    const def = head.type === "identifier" ? this.project.lookupIn(file, head.text) : void 0;
    const call = def?.kind === "value" ? unwrap(def.node) : void 0;
    if (def && call?.type === "call") {
      const args = callArgs(call);
      const modelClass = keyword(args, "model_class");
      const target = modelClass && this.resolveDefinition(def.file, modelClass);
      const info = target?.kind === "class" ? this.info(target) : void 0;
      if (info?.root) return { ...info.root, flask: true };
      return { naming: this.namingOf(def.file, keyword(args, "metadata")), typeMap: [], flask: true };
    }
    return { naming: DEFAULT_NAMING, typeMap: [], flask: true };
  }
  /** A DeclarativeBase subclass: its `metadata = MetaData(...)` and `type_annotation_map = {...}`. */
  classRoot(def, body, inherited) {
    let naming = inherited?.naming ?? DEFAULT_NAMING;
    const typeMap = [...inherited?.typeMap ?? []];
    for (const stmt of body) {
      if (stmt.type !== "assignment" || !stmt.fields.right) continue;
      const target = stmt.fields.left?.text;
      if (target === "metadata") naming = this.namingOf(def.file, stmt.fields.right);
      if (target === "type_annotation_map") {
        const dict = this.dictOf(def.file, stmt.fields.right);
        for (const pair of dict?.children ?? []) {
          if (pair.type !== "pair" || !pair.fields.key || !pair.fields.value) continue;
          typeMap.push({
            key: termKey(termOf(def.file, pair.fields.key)),
            type: pair.fields.value,
            file: def.file
          });
        }
      }
    }
    return { naming, typeMap, flask: inherited?.flask ?? false };
  }
  /** A dict literal, directly or through a module-level name. */
  dictOf(file, node) {
    const n = unwrap(node);
    if (n.type === "dictionary") return n;
    if (n.type === "call" && n.fields.function?.text === "dict") return void 0;
    const def = this.resolveDefinition(file, n);
    return def?.kind === "value" ? this.dictOf(def.file, def.node) : void 0;
  }
  /** `MetaData(naming_convention={...})` (or a name bound to one) → convention; default otherwise. */
  namingOf(file, node) {
    if (!node) return DEFAULT_NAMING;
    let n = unwrap(node);
    let f = file;
    if (n.type !== "call") {
      const def = this.resolveDefinition(f, n);
      if (def?.kind !== "value") return DEFAULT_NAMING;
      n = unwrap(def.node);
      f = def.file;
    }
    if (n.type !== "call" || this.names.callee(f, n) !== "MetaData") return DEFAULT_NAMING;
    const conventionNode = keyword(callArgs(n), "naming_convention");
    const dict = conventionNode && this.dictOf(f, conventionNode);
    if (!dict) return DEFAULT_NAMING;
    const keys = {
      Index: "ix",
      UniqueConstraint: "uq",
      CheckConstraint: "ck",
      ForeignKeyConstraint: "fk",
      PrimaryKeyConstraint: "pk"
    };
    const convention = {};
    for (const pair of dict.children) {
      if (pair.type !== "pair" || !pair.fields.key || !pair.fields.value) continue;
      const key = stringValue(pair.fields.key) ?? keys[this.names.of(f, pair.fields.key) ?? ""];
      const value = stringValue(pair.fields.value);
      if (key && value !== void 0) convention[key] = value;
    }
    return convention;
  }
  /** Classes in method resolution order (a depth-first, left-to-right approximation of C3). */
  mro(info) {
    const out = [];
    const visit = (c) => {
      if (out.includes(c)) return;
      out.push(c);
      for (const b of c.bases) visit(b);
    };
    visit(info);
    return out;
  }
  tablenameOf(info) {
    for (const stmt of info.body) {
      if (stmt.type === "assignment" && stmt.fields.left?.text === "__tablename__" && stmt.fields.right) {
        const value = stringValue(stmt.fields.right);
        return value === void 0 ? { node: stmt, computed: true } : { value, node: stmt };
      }
      if (stmt.type === "decorated_definition" && stmt.fields.definition?.fields.name?.text === "__tablename__") {
        return { node: stmt, computed: true };
      }
    }
    return void 0;
  }
  mappedClass(def) {
    const info = this.info(def);
    if (info?.role !== "mapped") return;
    const file = def.file;
    const mro = this.mro(info);
    const parent = mro.slice(1).find((c) => c.role === "mapped");
    const parentTable = parent && this.tableOfClass(parent.def);
    const explicitTable = info.body.find(
      (s) => s.type === "assignment" && s.fields.left?.text === "__table__"
    );
    if (explicitTable?.type === "assignment" && explicitTable.fields.right) {
      const table2 = this.coreTable(file, explicitTable.fields.right, def.name);
      if (table2) this.classTables.set(def, table2);
      return;
    }
    let tablename = this.tablenameOf(info);
    if (!tablename) {
      for (const c of mro.slice(1)) {
        if (c.role === "mapped") break;
        const inherited = this.tablenameOf(c);
        if (inherited) {
          tablename = inherited;
          break;
        }
      }
    }
    const attributes = this.attributes(info, mro, !tablename && !!parentTable);
    if (tablename?.computed) {
      this.problem(
        `${def.name}.__tablename__ is computed at run time; its table cannot be read statically (use models command mode)`,
        source(file, tablename.node)
      );
      return;
    }
    const flask = info.root?.flask === true;
    let name = tablename?.value;
    const definesKey = attributes.some((a) => this.isPrimaryKeyAttribute(a));
    if (name !== void 0 && flask && parentTable && !definesKey) name = void 0;
    if (name === void 0) {
      if (parentTable && !(flask && definesKey)) {
        this.addColumns(parentTable, attributes, info);
        this.classTables.set(def, parentTable);
        return;
      }
      if (!flask) {
        this.problem(`${def.name} is mapped but has no __tablename__`, source(file, def.node));
        return;
      }
      name = camelToSnake(def.name);
    }
    const table = {
      name,
      columns: [],
      constraints: [],
      indexes: [],
      sqliteAutoincrement: false,
      withoutRowid: false,
      naming: info.root?.naming ?? DEFAULT_NAMING,
      source: source(file, def.node)
    };
    this.classTables.set(def, table);
    this.addColumns(table, attributes, info);
    this.tableArgs(info, mro, table);
    if (table.columns.length === 0) {
      this.problem(
        `${def.name} maps table ${name} without any column that can be read statically`,
        table.source,
        name
      );
      return;
    }
    this.tables.push(table);
  }
  tableOfClass(def) {
    if (!this.classTables.has(def)) this.mappedClass(def);
    return this.classTables.get(def);
  }
  isPrimaryKeyAttribute(a) {
    const call = a.value && unwrap(a.value);
    if (call?.type !== "call") return false;
    return boolValue(keyword(callArgs(call), "primary_key")) === true;
  }
  /**
   * The column-bearing attributes of a mapped class: its own, and those of mixins and abstract
   * bases up to the first mapped parent (a parent's columns live in the parent's table).
   */
  attributes(info, mro, singleTable) {
    const owners = [info];
    if (!singleTable) {
      const inherited = /* @__PURE__ */ new Set();
      for (const c of mro.slice(1))
        if (c.role === "mapped" || c.role === "root") for (const a of this.mro(c)) inherited.add(a);
      for (const c of mro.slice(1)) if (!inherited.has(c)) owners.push(c);
    }
    const byName = /* @__PURE__ */ new Map();
    for (const owner of owners) {
      for (const a of this.ownAttributes(owner)) if (!byName.has(a.name)) byName.set(a.name, a);
    }
    return [...byName.values()];
  }
  ownAttributes(owner) {
    const out = [];
    for (const stmt of owner.body) {
      if (stmt.type === "assignment" && stmt.fields.left?.type === "identifier") {
        const name = stmt.fields.left.text;
        if (name.startsWith("__") && name.endsWith("__")) continue;
        out.push({
          name,
          ...stmt.fields.type ? { annotation: stmt.fields.type } : {},
          ...stmt.fields.right ? { value: stmt.fields.right } : {},
          declared: false,
          node: stmt,
          owner
        });
      } else if (stmt.type === "decorated_definition") {
        const fn = stmt.fields.definition;
        const decorators = stmt.children.filter((c) => c.type === "decorator").map((d) => d.text);
        if (fn?.type !== "function_definition" || !decorators.some((d) => d.includes("declared_attr")))
          continue;
        const name = fn.fields.name?.text;
        if (!name || name.startsWith("__")) continue;
        const ret = statementsOf(fn.fields.body).find((s) => s.type === "return_statement");
        const value = ret?.children[0];
        out.push({
          name,
          ...fn.fields.return_type ? { annotation: fn.fields.return_type } : {},
          ...value ? { value } : {},
          declared: true,
          node: stmt,
          owner
        });
      }
    }
    return out;
  }
  addColumns(table, attributes, info) {
    const columns = [];
    const declaredOrder = attributes.filter((a) => a.declared);
    for (const a of attributes) {
      const column = this.attributeColumn(table, a, info);
      if (!column) continue;
      const sameFile = a.owner.def.file === info.def.file;
      const ownerRank = this.mro(info).indexOf(a.owner);
      column.order = a.declared ? [2, declaredOrder.indexOf(a)] : sameFile ? [1, a.node.line] : [0, ownerRank, a.node.line];
      columns.push(column);
    }
    columns.sort((x, y) => compareOrder(x.order, y.order));
    for (const c of columns) {
      if (table.columns.some((existing) => existing.name === c.name)) continue;
      table.columns.push(c);
    }
  }
  annotationColumnType(file, term, info) {
    if (term.kind !== "name") return { error: "an annotation that is not a plain type" };
    const key = termKey(term);
    for (const entry of info.root?.typeMap ?? []) {
      if (entry.key === key) {
        const r = this.types.resolve(entry.file, entry.type);
        return "type" in r ? { type: r.type } : { error: r.error };
      }
    }
    const mapped = ANNOTATION_TYPES[term.name];
    if (mapped) return { type: { sql: mapped === "Uuid" ? "CHAR(32)" : typeSql(mapped) } };
    if (TYPING_COLLECTIONS.test(term.name)) return { skip: true };
    if (term.name === "typing.Literal" || term.name === "Literal") {
      const values = term.args.map((a) => a.kind === "value" ? stringValue(a.node) : void 0);
      if (values.every((v) => v !== void 0) && values.length > 0) {
        return { type: { sql: `VARCHAR(${Math.max(...values.map((v) => v.length))})` } };
      }
      return { error: "Literal[...] with non-string values" };
    }
    const def = term.node.type === "identifier" || term.node.type === "attribute" ? this.resolveDefinition(file, term.node) : void 0;
    if (def?.kind === "class") {
      const target = this.info(def);
      if (target && target.role !== "plain") return { skip: true };
      const members = enumMembers(this.project, file, term.node, false);
      if (members) return { type: { sql: `VARCHAR(${Math.max(...members.members.map((m) => m.length))})` } };
    }
    return { error: `no SQL type for Mapped[${term.node.text}] in SQLAlchemy's default type map` };
  }
  attributeColumn(table, a, info) {
    const file = a.owner.def.file;
    let call = a.value ? unwrap(a.value) : void 0;
    let callName = call?.type === "call" ? this.names.callee(file, call) : void 0;
    if ((callName === "deferred" || callName === "column_property") && call) {
      const inner = callArgs(call).positional[0];
      const innerName = inner && this.names.callee(file, inner);
      if (innerName === "Column" || innerName === "mapped_column") {
        call = unwrap(inner);
        callName = innerName;
      } else {
        return void 0;
      }
    }
    if (callName && IGNORED_ATTRIBUTE_CALLS.has(callName)) return void 0;
    let mapped;
    if (a.annotation) {
      const term = termOf(file, a.annotation, this.reparse);
      if (term.kind === "name" && ["Mapped", "sqlalchemy.orm.Mapped"].includes(
        this.names.of(file, term.node.type === "generic_type" ? term.node.children[0] : term.node) ?? term.name
      ) && term.args[0]) {
        mapped = unwrapOptional(term.args[0], (n) => this.aliasTerm(file, n));
      } else if (term.kind === "name" && /(^|\.)(WriteOnlyMapped|DynamicMapped|ClassVar)$/.test(term.name)) {
        return void 0;
      }
    }
    const isColumnCall = callName === "Column" || callName === "mapped_column";
    if (!isColumnCall) {
      if (a.value || !mapped) return void 0;
    }
    const where = source(file, a.node);
    const args = isColumnCall && call ? callArgs(call) : { positional: [], keywords: /* @__PURE__ */ new Map(), splat: false };
    const merged = /* @__PURE__ */ new Map();
    for (const extra of mapped?.annotatedColumns ?? [])
      for (const [k, v] of callArgs(extra).keywords) merged.set(k, v);
    for (const [k, v] of args.keywords) merged.set(k, v);
    const positional = [
      ...args.positional,
      ...(mapped?.annotatedColumns ?? []).flatMap((c) => callArgs(c).positional)
    ];
    if (args.splat) {
      this.problem(`${a.name}: Column(*args/**kwargs) cannot be read statically`, where, table.name, a.name);
      return void 0;
    }
    let name = a.name;
    let type;
    const foreignKeys = [];
    const pendingRefs = [];
    const checks = [];
    let computed;
    let typeError;
    for (const p of positional) {
      const s = stringValue(p);
      if (s !== void 0 && p === positional[0]) {
        name = s;
        continue;
      }
      if (unwrap(p).type === "none") continue;
      const pName = this.names.callee(file, p) ?? (unwrap(p).type === "call" ? void 0 : this.names.of(file, p));
      if (pName === "ForeignKey") {
        const fk = this.foreignKey(file, unwrap(p));
        if (fk) {
          foreignKeys.push(fk.spec);
          pendingRefs.push(fk.ref);
        } else
          this.problem(
            `${a.name}: ForeignKey target cannot be read statically`,
            source(file, p),
            table.name,
            name
          );
      } else if (pName === "Computed") {
        computed = this.sqlText(file, callArgs(unwrap(p)).positional[0]);
      } else if (pName === "CheckConstraint") {
        const check = this.checkConstraint(file, unwrap(p));
        if (check) checks.push(check);
      } else if (pName && ["Sequence", "Identity", "FetchedValue", "DefaultClause", "ColumnDefault"].includes(pName)) {
      } else if (type === void 0 && typeError === void 0) {
        const r = this.types.resolve(file, p);
        if ("type" in r) type = r.type;
        else typeError = r.error;
      }
    }
    const typeKw = merged.get("type_");
    if (typeKw && !type && !typeError) {
      const r = this.types.resolve(file, typeKw);
      if ("type" in r) type = r.type;
      else typeError = r.error;
    }
    const nameKw = stringValue(merged.get("name"));
    if (nameKw) name = nameKw;
    if (!type && !typeError && mapped) {
      const fromAnnotation = this.annotationColumnType(file, mapped.inner, info);
      if (fromAnnotation.skip) return void 0;
      if (fromAnnotation.type) type = fromAnnotation.type;
      else typeError = fromAnnotation.error;
    }
    if (typeError) {
      this.problem(`${table.name}.${name}: ${typeError}; the column is not checked`, where, table.name, name);
      return void 0;
    }
    const primaryKey = boolValue(merged.get("primary_key")) === true;
    const nullableKw = boolValue(merged.get("nullable"));
    let nullable;
    if (nullableKw !== void 0) nullable = nullableKw;
    else if (primaryKey) nullable = false;
    else if (callName !== "Column" && mapped) nullable = mapped.optional;
    else nullable = true;
    const serverDefaultNode = merged.get("server_default");
    let serverDefault;
    if (serverDefaultNode) {
      serverDefault = this.serverDefault(file, serverDefaultNode);
      if (serverDefault === void 0) {
        this.problem(
          `${table.name}.${name}: server_default ${serverDefaultNode.text} cannot be read statically`,
          source(file, serverDefaultNode),
          table.name,
          name
        );
      }
    }
    const column = {
      name,
      key: stringValue(merged.get("key")) ?? a.name,
      type: type ?? { sql: "" },
      nullable,
      primaryKey,
      unique: boolValue(merged.get("unique")) === true,
      index: boolValue(merged.get("index")) === true,
      ...serverDefault !== void 0 ? { serverDefault } : {},
      ...merged.get("default") ? { clientDefault: merged.get("default").text } : {},
      ...computed !== void 0 ? { computed } : {},
      foreignKeys,
      checks,
      source: where,
      order: [],
      ...type ? {} : { typeFromForeignKey: true }
    };
    if (!type && foreignKeys.length === 0) {
      this.problem(`${table.name}.${name}: no type given`, where, table.name, name);
      return void 0;
    }
    pendingRefs.forEach((ref, index) => {
      if (ref) this.pendingFks.push({ column, index, file, ref });
    });
    return column;
  }
  /** A name bound at module level to a type alias (`intpk = Annotated[int, mapped_column(...)]`). */
  aliasTerm(file, name) {
    if (name.includes(".") && !name.startsWith(`${file.scope.module}.`)) {
      const def2 = this.project.lookup(name);
      return def2?.kind === "value" ? termOf(def2.file, def2.node, this.reparse) : void 0;
    }
    const def = this.project.lookupIn(file, name.split(".").pop());
    if (def?.kind !== "value") return void 0;
    const node = unwrap(def.node);
    return node.type === "subscript" ? termOf(def.file, node, this.reparse) : void 0;
  }
  foreignKey(file, call) {
    const args = callArgs(call);
    const target = args.positional[0];
    if (!target) return void 0;
    const options = {
      ...optionalString("onDelete", stringValue(keyword(args, "ondelete"))?.toUpperCase()),
      ...optionalString("onUpdate", stringValue(keyword(args, "onupdate"))?.toUpperCase()),
      ...optionalString("initially", stringValue(keyword(args, "initially"))),
      ...boolValue(keyword(args, "deferrable")) !== void 0 ? { deferrable: boolValue(keyword(args, "deferrable")) } : {},
      ...this.constraintName(file, keyword(args, "name")) ? { name: this.constraintName(file, keyword(args, "name")) } : {}
    };
    const text = stringValue(target);
    if (text !== void 0) {
      const dot = text.lastIndexOf(".");
      if (dot < 0) return void 0;
      return { spec: { table: text.slice(0, dot), column: text.slice(dot + 1), ...options } };
    }
    return { spec: { table: "", column: "", ...options }, ref: target };
  }
  constraintName(file, node) {
    if (!node) return void 0;
    const n = unwrap(node);
    if (n.type === "call" && (this.names.callee(file, n) === "conv" || this.names.callee(file, n) === "f")) {
      const value2 = stringValue(callArgs(n).positional[0]);
      return value2 === void 0 ? void 0 : { value: value2, final: true };
    }
    const value = stringValue(n);
    return value === void 0 ? void 0 : { value, final: false };
  }
  /** SQL text of `text("…")` or a plain string (CheckConstraint, Computed, sqlite_where). */
  sqlText(file, node) {
    if (!node) return void 0;
    const n = unwrap(node);
    const s = stringValue(n);
    if (s !== void 0) return s;
    if (n.type === "call" && ["text", "literal_column"].includes(this.names.callee(file, n) ?? "")) {
      return stringValue(callArgs(n).positional[0]);
    }
    return void 0;
  }
  checkConstraint(file, call) {
    const args = callArgs(call);
    const sql = this.sqlText(file, args.positional[0] ?? keyword(args, "sqltext"));
    if (sql === void 0) {
      this.problem(`CheckConstraint ${call.text.slice(0, 60)} cannot be read statically`, source(file, call));
      return void 0;
    }
    const name = this.constraintName(file, keyword(args, "name"));
    return { sql, ...name ? { name } : {} };
  }
  /** The DDL operand of `server_default=`, rendered as SQLAlchemy's SQLite dialect does. */
  serverDefault(file, node) {
    const n = unwrap(node);
    const literal = stringValue(n);
    if (literal !== void 0) return quoteLiteral(literal);
    if (n.type !== "call") return void 0;
    const name = this.names.callee(file, n);
    if (name === "text") return stringValue(callArgs(n).positional[0]);
    if (name === "false") return "(0)";
    if (name === "true") return "(1)";
    if (name === "null") return "(NULL)";
    if (name === "literal_column") {
      const s = stringValue(callArgs(n).positional[0]);
      return s === void 0 ? void 0 : `(${s})`;
    }
    const fn = this.sqlFunction(file, n);
    return fn === void 0 ? void 0 : `(${fn})`;
  }
  /** `func.now()` → CURRENT_TIMESTAMP, `func.lower('x')` → lower('x'). */
  sqlFunction(file, call) {
    const name = this.names.callee(file, call);
    if (!name?.startsWith("func.")) return void 0;
    const fn = name.slice(5);
    const ansi = {
      now: "CURRENT_TIMESTAMP",
      current_timestamp: "CURRENT_TIMESTAMP",
      current_date: "CURRENT_DATE",
      current_time: "CURRENT_TIME",
      localtimestamp: "LOCALTIMESTAMP",
      localtime: "LOCALTIME",
      current_user: "CURRENT_USER"
    };
    const args = callArgs(call);
    if (ansi[fn] && args.positional.length === 0) return ansi[fn];
    const rendered = [];
    for (const arg of args.positional) {
      const s = stringValue(arg);
      const a = unwrap(arg);
      if (s !== void 0) rendered.push(quoteLiteral(s));
      else if (a.type === "integer" || a.type === "float") rendered.push(a.text);
      else if (a.type === "call" && this.sqlFunction(file, a)) rendered.push(this.sqlFunction(file, a));
      else if (a.type === "call" && this.names.callee(file, a) === "text")
        rendered.push(stringValue(callArgs(a).positional[0]) ?? "");
      else return void 0;
    }
    return `${fn}(${rendered.join(", ")})`;
  }
  // ── table-level arguments ───────────────────────────────────────────────────────────────────
  tableArgs(info, mro, table) {
    for (const c of mro) {
      if (c !== info && c.role === "mapped") break;
      for (const stmt of c.body) {
        let value;
        if (stmt.type === "assignment" && stmt.fields.left?.text === "__table_args__")
          value = stmt.fields.right;
        if (stmt.type === "decorated_definition" && stmt.fields.definition?.fields.name?.text === "__table_args__") {
          const ret = statementsOf(stmt.fields.definition.fields.body).find(
            (s) => s.type === "return_statement"
          );
          value = ret?.children[0];
          if (!value) {
            this.problem("__table_args__ is computed at run time", source(c.def.file, stmt), table.name);
            return;
          }
        }
        if (value) {
          this.applyTableItems(c.def.file, value, table, c);
          return;
        }
      }
    }
  }
  applyTableItems(file, value, table, owner) {
    const v = unwrap(value);
    const items = v.type === "dictionary" ? [v] : sequenceItems(v);
    if (!items) {
      this.problem(
        "__table_args__ must be a tuple or a dict literal to be read statically",
        source(file, value),
        table.name
      );
      return;
    }
    for (const item of items) {
      const it = unwrap(item);
      if (it.type === "dictionary") {
        for (const pair of it.children) {
          const key = pair.type === "pair" && pair.fields.key ? stringValue(pair.fields.key) : void 0;
          const flag = pair.fields.value ? boolValue(pair.fields.value) : void 0;
          if (key === "sqlite_autoincrement")
            table.sqliteAutoincrement = flag === true;
          if (key === "sqlite_with_rowid") table.withoutRowid = flag === false;
        }
        continue;
      }
      this.tableItem(file, it, table, owner);
    }
  }
  /** Column references in constraints: `'key'`, a class attribute name, `Model.attr`, `table.c.x`. */
  columnRef(node) {
    const s = stringValue(node);
    if (s !== void 0) return s;
    const n = unwrap(node);
    if (n.type === "identifier") return n.text;
    if (n.type === "attribute") return n.fields.attribute?.text;
    return void 0;
  }
  tableItem(file, item, table, _owner) {
    if (item.type !== "call") {
      this.problem(
        `${item.text.slice(0, 60)} in table arguments cannot be read statically`,
        source(file, item),
        table.name
      );
      return;
    }
    const name = this.names.callee(file, item);
    const args = callArgs(item);
    const constraintName = this.constraintName(file, keyword(args, "name"));
    const named = constraintName ? { name: constraintName } : {};
    const refs = (nodes) => nodes.map((n) => this.columnRef(n));
    switch (name) {
      case "UniqueConstraint":
      case "PrimaryKeyConstraint": {
        const columns = refs(args.positional);
        if (columns.some((c) => c === void 0)) break;
        table.constraints.push({
          kind: name === "UniqueConstraint" ? "unique" : "primary",
          columns,
          ...named
        });
        return;
      }
      case "CheckConstraint": {
        const check = this.checkConstraint(file, item);
        if (check) table.constraints.push({ kind: "check", ...check });
        return;
      }
      case "ForeignKeyConstraint": {
        const columns = sequenceItems(args.positional[0] ?? keyword(args, "columns"))?.map(
          (n) => this.columnRef(n)
        );
        const targets = sequenceItems(args.positional[1] ?? keyword(args, "refcolumns"))?.map(
          (n) => stringValue(n)
        );
        if (!columns || !targets || columns.some((c) => !c) || targets.some((t) => !t?.includes("."))) break;
        const refTable = targets[0].slice(0, targets[0].lastIndexOf("."));
        const spec = {
          kind: "foreign",
          columns,
          refTable,
          refColumns: targets.map((t) => t.slice(t.lastIndexOf(".") + 1)),
          ...named,
          ...optionalString("onDelete", stringValue(keyword(args, "ondelete"))?.toUpperCase()),
          ...optionalString("onUpdate", stringValue(keyword(args, "onupdate"))?.toUpperCase()),
          ...optionalString("initially", stringValue(keyword(args, "initially"))),
          ...boolValue(keyword(args, "deferrable")) !== void 0 ? { deferrable: boolValue(keyword(args, "deferrable")) } : {}
        };
        table.constraints.push(spec);
        return;
      }
      case "Index": {
        const index = this.index(file, item, args);
        if (index) table.indexes.push(index);
        return;
      }
      default:
        break;
    }
    this.problem(
      `${item.text.slice(0, 60)} in table arguments cannot be read statically`,
      source(file, item),
      table.name
    );
  }
  index(file, call, args) {
    const [first, ...rest] = args.positional;
    const name = first && unwrap(first).type !== "none" ? this.constraintName(file, first) : void 0;
    const items = [];
    for (const p of rest) {
      const n = unwrap(p);
      const calleeName = n.type === "call" ? this.names.callee(file, n) : void 0;
      if (calleeName === "text") {
        const sql = stringValue(callArgs(n).positional[0]);
        if (sql === void 0) return this.badIndex(file, call);
        items.push({ ref: sql, expression: true });
      } else if (calleeName === "desc" || calleeName === "asc" || n.type === "call" && /\.(desc|asc)$/.test(n.fields.function?.text ?? "")) {
        const target = calleeName ? callArgs(n).positional[0] : n.fields.function?.fields.object;
        const ref = target && this.columnRef(target);
        if (!ref) return this.badIndex(file, call);
        const dir = (calleeName ?? n.fields.function.fields.attribute.text).toUpperCase();
        items.push({ ref: `${ref} ${dir}`, expression: true });
      } else if (n.type === "call" && this.names.callee(file, n)?.startsWith("func.")) {
        const sql = this.sqlFunctionOfColumns(file, n);
        if (sql === void 0) return this.badIndex(file, call);
        items.push({ ref: sql, expression: true });
      } else {
        const ref = this.columnRef(n);
        if (!ref) return this.badIndex(file, call);
        items.push({ ref, expression: false });
      }
    }
    const whereNode = keyword(args, "sqlite_where");
    const where = whereNode ? this.sqlText(file, whereNode) : void 0;
    if (whereNode && where === void 0) return this.badIndex(file, call);
    return {
      ...name ? { name } : {},
      items,
      unique: boolValue(keyword(args, "unique")) === true,
      ...where !== void 0 ? { where } : {},
      source: source(file, call)
    };
  }
  /** `func.lower(email)` inside an Index: column arguments render as bare names. */
  sqlFunctionOfColumns(file, call) {
    const name = this.names.callee(file, call).slice(5);
    const parts = [];
    for (const arg of callArgs(call).positional) {
      const s = stringValue(arg);
      if (s !== void 0) {
        parts.push(quoteLiteral(s));
        continue;
      }
      const ref = this.columnRef(arg);
      if (!ref) return void 0;
      parts.push(ref);
    }
    return `${name}(${parts.join(", ")})`;
  }
  badIndex(file, call) {
    this.problem(`Index ${call.text.slice(0, 60)} cannot be read statically`, source(file, call));
    return void 0;
  }
  /** `Index('ix_name', Model.col, …)` at module level attaches to Model's (or a core table's) table. */
  moduleIndex(file, call) {
    const args = callArgs(call);
    let table;
    const find = (node) => {
      if (table) return;
      const n = unwrap(node);
      if (n.type === "attribute" && n.fields.object) {
        const object = unwrap(n.fields.object);
        const holder = object.type === "attribute" && object.fields.attribute?.text === "c" ? object.fields.object : object;
        table = this.tableOf(file, holder);
      } else if (n.type === "call") {
        for (const arg of callArgs(n).positional) find(arg);
      }
    };
    for (const arg of args.positional.slice(1)) find(arg);
    if (!table) {
      this.problem(
        `Index ${call.text.slice(0, 60)}: its table cannot be determined statically`,
        source(file, call)
      );
      return;
    }
    const index = this.index(file, call, args);
    if (index) table.indexes.push(index);
  }
  /** The table behind a mapped class name or a name bound to a core Table(...). */
  tableOf(file, node) {
    const def = this.resolveDefinition(file, node);
    if (def?.kind === "class") return this.tableOfClass(def);
    if (def?.kind === "value") {
      const value = unwrap(def.node);
      return this.tables.find((t) => t.source.path === def.file.path && t.source.line === value.line);
    }
    return void 0;
  }
  // ── core tables ─────────────────────────────────────────────────────────────────────────────
  /** `name = Table('t', metadata, Column(...), ...)`. */
  coreTable(file, node, _bound) {
    const call = unwrap(node);
    if (call.type !== "call" || this.names.callee(file, call) !== "Table") return void 0;
    const table = this.tableFromCall(file, call);
    if (table) this.tables.push(table);
    return table;
  }
  /**
   * A table from `Table(name, [metadata,] *columns_and_constraints, **kw)`-shaped arguments
   * (also Alembic's `op.create_table(name, *columns_and_constraints, **kw)`).
   */
  tableFromCall(file, call) {
    const args = callArgs(call);
    const name = stringValue(args.positional[0]);
    if (name === void 0) {
      this.problem(
        `Table(${args.positional[0]?.text ?? ""}, \u2026): the table name is computed at run time`,
        source(file, call)
      );
      return void 0;
    }
    let naming = DEFAULT_NAMING;
    const second = args.positional[1];
    if (second && !this.names.callee(file, second)) {
      naming = this.metadataNaming(file, second);
    }
    const table = {
      name,
      columns: [],
      constraints: [],
      indexes: [],
      sqliteAutoincrement: boolValue(keyword(args, "sqlite_autoincrement")) === true,
      withoutRowid: boolValue(keyword(args, "sqlite_with_rowid")) === false,
      naming,
      source: source(file, call)
    };
    const pseudo = {
      def: { kind: "class", name, node: call, decorators: [], file },
      role: "mapped",
      root: { naming, typeMap: [], flask: false },
      bases: [],
      body: []
    };
    for (const p of args.positional.slice(1)) {
      const item = unwrap(p);
      const calleeName = this.names.callee(file, item);
      if (calleeName === "Column" || calleeName === "mapped_column") {
        const column = this.attributeColumn(
          table,
          { name: "", value: item, declared: false, node: item, owner: pseudo },
          pseudo
        );
        if (column && !table.columns.some((c) => c.name === column.name)) table.columns.push(column);
      } else if (calleeName) {
        this.tableItem(file, item, table);
      }
    }
    return table;
  }
  /** One `Column(...)` outside a class (Alembic's add_column), for `table`. */
  columnFromCall(file, call, table) {
    const pseudo = {
      def: { kind: "class", name: table.name, node: call, decorators: [], file },
      role: "mapped",
      root: { naming: table.naming, typeMap: [], flask: false },
      bases: [],
      body: []
    };
    return this.attributeColumn(
      table,
      { name: "", value: call, declared: false, node: call, owner: pseudo },
      pseudo
    );
  }
  /** A constraint call (UniqueConstraint, CheckConstraint, …) added to `table`. */
  addTableItem(file, call, table) {
    this.tableItem(file, unwrap(call), table);
  }
  /** `server_default=` rendered for DDL, or undefined when it cannot be read. */
  renderServerDefault(file, node) {
    return this.serverDefault(file, node);
  }
  /** SQL text of a string or `text("…")`. */
  renderSqlText(file, node) {
    return this.sqlText(file, node);
  }
  /** Reads `Index(...)`-shaped arguments. */
  indexFromCall(file, call) {
    return this.index(file, call, callArgs(call));
  }
  /** Naming convention of the metadata a core Table is attached to (`metadata`, `Base.metadata`, `db.metadata`). */
  metadataNaming(file, node) {
    const n = unwrap(node);
    if (n.type === "attribute" && n.fields.attribute?.text === "metadata" && n.fields.object) {
      const def = this.resolveDefinition(file, n.fields.object);
      if (def?.kind === "class") return this.info(def)?.root?.naming ?? DEFAULT_NAMING;
      if (def?.kind === "value") return this.valueRoot(def)?.naming ?? DEFAULT_NAMING;
      return DEFAULT_NAMING;
    }
    return this.namingOf(file, n);
  }
  // ── foreign keys to attributes and FK-typed columns ─────────────────────────────────────────
  resolveForeignKeys() {
    for (const p of [...this.pendingFks].reverse()) {
      const ref = unwrap(p.ref);
      let target;
      if (ref.type === "attribute" && ref.fields.object) {
        const attr = ref.fields.attribute.text;
        const object = unwrap(ref.fields.object);
        const holder = object.type === "attribute" && object.fields.attribute?.text === "c" ? object.fields.object : object;
        const table = this.tableOf(p.file, holder);
        const column = table && columnByKey(table, attr);
        if (table && column) target = { table: table.name, column: column.name };
      }
      if (!target) {
        this.problem(
          `ForeignKey(${p.ref.text}): its target cannot be determined statically`,
          source(p.file, p.ref)
        );
        p.column.foreignKeys.splice(p.index, 1);
        continue;
      }
      p.column.foreignKeys[p.index] = { ...p.column.foreignKeys[p.index], ...target };
    }
    for (const table of this.tables) {
      for (const c of table.columns) {
        if (!c.typeFromForeignKey) continue;
        const fk = c.foreignKeys[0];
        const target = fk && this.tables.find((t) => t.name === fk.table)?.columns.find((x) => x.name === fk.column);
        if (target)
          c.type = {
            sql: target.type.sql,
            ...target.type.collation ? { collation: target.type.collation } : {}
          };
        else
          this.problem(
            `${table.name}.${c.name}: no type given and the referenced column is unknown`,
            c.source,
            table.name,
            c.name
          );
      }
    }
  }
};
function compareOrder(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function termKey(term) {
  return term.kind === "name" ? term.name : term.kind;
}
function typeSql(generic) {
  const map = {
    Integer: "INTEGER",
    String: "VARCHAR",
    Float: "FLOAT",
    Boolean: "BOOLEAN",
    LargeBinary: "BLOB",
    DateTime: "DATETIME",
    Date: "DATE",
    Time: "TIME",
    Interval: "DATETIME",
    Numeric: "NUMERIC"
  };
  return map[generic] ?? generic.toUpperCase();
}
function optionalString(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// src/models/sqlalchemy/names.ts
var SUBMODULES = /* @__PURE__ */ new Set([
  "orm",
  "types",
  "schema",
  "sql",
  "sqltypes",
  "expression",
  "elements",
  "functions",
  "ext",
  "declarative",
  "decl_api",
  "dialects",
  "sqlite",
  "base",
  "asyncio",
  "type_api",
  "postgresql",
  "mysql",
  "mssql",
  "oracle"
]);
var SaNames = class {
  constructor(project) {
    this.project = project;
  }
  project;
  flaskMemo = /* @__PURE__ */ new Map();
  /** The canonical SQLAlchemy name of an expression, or undefined when it is not one. */
  of(file, node) {
    if (!node) return void 0;
    const target = unwrap(node);
    const qualified = qualify(file.scope, target);
    if (qualified === void 0) return void 0;
    const parts = qualified.split(".");
    if (parts[0] === "sqlalchemy" || parts[0] === "sqlmodel") {
      let i = 1;
      while (i < parts.length - 1 && SUBMODULES.has(parts[i])) i++;
      return parts.slice(i).join(".");
    }
    if (parts[0] === "flask_sqlalchemy" && parts.length === 2) return `flask.${parts[1]}`;
    const written = dottedName(target)?.split(".") ?? [];
    if (written.length >= 2 && this.isFlaskDb(file, target)) {
      const rest = written.slice(1).join(".");
      return rest === "Model" ? "flask.Model" : rest;
    }
    return void 0;
  }
  /** The canonical name of a call's callee. */
  callee(file, node) {
    if (!node) return void 0;
    const call = unwrap(node);
    return call.type === "call" ? this.of(file, call.fields.function) : void 0;
  }
  isFlaskDb(file, node) {
    let head = node;
    while (head.type === "attribute" && head.fields.object) head = unwrap(head.fields.object);
    if (head.type !== "identifier") return false;
    const def = this.project.lookupIn(file, head.text);
    if (!def) {
      return head.text === "db";
    }
    const memo = this.flaskMemo.get(def);
    if (memo !== void 0) return memo;
    this.flaskMemo.set(def, false);
    let result = false;
    if (def.kind === "value") {
      const value = unwrap(def.node);
      if (value.type === "call") {
        const q = qualify(def.file.scope, value.fields.function);
        result = q === "flask_sqlalchemy.SQLAlchemy" || q === "SQLAlchemy" || q?.endsWith(".SQLAlchemy") === true;
      }
    }
    this.flaskMemo.set(def, result);
    return result;
  }
};

export {
  quoteIdent,
  quoteLiteral,
  columnSpec,
  createTableSql,
  tableIndexes,
  createIndexSql,
  generateDdl,
  DEFAULT_NAMING,
  TypeResolver,
  Collector,
  SaNames
};
