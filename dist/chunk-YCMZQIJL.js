import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  buildGenerated,
  findConfig,
  findFiles,
  findSchemaFiles
} from "./chunk-YUP77SCX.js";
import {
  withAppDefaults
} from "./chunk-PIKBUZRJ.js";
import {
  modelError
} from "./chunk-XPKFVV7V.js";
import {
  dirName,
  normalizeJoin
} from "./chunk-7GNWDYXP.js";
import {
  EMPTY_SCHEMA
} from "./chunk-72U7UVYV.js";
import "./chunk-7RUNULLM.js";

// src/models/drizzle/ast.ts
function unwrap(t, node) {
  let n = node;
  for (; ; ) {
    if (t.isParenthesizedExpression(n) || t.isAsExpression(n) || t.isNonNullExpression(n)) n = n.expression;
    else if (t.isSatisfiesExpression(n) || t.isTypeAssertionExpression(n)) n = n.expression;
    else return n;
  }
}
function refOf(source, node, path) {
  const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return { path, line: line + 1, column: character + 1 };
}
function stringValue(t, node) {
  if (!node) return void 0;
  const n = unwrap(t, node);
  return t.isStringLiteral(n) || t.isNoSubstitutionTemplateLiteral(n) ? n.text : void 0;
}
function propertyName(t, name) {
  if (t.isIdentifier(name) || t.isStringLiteral(name) || t.isNumericLiteral(name)) return name.text;
  if (t.isPrivateIdentifier(name)) return void 0;
  if (t.isComputedPropertyName(name)) return stringValue(t, name.expression);
  return void 0;
}
function objectProperty(t, node, key) {
  if (!node) return void 0;
  const n = unwrap(t, node);
  if (!t.isObjectLiteralExpression(n)) return void 0;
  for (const p of n.properties) {
    if (t.isPropertyAssignment(p) && propertyName(t, p.name) === key) return p.initializer;
    if (t.isShorthandPropertyAssignment(p) && p.name.text === key) return p.name;
  }
  return void 0;
}
function returnedExpression(t, fn) {
  const n = unwrap(t, fn);
  if (!t.isArrowFunction(n) && !t.isFunctionExpression(n)) return void 0;
  if (!t.isBlock(n.body)) return n.body;
  for (const statement of n.body.statements) {
    if (t.isReturnStatement(statement)) return statement.expression;
  }
  return void 0;
}
function firstParameter(t, fn) {
  const n = unwrap(t, fn);
  if (!t.isArrowFunction(n) && !t.isFunctionExpression(n)) return void 0;
  const p = n.parameters[0];
  return p && t.isIdentifier(p.name) ? p.name.text : void 0;
}
var SHORT_ARGUMENT = 40;
function callText(t, source, call) {
  const arg = call.args[0];
  if (!arg) return `${call.name}()`;
  const written = arg.getText(source).replace(/\s+/g, " ");
  if (written.length <= SHORT_ARGUMENT) return `${call.name}(${written})`;
  const n = unwrap(t, arg);
  if (t.isArrowFunction(n) || t.isFunctionExpression(n)) {
    const params = n.parameters.map((p) => p.getText(source)).join(", ");
    const head = t.isArrowFunction(n) ? `(${params}) =>` : `function (${params})`;
    return `${call.name}(${head} \u2026)`;
  }
  return `${call.name}(\u2026)`;
}
function methodChain(t, node) {
  const calls = [];
  let n = unwrap(t, node);
  while (t.isCallExpression(n) && t.isPropertyAccessExpression(n.expression)) {
    const callee = n.expression;
    const inner = unwrap(t, callee.expression);
    if (t.isIdentifier(inner)) break;
    calls.unshift({ name: callee.name.text, args: [...n.arguments], node: n });
    n = inner;
  }
  return { base: n, calls };
}

// src/models/drizzle/config.ts
function exportedObject(t, source) {
  const consts = /* @__PURE__ */ new Map();
  let exported;
  for (const s of source.statements) {
    if (t.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        if (t.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
      }
    } else if (t.isExportAssignment(s)) exported = s.expression;
    else if (t.isExpressionStatement(s) && t.isBinaryExpression(s.expression) && s.expression.getText(source).startsWith("module.exports")) {
      exported = s.expression.right;
    }
  }
  for (let depth = 0; exported && depth < 5; depth++) {
    const n = unwrap(t, exported);
    if (t.isObjectLiteralExpression(n)) return n;
    if (t.isCallExpression(n)) exported = n.arguments[0];
    else if (t.isIdentifier(n)) exported = consts.get(n.text);
    else return void 0;
  }
  return void 0;
}
function parseDrizzleConfig(t, path, text) {
  const source = t.createSourceFile(path, text, t.ScriptTarget.Latest, true, t.ScriptKind.TS);
  const problems = [];
  const object = exportedObject(t, source);
  if (!object) {
    problems.push({ message: "cannot find the exported config object", at: { path, line: 1 } });
    return { path, schema: [], casing: void 0, problems };
  }
  const read = (key) => {
    const node = objectProperty(t, object, key);
    const value = stringValue(t, node);
    if (node && value === void 0) {
      problems.push({ message: `\`${key}\` is not a string literal`, at: refOf(source, node, path) });
    }
    return value;
  };
  const schemaNode = objectProperty(t, object, "schema");
  const schema = [];
  const one = stringValue(t, schemaNode);
  if (one !== void 0) schema.push(one);
  else if (schemaNode && t.isArrayLiteralExpression(unwrap(t, schemaNode))) {
    for (const el of unwrap(t, schemaNode).elements) {
      const v = stringValue(t, el);
      if (v === void 0)
        problems.push({ message: "`schema` entry is not a string literal", at: refOf(source, el, path) });
      else schema.push(v);
    }
  } else if (schemaNode) {
    problems.push({
      message: "`schema` is not a string or array literal",
      at: refOf(source, schemaNode, path)
    });
  }
  const casing = read("casing");
  const dialect = read("dialect");
  return {
    path,
    ...dialect === void 0 ? {} : { dialect },
    schema,
    casing: casing === "snake_case" || casing === "camelCase" ? casing : void 0,
    problems
  };
}

// src/models/drizzle/ddl.ts
var bt = (name) => `\`${name}\``;
function columnLine(c) {
  let line = `	${bt(c.name)} ${c.type}`;
  if (c.primaryKey) line += " PRIMARY KEY";
  if (c.autoIncrement) line += " AUTOINCREMENT";
  if (c.default !== void 0) line += ` DEFAULT ${c.default}`;
  if (c.generated) line += ` GENERATED ALWAYS AS ${c.generated.expression} ${c.generated.mode.toUpperCase()}`;
  if (c.notNull) line += " NOT NULL";
  return line;
}
function createTable(table) {
  const lines = table.columns.map(columnLine);
  if (table.compositePrimaryKey) lines.push(`	PRIMARY KEY(${table.compositePrimaryKey.map(bt).join(", ")})`);
  for (const fk of table.foreignKeys) {
    lines.push(
      `	FOREIGN KEY (${fk.columns.map(bt).join(",")}) REFERENCES ${bt(fk.table)}(${fk.refColumns.map(bt).join(",")}) ON UPDATE ${fk.onUpdate} ON DELETE ${fk.onDelete}`
    );
  }
  for (const check of table.checks) lines.push(`	CONSTRAINT "${check.name}" CHECK(${check.expression})`);
  return `CREATE TABLE ${bt(table.name)} (
${lines.join(",\n")}
);`;
}
function indexesOf(table) {
  const fromColumns = table.columns.filter((c) => c.uniqueName !== void 0).map((c) => ({
    name: c.uniqueName,
    columns: [{ text: c.name, expression: false }],
    unique: true,
    at: c.at
  }));
  return [...fromColumns, ...table.indexes];
}
function createIndex(table, index2) {
  const columns = index2.columns.map((c) => c.expression ? c.text : bt(c.text)).join(",");
  const where = index2.where === void 0 ? "" : ` WHERE ${index2.where}`;
  return `CREATE ${index2.unique ? "UNIQUE INDEX" : "INDEX"} ${bt(index2.name)} ON ${bt(table.name)} (${columns})${where};`;
}
function drizzleDdl(tables) {
  const statements = [];
  const hintTables = {};
  const columns = {};
  const indexes = {};
  const appDefaults = /* @__PURE__ */ new Map();
  const key = (t) => `${t.baseName}\0${t.name}`;
  const sorted = [...tables].sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  for (const table of sorted) {
    const lower = table.name.toLowerCase();
    hintTables[lower] = table.at;
    for (const c of table.columns) {
      columns[`${lower}.${c.name.toLowerCase()}`] = c.at;
      if (c.appDefault !== void 0) appDefaults.set(`${lower}.${c.name.toLowerCase()}`, c.appDefault);
    }
    statements.push({ sql: createTable(table), location: table.at });
    for (const index2 of indexesOf(table)) {
      indexes[index2.name.toLowerCase()] = index2.at;
      statements.push({ sql: createIndex(table, index2), location: index2.at });
    }
  }
  return { statements, hints: { tables: hintTables, columns, indexes }, appDefaults };
}

// src/models/drizzle/casing.ts
var WORDS = /[\da-z]+|[A-Z]+(?![a-z])|[A-Z][\da-z]+/g;
function words(input) {
  return input.replace(/['\u2019]/g, "").match(WORDS) ?? [];
}
function applyCasing(casing, key) {
  if (casing === "snake_case")
    return words(key).map((w) => w.toLowerCase()).join("_");
  if (casing === "camelCase") {
    return words(key).map((w, i) => i === 0 ? w.toLowerCase() : `${w[0].toUpperCase()}${w.slice(1)}`).join("");
  }
  return key;
}

// src/models/drizzle/evaluate.ts
var SQLITE_CORE = "drizzle-orm/sqlite-core";
var BUILDERS = /* @__PURE__ */ new Set(["integer", "int", "text", "real", "numeric", "blob"]);
var INSERT_DEFAULT_METHODS = /* @__PURE__ */ new Set(["$default", "$defaultFn"]);
var UPDATE_DEFAULT_METHODS = /* @__PURE__ */ new Set(["$onUpdate", "$onUpdateFn"]);
var Unreadable = class extends Error {
  constructor(message, node) {
    super(message);
    this.node = node;
  }
  node;
};
var DrizzleEvaluator = class {
  constructor(graph, casing) {
    this.graph = graph;
    this.casing = casing;
  }
  graph;
  casing;
  findings = [];
  #tables = /* @__PURE__ */ new Map();
  get t() {
    return this.graph.t;
  }
  // ── name resolution ─────────────────────────────────────────────────────
  /** `{module, name}` of the package import an expression names, when it names one. */
  external(module, expr) {
    const t = this.t;
    const n = unwrap(t, expr);
    if (t.isIdentifier(n)) {
      const b = this.graph.binding(module, n.text);
      if (!b) return { module: "", name: n.text };
      return b.kind === "external" ? { module: b.module, name: b.name } : void 0;
    }
    if (t.isPropertyAccessExpression(n) && t.isIdentifier(n.expression)) {
      const b = this.graph.binding(module, n.expression.text);
      if (b?.kind === "external" && b.name === "*") return { module: b.module, name: n.name.text };
    }
    return void 0;
  }
  /**
   * Whether `expr` is drizzle's function `name`: imported under that name from a package (drizzle-orm,
   * or a path alias such as `@/db/core` that re-exports it), or used unbound under that name.
   */
  isDrizzle(module, expr, name, from = SQLITE_CORE) {
    const ext = this.external(module, expr);
    if (!ext || ext.name !== name) return false;
    return ext.module === "" || ext.module === from || ext.module.startsWith("drizzle-orm") || !ext.module.startsWith(".");
  }
  localBinding(scope, expr) {
    const t = this.t;
    const n = unwrap(t, expr);
    if (t.isIdentifier(n)) return this.graph.binding(scope.module, n.text);
    if (t.isPropertyAccessExpression(n)) {
      const owner = this.localBinding(scope, n.expression);
      if (owner?.kind === "namespace") return this.graph.exported(owner.module, n.name.text);
    }
    return void 0;
  }
  // ── tables ──────────────────────────────────────────────────────────────
  tableFactory(module, callee) {
    if (this.isDrizzle(module, callee, "sqliteTable")) return { rename: (name) => name };
    const t = this.t;
    const b = this.localBinding({ module }, callee);
    if (b?.kind !== "local" || !isExpression(t, b.node)) return void 0;
    const init = unwrap(t, b.node);
    if (!t.isCallExpression(init) || !this.isDrizzle(b.module, init.expression, "sqliteTableCreator"))
      return void 0;
    const fn = init.arguments[0];
    const param = fn && firstParameter(t, fn);
    const body = fn && returnedExpression(t, fn);
    if (!param || !body) throw new Unreadable("sqliteTableCreator(\u2026) naming function cannot be read", init);
    return { rename: (name) => this.evalNaming(body, param, name) };
  }
  /** `(name) => \`prefix_${name}\`` applied to `name`. */
  evalNaming(body, param, name) {
    const t = this.t;
    const n = unwrap(t, body);
    if (t.isIdentifier(n) && n.text === param) return name;
    const literal = stringValue(t, n);
    if (literal !== void 0) return literal;
    if (t.isTemplateExpression(n)) {
      let out = n.head.text;
      for (const span of n.templateSpans)
        out += this.evalNaming(span.expression, param, name) + span.literal.text;
      return out;
    }
    if (t.isBinaryExpression(n) && n.operatorToken.kind === t.SyntaxKind.PlusToken) {
      return this.evalNaming(n.left, param, name) + this.evalNaming(n.right, param, name);
    }
    throw new Unreadable("sqliteTableCreator(\u2026) naming function cannot be read", n);
  }
  /** Whether a top-level initializer is a table declaration. */
  isTable(module, node) {
    const t = this.t;
    if (!isExpression(t, node)) return false;
    const n = unwrap(t, node);
    try {
      return t.isCallExpression(n) && this.tableFactory(module, n.expression) !== void 0;
    } catch {
      return true;
    }
  }
  /** The table a top-level initializer declares (evaluated once); undefined when it cannot be read. */
  table(module, node) {
    return this.#table(module, node)?.table;
  }
  #table(module, node) {
    if (this.#tables.has(node)) return this.#tables.get(node) ?? void 0;
    const t = this.t;
    this.#tables.set(node, null);
    const call = unwrap(t, node);
    try {
      const factory = this.tableFactory(module, call.expression);
      if (!factory) return void 0;
      const rawName = stringValue(t, call.arguments[0]);
      if (rawName === void 0)
        throw new Unreadable("table name is not a string literal", call.arguments[0] ?? call);
      const table = {
        name: factory.rename(rawName),
        baseName: rawName,
        columns: [],
        indexes: [],
        foreignKeys: [],
        checks: [],
        at: refOf(module.source, call, module.path)
      };
      const keys = /* @__PURE__ */ new Map();
      const entry = { table, keys };
      const columnsArg = call.arguments[1];
      if (!columnsArg) throw new Unreadable("sqliteTable(\u2026) has no columns", call);
      const pending = this.readColumns(module, columnsArg, table, keys);
      this.#tables.set(node, entry);
      const scope = (param) => ({
        module,
        ...param === void 0 ? {} : { self: { param, table, keys } }
      });
      for (const p of pending) this.guard(table, () => p(scope(void 0)));
      const extras = call.arguments[2];
      if (extras) this.guard(table, () => this.readExtras(extras, scope(firstParameter(t, extras)), table));
      return entry;
    } catch (error) {
      this.report(module, error, void 0);
      return void 0;
    }
  }
  guard(table, run) {
    try {
      run();
    } catch (error) {
      this.report(void 0, error, table.name);
    }
  }
  report(module, error, table) {
    if (!(error instanceof Unreadable)) throw error;
    const source = error.node.getSourceFile();
    const at = refOf(source, error.node, module?.path ?? source.fileName);
    this.findings.push(modelError(`cannot read statically: ${error.message}`, at, table));
  }
  // ── columns ─────────────────────────────────────────────────────────────
  /** Reads the columns; returns the `.references(…)` to follow once the table is cached. */
  readColumns(module, arg, table, keys) {
    const t = this.t;
    let object = unwrap(t, arg);
    let builderParam;
    if (t.isArrowFunction(object) || t.isFunctionExpression(object)) {
      builderParam = firstParameter(t, object);
      const returned = returnedExpression(t, object);
      if (!returned) throw new Unreadable("columns callback does not return an object", object);
      object = unwrap(t, returned);
    }
    const pending = [];
    for (const [key, expr, at, owner] of this.objectEntries(module, object)) {
      try {
        const read = this.readColumn(owner, key, expr, table, keys, builderParam, at);
        table.columns.push(read.column);
        keys.set(key, read.column);
        pending.push(...read.later);
      } catch (error) {
        this.report(module, error, table.name);
      }
    }
    return pending;
  }
  /** Key/value pairs of an object literal, following `...spread` of object constants. */
  objectEntries(module, node, depth = 0) {
    const t = this.t;
    const n = unwrap(t, node);
    if (!t.isObjectLiteralExpression(n)) throw new Unreadable("columns are not an object literal", n);
    const out = [];
    for (const p of n.properties) {
      if (t.isPropertyAssignment(p)) {
        const key = propertyName(t, p.name);
        if (key === void 0) throw new Unreadable("computed column key", p.name);
        out.push([key, p.initializer, p, module]);
      } else if (t.isSpreadAssignment(p)) {
        const b = this.localBinding({ module }, p.expression);
        if (b?.kind !== "local" || !isExpression(t, b.node) || depth > 5) {
          throw new Unreadable("spread columns do not come from an object constant", p);
        }
        out.push(...this.objectEntries(b.module, b.node, depth + 1));
      } else throw new Unreadable("column is not a `key: builder` property", p);
    }
    return out;
  }
  builderName(module, base, builderParam) {
    const t = this.t;
    if (!t.isCallExpression(base)) return void 0;
    const callee = unwrap(t, base.expression);
    if (t.isPropertyAccessExpression(callee) && t.isIdentifier(callee.expression)) {
      if (callee.expression.text === builderParam) return callee.name.text;
    }
    const ext = this.external(module, callee);
    if (ext && BUILDERS.has(ext.name)) return ext.name;
    return void 0;
  }
  /** `customType<…>({ dataType() { return 'x' } })` bound to the builder's name → `x`. */
  customType(module, base) {
    const t = this.t;
    if (!t.isCallExpression(base)) return void 0;
    const b = this.localBinding({ module }, base.expression);
    if (b?.kind !== "local" || !isExpression(t, b.node)) return void 0;
    const init = unwrap(t, b.node);
    if (!t.isCallExpression(init) || !this.isDrizzle(b.module, init.expression, "customType"))
      return void 0;
    const options = unwrap(t, init.arguments[0] ?? init);
    if (!t.isObjectLiteralExpression(options)) return void 0;
    for (const p of options.properties) {
      if (!p.name || propertyName(t, p.name) !== "dataType") continue;
      const fn = t.isMethodDeclaration(p) ? p : t.isPropertyAssignment(p) ? p.initializer : void 0;
      const body = fn && (t.isMethodDeclaration(fn) ? fn.body : void 0);
      const returned = body ? body.statements.find(t.isReturnStatement)?.expression : fn && isExpression(t, fn) ? returnedExpression(t, fn) : void 0;
      const type = stringValue(t, returned);
      if (type === void 0)
        throw new Unreadable("customType dataType() does not return a string literal", p);
      return type;
    }
    return void 0;
  }
  /**
   * A column's builder chain, with calls to column helper functions (`createdAt: timestamps()`,
   * `function timestamps(name = 'created_at') { return integer(name)… }`) expanded in place.
   */
  columnChain(module, expr, depth = 0) {
    const t = this.t;
    const { base, calls } = methodChain(t, expr);
    const own = calls.map((call) => ({ call, module }));
    if (!t.isCallExpression(base) || depth > 5) return { base, module, calls: own };
    const b = this.localBinding({ module }, base.expression);
    if (b?.kind !== "local") return { base, module, calls: own };
    const fn = b.node;
    const params = t.isFunctionDeclaration(fn) || t.isArrowFunction(fn) || t.isFunctionExpression(fn) ? fn.parameters : void 0;
    const body = t.isFunctionDeclaration(fn) ? fn.body?.statements.find(t.isReturnStatement)?.expression : returnedExpression(t, fn);
    if (!params || !body) return { base, module, calls: own };
    const frame = /* @__PURE__ */ new Map();
    params.forEach((p, i) => {
      const value = base.arguments[i] ?? p.initializer;
      if (t.isIdentifier(p.name) && value) frame.set(p.name.text, value);
    });
    this.#env.push(frame);
    const inner = this.columnChain(b.module, body, depth + 1);
    return { base: inner.base, module: inner.module, calls: [...inner.calls, ...own] };
  }
  /** Parameters of the column helpers being expanded. */
  #env = [];
  /** A string literal, or a helper parameter bound to one. */
  str(expr) {
    const t = this.t;
    const n = expr && unwrap(t, expr);
    if (n && t.isIdentifier(n)) {
      for (let i = this.#env.length - 1; i >= 0; i--) {
        const bound = this.#env[i].get(n.text);
        if (bound) return stringValue(t, bound);
      }
    }
    return stringValue(t, n);
  }
  readColumn(owner, key, expr, table, keys, builderParam, at) {
    const envDepth = this.#env.length;
    try {
      return this.readColumnChain(owner, key, expr, table, keys, builderParam, at);
    } finally {
      this.#env.length = envDepth;
    }
  }
  readColumnChain(owner, key, expr, table, keys, builderParam, at) {
    const t = this.t;
    const { base, module, calls } = this.columnChain(owner, expr);
    const builder = this.builderName(module, base, builderParam);
    const custom = builder ? void 0 : this.customType(module, base);
    if (!builder && custom === void 0)
      throw new Unreadable(`column ${key} is not a drizzle column builder`, expr);
    const args = t.isCallExpression(base) ? base.arguments : [];
    const explicitName = this.str(args[0]);
    const config = explicitName === void 0 ? args[0] : args[1];
    const rawName = explicitName ?? key;
    const name = explicitName ?? applyCasing(this.casing, key);
    let type = custom ?? "integer";
    if (builder === "text") {
      const length = objectProperty(t, config, "length");
      const value = length && this.literal(module, length);
      type = typeof value === "number" ? `text(${value})` : "text";
    } else if (builder && builder !== "integer" && builder !== "int") type = builder;
    let notNull = false;
    let primaryKey = false;
    let autoIncrement = false;
    let unique;
    let defaultSql;
    let insertDefault;
    let updateDefault;
    const later = [];
    for (const { call, module: cm } of calls) {
      switch (call.name) {
        case "notNull":
          notNull = true;
          break;
        case "primaryKey": {
          primaryKey = true;
          notNull = true;
          const auto = objectProperty(t, call.args[0], "autoIncrement");
          autoIncrement = (builder === "integer" || builder === "int") && auto !== void 0 && this.literal(module, auto) === true;
          break;
        }
        case "default":
          defaultSql = this.defaultValue(cm, call.args[0] ?? call.node);
          break;
        case "unique":
          unique = this.str(call.args[0]) ?? `${table.name}_${rawName}_unique`;
          break;
        case "generatedAlwaysAs": {
          const mode = stringValue(t, objectProperty(t, call.args[1], "mode")) === "stored" ? "stored" : "virtual";
          const as = call.args[0] ?? call.node;
          later.push(() => {
            const current = keys.get(key);
            const updated = { ...current, generated: { expression: this.generatedExpression(cm, as), mode } };
            keys.set(key, updated);
            table.columns[table.columns.indexOf(current)] = updated;
          });
          break;
        }
        case "references": {
          const target = call.args[0] && returnedExpression(t, call.args[0]);
          const actions = call.args[1];
          const nodeAt = refOf(cm.source, call.node, cm.path);
          if (!target) throw new Unreadable("references() target is not `() => table.column`", call.node);
          later.push((scope) => {
            const ref = this.columnRef({ ...scope, module: cm }, target);
            table.foreignKeys.push({
              columns: [name],
              table: ref.table.name,
              refColumns: [ref.column.name],
              onDelete: this.action(cm, objectProperty(t, actions, "onDelete")),
              onUpdate: this.action(cm, objectProperty(t, actions, "onUpdate")),
              at: nodeAt
            });
          });
          break;
        }
        case "$type":
          break;
        default:
          if (INSERT_DEFAULT_METHODS.has(call.name)) insertDefault = callText(t, cm.source, call);
          else if (UPDATE_DEFAULT_METHODS.has(call.name)) updateDefault = callText(t, cm.source, call);
          else throw new Unreadable(`unknown column method .${call.name}()`, call.node);
      }
    }
    const appDefault = insertDefault ?? updateDefault;
    const column = {
      key,
      name,
      configName: rawName,
      type,
      notNull,
      primaryKey,
      autoIncrement,
      ...defaultSql === void 0 ? {} : { default: defaultSql },
      ...appDefault === void 0 ? {} : { appDefault },
      ...unique === void 0 ? {} : { uniqueName: unique },
      at: refOf(owner.source, at, owner.path)
    };
    return { column, later };
  }
  action(module, expr) {
    if (!expr) return "no action";
    const value = this.literal(module, expr);
    if (typeof value !== "string") throw new Unreadable("referential action is not a string literal", expr);
    return value;
  }
  /** drizzle-kit's rendering of `.default(value)`. */
  defaultValue(module, expr) {
    const t = this.t;
    const n = unwrap(t, expr);
    if (t.isTaggedTemplateExpression(n) || t.isCallExpression(n)) {
      return this.sqlText({ module }, n, void 0);
    }
    const value = this.literal(module, n);
    if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
    if (value === null || typeof value === "object") return `'${JSON.stringify(value)}'`;
    return String(value);
  }
  generatedExpression(module, expr) {
    const t = this.t;
    const n = unwrap(t, expr);
    const literal = stringValue(t, n);
    if (literal !== void 0) return `(${literal})`;
    const body = t.isArrowFunction(n) || t.isFunctionExpression(n) ? returnedExpression(t, n) : n;
    if (!body) throw new Unreadable("generatedAlwaysAs() expression cannot be read", n);
    return `(${this.sqlText({ module }, body, "unqualified")})`;
  }
  /** A JavaScript literal value: strings, numbers, booleans, null, arrays, objects, and constants holding them. */
  literal(module, expr, depth = 0) {
    const t = this.t;
    const n = unwrap(t, expr);
    const text = stringValue(t, n);
    if (text !== void 0) return text;
    if (t.isNumericLiteral(n)) return Number(n.text);
    if (t.isBigIntLiteral(n)) return BigInt(n.text.slice(0, -1));
    if (n.kind === t.SyntaxKind.TrueKeyword) return true;
    if (n.kind === t.SyntaxKind.FalseKeyword) return false;
    if (n.kind === t.SyntaxKind.NullKeyword) return null;
    if (t.isPrefixUnaryExpression(n) && n.operator === t.SyntaxKind.MinusToken) {
      const v = this.literal(module, n.operand, depth);
      if (typeof v === "number") return -v;
      if (typeof v === "bigint") return -v;
    }
    if (t.isArrayLiteralExpression(n)) return n.elements.map((e) => this.literal(module, e, depth));
    if (t.isObjectLiteralExpression(n)) {
      const out = {};
      for (const p of n.properties) {
        const key = t.isPropertyAssignment(p) ? propertyName(t, p.name) : void 0;
        if (!t.isPropertyAssignment(p) || key === void 0)
          throw new Unreadable("object value cannot be read", p);
        out[key] = this.literal(module, p.initializer, depth);
      }
      return out;
    }
    if (t.isIdentifier(n) && depth < 10) {
      for (let i = this.#env.length - 1; i >= 0; i--) {
        const bound = this.#env[i].get(n.text);
        if (bound) return this.literal(module, bound, depth + 1);
      }
      const b = this.graph.binding(module, n.text);
      if (b?.kind === "local" && isExpression(t, b.node)) return this.literal(b.module, b.node, depth + 1);
    }
    throw new Unreadable("value is not a literal", n);
  }
  // ── sql`…` ──────────────────────────────────────────────────────────────
  /** The SQL text of a `sql` template, as drizzle-kit renders it into DDL. */
  sqlText(scope, expr, mode) {
    const t = this.t;
    const n = unwrap(t, expr);
    if (t.isTaggedTemplateExpression(n) && this.isDrizzle(scope.module, n.tag, "sql", "drizzle-orm")) {
      const template = n.template;
      if (t.isNoSubstitutionTemplateLiteral(template)) return template.text;
      let out = template.head.text;
      for (const span of template.templateSpans)
        out += this.sqlChunk(scope, span.expression, mode) + span.literal.text;
      return out;
    }
    if (t.isCallExpression(n) && t.isPropertyAccessExpression(n.expression) && n.expression.name.text === "raw") {
      if (this.isDrizzle(scope.module, n.expression.expression, "sql", "drizzle-orm")) {
        const raw = stringValue(t, n.arguments[0]);
        if (raw !== void 0) return raw;
      }
    }
    throw new Unreadable("not a sql`\u2026` template drizzle-kit can write into DDL", n);
  }
  sqlChunk(scope, expr, mode) {
    const t = this.t;
    const n = unwrap(t, expr);
    if (t.isTaggedTemplateExpression(n) || t.isCallExpression(n)) return this.sqlText(scope, n, mode);
    const table = this.tableRef(scope, n);
    if (table) return `"${table.name}"`;
    if (t.isPropertyAccessExpression(n) && mode !== void 0) {
      const ref = this.columnRef(scope, n);
      return mode === "qualified" ? `"${ref.table.name}"."${ref.column.name}"` : `"${ref.column.name}"`;
    }
    throw new Unreadable("a value inside sql`\u2026` becomes a query parameter, which DDL cannot hold", n);
  }
  // ── references ──────────────────────────────────────────────────────────
  tableRef(scope, expr) {
    const t = this.t;
    const n = unwrap(t, expr);
    if (t.isIdentifier(n) && scope.self?.param === n.text) return scope.self.table;
    const b = this.localBinding(scope, n);
    if (b?.kind !== "local" || !this.isTable(b.module, b.node)) return void 0;
    return this.table(b.module, b.node);
  }
  /** `t.col`, `users.col` or `schema.users.col` → the table and column. */
  columnRef(scope, expr) {
    const t = this.t;
    const n = unwrap(t, expr);
    if (!t.isPropertyAccessExpression(n)) throw new Unreadable("not a column reference", n);
    const key = n.name.text;
    const owner = unwrap(t, n.expression);
    if (t.isIdentifier(owner) && scope.self?.param === owner.text) {
      const column = scope.self.keys.get(key);
      if (!column) throw new Unreadable(`no column ${key} in this table`, n);
      return { table: scope.self.table, column };
    }
    const b = this.localBinding(scope, owner);
    if (b?.kind === "local" && this.isTable(b.module, b.node)) {
      const entry = this.#table(b.module, b.node);
      const column = entry?.keys.get(key);
      if (entry && column) return { table: entry.table, column };
    }
    throw new Unreadable(`cannot resolve column reference ${n.getText()}`, n);
  }
  // ── extras: indexes, keys, checks ───────────────────────────────────────
  readExtras(fn, scope, table) {
    const t = this.t;
    const returned = returnedExpression(t, fn);
    if (!returned) throw new Unreadable("table extras are not a function returning an array or object", fn);
    const items = [];
    const r = unwrap(t, returned);
    if (t.isArrayLiteralExpression(r)) {
      for (const e of r.elements) {
        const u = unwrap(t, e);
        if (t.isArrayLiteralExpression(u)) items.push(...u.elements);
        else items.push(e);
      }
    } else if (t.isObjectLiteralExpression(r)) {
      for (const p of r.properties) {
        if (t.isPropertyAssignment(p)) items.push(p.initializer);
        else throw new Unreadable("table extras entry cannot be read", p);
      }
    } else throw new Unreadable("table extras are not an array or object literal", r);
    for (const item of items) this.guard(table, () => this.readExtra(scope, item, table));
  }
  readExtra(scope, expr, table) {
    const t = this.t;
    const { base, calls } = methodChain(t, expr);
    if (!t.isCallExpression(base)) throw new Unreadable("table extras entry is not a drizzle call", expr);
    const at = refOf(scope.module.source, expr, scope.module.path);
    const kind = ["index", "uniqueIndex", "unique", "primaryKey", "foreignKey", "check"].find(
      (k) => this.isDrizzle(scope.module, base.expression, k)
    );
    const call = (name) => calls.find((c) => c.name === name);
    const columnName = (e) => this.columnRef(scope, e).column;
    switch (kind) {
      case "index":
      case "uniqueIndex": {
        const name = stringValue(t, base.arguments[0]);
        if (name === void 0) throw new Unreadable("index name is not a string literal", base);
        const on = call("on");
        if (!on) throw new Unreadable("index has no .on(\u2026)", expr);
        const columns = on.args.map((a) => {
          const u = unwrap(t, a);
          return t.isPropertyAccessExpression(u) ? { text: columnName(u).name, expression: false } : { text: this.sqlText(scope, u, "unqualified"), expression: true };
        });
        const where = call("where");
        const whereArg = where?.args[0];
        const index2 = {
          name,
          columns,
          unique: kind === "uniqueIndex",
          ...whereArg ? { where: this.sqlText(scope, whereArg, "qualified") } : {},
          at
        };
        table.indexes.push(index2);
        return;
      }
      case "unique": {
        const on = call("on");
        if (!on) throw new Unreadable("unique() has no .on(\u2026)", expr);
        const columns = on.args.map(columnName);
        const name = stringValue(t, base.arguments[0]) ?? `${table.name}_${columns.map((c) => c.configName).join("_")}_unique`;
        table.indexes.push({
          name,
          columns: columns.map((c) => ({ text: c.name, expression: false })),
          unique: true,
          at
        });
        return;
      }
      case "primaryKey": {
        const config = base.arguments[0];
        const list = objectProperty(t, config, "columns");
        const refs = list ? (() => {
          const u = unwrap(t, list);
          if (!t.isArrayLiteralExpression(u))
            throw new Unreadable("primaryKey columns are not an array", list);
          return [...u.elements];
        })() : [...base.arguments];
        const columns = refs.map(columnName);
        if (columns.length === 1) {
          const index2 = table.columns.indexOf(columns[0]);
          table.columns[index2] = { ...columns[0], primaryKey: true };
        } else table.compositePrimaryKey = columns.map((c) => c.name);
        return;
      }
      case "foreignKey": {
        const config = unwrap(t, base.arguments[0] ?? base);
        const body = t.isArrowFunction(config) ? returnedExpression(t, config) : config;
        const cols = this.columnList(scope, objectProperty(t, body, "columns"));
        const refs = this.columnList(scope, objectProperty(t, body, "foreignColumns"));
        if (cols.length === 0 || cols.length !== refs.length) {
          throw new Unreadable("foreignKey columns and foreignColumns do not match", base);
        }
        const onDelete = call("onDelete")?.args[0];
        const onUpdate = call("onUpdate")?.args[0];
        const fk = {
          columns: cols.map((c) => c.column.name),
          table: refs[0].table.name,
          refColumns: refs.map((r) => r.column.name),
          onDelete: this.action(scope.module, onDelete),
          onUpdate: this.action(scope.module, onUpdate),
          at
        };
        table.foreignKeys.push(fk);
        return;
      }
      case "check": {
        const name = stringValue(t, base.arguments[0]);
        const value = base.arguments[1];
        if (name === void 0 || !value) throw new Unreadable("check(name, sql`\u2026`) cannot be read", base);
        table.checks.push({ name, expression: this.sqlText(scope, value, "qualified"), at });
        return;
      }
      default:
        throw new Unreadable(
          "table extras entry is not index/uniqueIndex/unique/primaryKey/foreignKey/check",
          expr
        );
    }
  }
  columnList(scope, list) {
    const t = this.t;
    const u = list && unwrap(t, list);
    if (!u || !t.isArrayLiteralExpression(u))
      throw new Unreadable("expected an array of columns", list ?? scope.module.source);
    return u.elements.map((e) => this.columnRef(scope, e));
  }
};
function isExpression(t, node) {
  return !t.isFunctionDeclaration(node);
}

// src/models/drizzle/glob.ts
var SOURCE = /\.(ts|mts|cts|tsx|js|mjs|cjs|jsx)$/;
function globToRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      re += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "{") {
      const end = glob.indexOf("}", i);
      if (end < 0) re += "\\{";
      else {
        re += `(?:${glob.slice(i + 1, end).split(",").map((s) => s.replace(/[.+^$()|[\]\\]/g, "\\$&")).join("|")})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
async function expandSchemaPath(fs, base, pattern) {
  const full = normalizeJoin(base, pattern);
  if (!/[*?{]/.test(pattern)) {
    const kind = (await fs.stat(full))?.kind;
    if (kind === "file") return [full];
    if (kind === "dir") return findFiles(fs, full, (name) => SOURCE.test(name) && !name.endsWith(".d.ts"));
    return [];
  }
  const segments = full.split("/");
  const firstGlob = segments.findIndex((s) => /[*?{]/.test(s));
  const root = segments.slice(0, firstGlob).join("/");
  const re = globToRegExp(full);
  const files = await findFiles(fs, root, (name) => SOURCE.test(name));
  return files.filter((f) => re.test(f));
}

// src/models/drizzle/modules.ts
var EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".jsx"];
function index(t, source, path) {
  const locals = /* @__PURE__ */ new Map();
  const imports = /* @__PURE__ */ new Map();
  const exports = /* @__PURE__ */ new Map();
  const starExports = [];
  const exported = (node) => t.canHaveModifiers(node) && (t.getModifiers(node) ?? []).some((m) => m.kind === t.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (t.isImportDeclaration(statement) && t.isStringLiteral(statement.moduleSpecifier)) {
      const module = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (!clause) continue;
      if (clause.name) imports.set(clause.name.text, { module, name: "default" });
      const bindings = clause.namedBindings;
      if (bindings && t.isNamespaceImport(bindings)) imports.set(bindings.name.text, { module, name: "*" });
      else if (bindings) {
        for (const el of bindings.elements) {
          imports.set(el.name.text, { module, name: (el.propertyName ?? el.name).text });
        }
      }
    } else if (t.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        if (!t.isIdentifier(decl.name) || !decl.initializer) continue;
        locals.set(decl.name.text, decl.initializer);
        if (exported(statement)) exports.set(decl.name.text, { local: decl.name.text });
      }
    } else if (t.isFunctionDeclaration(statement) && statement.name) {
      locals.set(statement.name.text, statement);
      if (exported(statement)) exports.set(statement.name.text, { local: statement.name.text });
    } else if (t.isExportDeclaration(statement)) {
      const from = statement.moduleSpecifier && t.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : void 0;
      const clause = statement.exportClause;
      if (!clause) {
        if (from) starExports.push(from);
      } else if (t.isNamedExports(clause)) {
        for (const el of clause.elements) {
          const name = (el.propertyName ?? el.name).text;
          exports.set(el.name.text, from ? { from: { module: from, name } } : { local: name });
        }
      } else if (t.isNamespaceExport(clause) && from) {
        exports.set(clause.name.text, { from: { module: from, name: "*" } });
      }
    } else if (t.isExportAssignment(statement) && !statement.isExportEquals) {
      const expr = unwrap(t, statement.expression);
      if (t.isIdentifier(expr)) exports.set("default", { local: expr.text });
      else {
        locals.set("default", statement.expression);
        exports.set("default", { local: "default" });
      }
    }
  }
  return { path, source, locals, imports, exports, starExports };
}
var ModuleGraph = class _ModuleGraph {
  constructor(t, fs) {
    this.t = t;
    this.fs = fs;
  }
  t;
  fs;
  #modules = /* @__PURE__ */ new Map();
  /** Loads `entries` and every module they reach through relative imports and re-exports. */
  static async load(t, fs, entries, limit = 500) {
    const graph = new _ModuleGraph(t, fs);
    const queue = [...entries];
    while (queue.length > 0 && graph.#modules.size < limit) {
      const path = queue.shift();
      if (graph.#modules.has(path)) continue;
      const module = await graph.#read(path);
      if (!module) continue;
      for (const spec of [...[...module.imports.values()].map((i) => i.module), ...module.starExports]) {
        const target = await graph.#resolveFile(module.path, spec);
        if (target && !graph.#modules.has(target)) queue.push(target);
      }
      for (const e of module.exports.values()) {
        if (!("from" in e)) continue;
        const target = await graph.#resolveFile(module.path, e.from.module);
        if (target && !graph.#modules.has(target)) queue.push(target);
      }
    }
    return graph;
  }
  #resolved = /* @__PURE__ */ new Map();
  async #read(path) {
    let text;
    try {
      text = await this.fs.readText(path);
    } catch {
      return void 0;
    }
    const t = this.t;
    const kind = path.endsWith(".tsx") || path.endsWith(".jsx") ? t.ScriptKind.TSX : t.ScriptKind.TS;
    const source = t.createSourceFile(path, text, t.ScriptTarget.Latest, true, kind);
    const module = index(t, source, path);
    this.#modules.set(path, module);
    return module;
  }
  async #resolveFile(from, spec) {
    if (!spec.startsWith(".")) return void 0;
    const base = normalizeJoin(dirName(from), spec);
    const key = base;
    if (this.#resolved.has(key)) return this.#resolved.get(key);
    const stem = base.replace(/\.(m|c)?jsx?$/, "");
    const candidates = [
      base,
      ...EXTENSIONS.map((e) => stem + e),
      ...EXTENSIONS.map((e) => normalizeJoin(base, `index${e}`))
    ];
    let found;
    for (const candidate of candidates) {
      if ((await this.fs.stat(candidate))?.kind === "file" && /\.[mc]?[jt]sx?$/.test(candidate)) {
        found = candidate;
        break;
      }
    }
    this.#resolved.set(key, found);
    return found;
  }
  module(path) {
    return this.#modules.get(path);
  }
  /** A loaded module a specifier in `from` points at. */
  target(from, spec) {
    if (!spec.startsWith(".")) return void 0;
    const base = normalizeJoin(dirName(from.path), spec);
    const resolved = this.#resolved.get(base);
    return resolved === void 0 ? void 0 : this.#modules.get(resolved);
  }
  /** What `name` means at the top level of `module`. */
  binding(module, name, depth = 0) {
    const node = module.locals.get(name);
    if (node) return { kind: "local", module, name, node };
    const imported = module.imports.get(name);
    if (!imported) return void 0;
    const target = this.target(module, imported.module);
    if (!target) return { kind: "external", module: imported.module, name: imported.name };
    if (imported.name === "*") return { kind: "namespace", module: target };
    return this.exported(target, imported.name, depth + 1);
  }
  /** What `module` exports as `name`, followed through re-exports. */
  exported(module, name, depth = 0) {
    if (depth > 20) return void 0;
    const entry = module.exports.get(name);
    if (entry && "local" in entry) return this.binding(module, entry.local, depth + 1);
    if (entry) {
      const target = this.target(module, entry.from.module);
      if (!target) return { kind: "external", module: entry.from.module, name: entry.from.name };
      if (entry.from.name === "*") return { kind: "namespace", module: target };
      return this.exported(target, entry.from.name, depth + 1);
    }
    for (const spec of module.starExports) {
      const target = this.target(module, spec);
      const found = target && this.exported(target, name, depth + 1);
      if (found) return found;
    }
    return void 0;
  }
  /** Every name `module` exports (own, named re-exports and `export *`), each once. */
  exportedNames(module, depth = 0, seen = /* @__PURE__ */ new Set()) {
    if (depth > 20 || seen.has(module)) return [];
    seen.add(module);
    const names = new Set(module.exports.keys());
    for (const spec of module.starExports) {
      const target = this.target(module, spec);
      if (target) {
        for (const n of this.exportedNames(target, depth + 1, seen)) if (n !== "default") names.add(n);
      }
    }
    return [...names];
  }
};

// src/models/drizzle/typescript.ts
var loading;
function loadTypeScript() {
  loading ??= import("./chunk-SKQRTP4J.js").then((m) => m.default ?? m);
  return loading;
}

// src/models/drizzle/read.ts
var DRIZZLE_CAPABILITIES = {
  views: false,
  triggers: false,
  checks: true,
  indexNames: false
};
var SQLITE_DIALECTS = /* @__PURE__ */ new Set(["sqlite", "turso"]);
async function readDrizzleTables(fs, files, casing) {
  const t = await loadTypeScript();
  const graph = await ModuleGraph.load(t, fs, files);
  const evaluator = new DrizzleEvaluator(graph, casing);
  const seen = /* @__PURE__ */ new Set();
  const tables = [];
  for (const file of files) {
    const module = graph.module(file);
    if (!module) continue;
    for (const name of graph.exportedNames(module)) {
      const binding = graph.exported(module, name);
      if (binding?.kind !== "local" || seen.has(binding.node)) continue;
      seen.add(binding.node);
      if (!evaluator.isTable(binding.module, binding.node)) continue;
      const table = evaluator.table(binding.module, binding.node);
      if (table) tables.push(table);
    }
  }
  return { tables, findings: evaluator.findings };
}
function schemaPath(files) {
  const [first, ...rest] = files;
  if (first === void 0) return void 0;
  if (rest.length === 0) return first;
  let dir = dirName(first);
  while (dir !== "" && !rest.every((f) => f.startsWith(`${dir}/`))) dir = dirName(dir);
  return dir;
}
async function schemaFiles(fs, path) {
  const configPath = await findConfig(fs, path);
  if (!configPath) {
    const files2 = await findSchemaFiles(fs, path);
    return { files: files2, casing: void 0, findings: [], setPath: schemaPath(files2) ?? path };
  }
  const t = await loadTypeScript();
  const config = parseDrizzleConfig(t, configPath, await fs.readText(configPath));
  const findings = config.problems.map((p) => modelError(`drizzle config: ${p.message}`, p.at));
  const files = [];
  for (const pattern of config.schema) {
    const matched = await expandSchemaPath(fs, dirName(configPath), pattern);
    if (matched.length === 0) {
      findings.push(
        modelError(`drizzle config: schema path ${pattern} matches no file`, { path: configPath, line: 1 })
      );
    }
    for (const f of matched) if (!files.includes(f)) files.push(f);
  }
  return {
    files,
    casing: config.casing,
    findings,
    setPath: schemaPath(files) ?? configPath,
    configPath,
    ...config.dialect === void 0 ? {} : { dialect: config.dialect }
  };
}
async function loadDrizzleModels(path, context, build) {
  const located = await schemaFiles(context.fs, path);
  const set = (schema, findings) => ({
    format: "drizzle",
    path: located.setPath,
    ...located.configPath === void 0 ? {} : { config: located.configPath },
    schema,
    capabilities: DRIZZLE_CAPABILITIES,
    findings
  });
  if (located.dialect !== void 0 && !SQLITE_DIALECTS.has(located.dialect)) {
    const message = `drizzle config dialect is "${located.dialect}"; driftcheck checks Drizzle schemas for SQLite (dialect "sqlite" or "turso")`;
    return set(EMPTY_SCHEMA, [
      ...located.findings,
      modelError(message, { path: located.configPath ?? located.setPath, line: 1 })
    ]);
  }
  if (located.files.length === 0) {
    const message = `no Drizzle schema file (importing drizzle-orm/sqlite-core) found at ${path || "."}`;
    return set(EMPTY_SCHEMA, [...located.findings, modelError(message, { path: located.setPath, line: 1 })]);
  }
  const read = await readDrizzleTables(context.fs, located.files, located.casing);
  const ddl = drizzleDdl(read.tables);
  const built = await buildGenerated(ddl.statements, ddl.hints, build);
  return set(withAppDefaults(built.schema, ddl.appDefaults), [
    ...located.findings,
    ...read.findings,
    ...built.findings
  ]);
}
export {
  DRIZZLE_CAPABILITIES,
  loadDrizzleModels,
  readDrizzleTables
};
