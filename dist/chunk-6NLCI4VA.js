import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  identifierName,
  isIdentifier,
  isKeyword,
  positionAt,
  significantTokens
} from "./chunk-RNDVHOK7.js";
import {
  affinityOf
} from "./chunk-Z5DHFKIG.js";

// src/schema/normalize.ts
var SQLITE_KEYWORDS = new Set(
  "abort action add after all alter always analyze and as asc attach autoincrement before begin between by cascade case cast check collate column commit conflict constraint create cross current current_date current_time current_timestamp database default deferrable deferred delete desc detach distinct do drop each else end escape except exclude exclusive exists explain fail filter first following for foreign from full generated glob group groups having if ignore immediate in index indexed initially inner insert instead intersect into is isnull join key last left like limit match materialized natural no not nothing notnull null nulls of offset on or order others outer over partition plan pragma preceding primary query raise range recursive references regexp reindex release rename replace restrict returning right rollback row rows savepoint select set table temp temporary then ties to transaction trigger unbounded union unique update using vacuum values view virtual when where window with without".split(" ")
);
var CALLABLE_KEYWORDS = /* @__PURE__ */ new Set(["replace", "like", "glob", "raise", "cast", "match"]);
var BARE_NAME = /^[a-z_][a-z0-9_$]*$/;
function canonicalIdentifier(name) {
  const lower = name.toLowerCase();
  if (BARE_NAME.test(lower) && !SQLITE_KEYWORDS.has(lower)) return lower;
  return `"${lower.replaceAll('"', '""')}"`;
}
function renderToken(t) {
  switch (t.kind) {
    case "word":
      return t.text.toLowerCase();
    case "quoted":
      return canonicalIdentifier(t.value);
    case "blob":
    case "number":
      return t.text.toLowerCase();
    case "op":
      if (t.text === "==") return "=";
      if (t.text === "<>") return "!=";
      return t.text;
    default:
      return t.text;
  }
}
var NO_SPACE_BEFORE = /* @__PURE__ */ new Set([",", ")", ".", ";"]);
var NO_SPACE_AFTER = /* @__PURE__ */ new Set(["(", "."]);
function isUnary(tokens, i) {
  const prev = tokens[i - 1];
  if (prev === void 0) return true;
  if (prev.kind === "op") return prev.text !== ")";
  if (prev.kind === "word") return SQLITE_KEYWORDS.has(prev.text.toLowerCase());
  return false;
}
function renderTokens(tokens) {
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const text = renderToken(t);
    if (i > 0) {
      const prev = tokens[i - 1];
      const prevText = renderToken(prev);
      let space = true;
      if (t.kind === "op" && NO_SPACE_BEFORE.has(t.text)) space = false;
      else if (prev.kind === "op" && NO_SPACE_AFTER.has(prev.text)) space = false;
      else if (t.kind === "op" && t.text === "(") {
        space = prev.kind === "word" && SQLITE_KEYWORDS.has(prevText) && !CALLABLE_KEYWORDS.has(prevText);
        if (prev.kind === "op" && prev.text !== ")") space = true;
        if (prev.kind === "op" && (prev.text === "(" || prev.text === ".")) space = false;
      } else if (prev.kind === "op" && ["-", "+", "~"].includes(prev.text) && isUnary(tokens, i - 1)) {
        space = false;
      }
      if (space) out += " ";
    }
    out += text;
  }
  return out;
}
function matchingParen(tokens, open) {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "op") continue;
    if (t.text === "(") depth++;
    else if (t.text === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
function stripOuterParens(tokens) {
  let list = tokens;
  while (list.length >= 2 && list[0].text === "(" && matchingParen(list, 0) === list.length - 1) {
    const inner = list.slice(1, -1);
    let depth = 0;
    const rowValue = inner.some((t) => {
      if (t.kind !== "op") return false;
      if (t.text === "(") depth++;
      else if (t.text === ")") depth--;
      return depth === 0 && t.text === ",";
    });
    if (rowValue || inner.length === 0) break;
    list = inner;
  }
  return list;
}
function normalizeExpression(sql, options = {}) {
  let tokens = significantTokens(sql);
  while (tokens.length > 0 && tokens[tokens.length - 1].text === ";") tokens = tokens.slice(0, -1);
  if (options.ownTable !== void 0) tokens = withoutQualifier(tokens, options.ownTable);
  return renderTokens(stripOuterParens(tokens));
}
function withoutQualifier(tokens, table) {
  const own = table.toLowerCase();
  const isName = (t) => t?.kind === "word" || t?.kind === "quoted";
  const isDot = (t) => t?.kind === "op" && t.text === ".";
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isName(t) && t.value.toLowerCase() === own && isDot(tokens[i + 1]) && isName(tokens[i + 2]) && !isDot(tokens[i - 1])) {
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}
var MAX_INT64 = 2n ** 63n - 1n;
var MIN_INT64 = -(2n ** 63n);
function parseNumber(text, negative) {
  const clean = text.replaceAll("_", "").toLowerCase();
  if (clean.startsWith("0x")) {
    if (!/^0x[0-9a-f]+$/.test(clean)) return void 0;
    const v2 = BigInt.asIntN(64, BigInt(clean));
    return { kind: "integer", value: negative ? -v2 : v2 };
  }
  if (/^\d+$/.test(clean)) {
    const v2 = negative ? -BigInt(clean) : BigInt(clean);
    if (v2 >= MIN_INT64 && v2 <= MAX_INT64) return { kind: "integer", value: v2 };
    return { kind: "real", value: Number(v2) };
  }
  const v = Number(clean);
  if (Number.isNaN(v)) return void 0;
  return { kind: "real", value: negative ? -v : v };
}
function renderReal(v) {
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return `${v}.0`;
  return String(v);
}
function renderNumber(n, affinity) {
  if (affinity === "INTEGER" || affinity === "NUMERIC") {
    if (n.kind === "real" && Number.isInteger(n.value) && Math.abs(n.value) < 2 ** 63) {
      return String(BigInt(n.value));
    }
  }
  if (affinity === "REAL" && n.kind === "integer") return renderReal(Number(n.value));
  const text = n.kind === "integer" ? String(n.value) : renderReal(n.value);
  if (affinity === "TEXT") return quoteString(text);
  return text;
}
function quoteString(text) {
  return `'${text.replaceAll("'", "''")}'`;
}
function signedNumber(tokens) {
  let negative = false;
  let i = 0;
  while (i < tokens.length - 1 && tokens[i].kind === "op" && (tokens[i].text === "-" || tokens[i].text === "+")) {
    if (tokens[i].text === "-") negative = !negative;
    i++;
  }
  const last = tokens[i];
  if (i !== tokens.length - 1 || last?.kind !== "number") return void 0;
  return parseNumber(last.text, negative);
}
function numericText(text) {
  const t = text.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) return void 0;
  const negative = t.startsWith("-");
  return parseNumber(t.replace(/^[+-]/, ""), negative);
}
var DEFAULT_KEYWORDS = /* @__PURE__ */ new Set(["current_time", "current_date", "current_timestamp"]);
function normalizeDefault(sql, affinity) {
  if (sql === null || sql === void 0) return void 0;
  const tokens = stripOuterParens(significantTokens(sql));
  if (tokens.length === 0) return void 0;
  const number = signedNumber(tokens);
  if (number) return renderNumber(number, affinity);
  if (tokens.length === 1) {
    const t = tokens[0];
    const word = t.text.toLowerCase();
    if (t.kind === "word") {
      if (word === "null") return void 0;
      if (word === "true" || word === "false") {
        return renderNumber({ kind: "integer", value: word === "true" ? 1n : 0n }, affinity);
      }
      if (!DEFAULT_KEYWORDS.has(word)) return literalText(t.text, affinity);
      return word;
    }
    if (t.kind === "string" || t.kind === "quoted") return literalText(t.value, affinity);
  }
  return renderTokens(tokens);
}
function literalText(text, affinity) {
  if (affinity === "INTEGER" || affinity === "NUMERIC" || affinity === "REAL") {
    const n = numericText(text);
    if (n) return renderNumber(n, affinity);
  }
  return quoteString(text);
}

// src/sqlite/ddl.ts
function absolutePosition(start, pos2) {
  return {
    line: start.line + pos2.line - 1,
    column: pos2.line === 1 ? (start.column ?? 1) + pos2.column - 1 : pos2.column
  };
}
function locationAt(start, sql, offset) {
  return { path: start.path, ...absolutePosition(start, positionAt(sql, offset)) };
}
var COLUMN_CONSTRAINT_START = /* @__PURE__ */ new Set([
  "constraint",
  "primary",
  "not",
  "null",
  "unique",
  "check",
  "default",
  "collate",
  "references",
  "generated",
  "as"
]);
var KEY_TERM_END = /* @__PURE__ */ new Set(["collate", "asc", "desc", "autoincrement"]);
var INDEX_TERM_END = /* @__PURE__ */ new Set(["collate", "asc", "desc"]);
var NO_STOP = /* @__PURE__ */ new Set();
var TABLE_CONSTRAINT_START = /* @__PURE__ */ new Set([
  "constraint",
  "primary",
  "unique",
  "check",
  "foreign"
]);
var Cursor = class {
  constructor(tokens, sql) {
    this.tokens = tokens;
    this.sql = sql;
    this.words = tokens.map((t) => t.kind === "word" ? t.text.toLowerCase() : "");
  }
  tokens;
  sql;
  i = 0;
  /** Lower-case text of each word token ('' for others), computed once. */
  words;
  get done() {
    return this.i >= this.tokens.length;
  }
  peek(offset = 0) {
    return this.tokens[this.i + offset];
  }
  next() {
    return this.tokens[this.i++];
  }
  /** Consumes the keyword sequence if it is next. */
  accept(...words) {
    for (let k = 0; k < words.length; k++) if (this.words[this.i + k] !== words[k]) return false;
    this.i += words.length;
    return true;
  }
  atOp(text) {
    const t = this.peek();
    return t?.kind === "op" && t.text === text;
  }
  acceptOp(text) {
    if (!this.atOp(text)) return false;
    this.i++;
    return true;
  }
  /** Source text from token `from` to token `to` (inclusive), as written. */
  slice(from, to) {
    const a = this.tokens[from];
    const b = this.tokens[to];
    if (!a || !b || to < from) return "";
    return this.sql.slice(a.start, b.end);
  }
  /** Skips a balanced `( … )` at the cursor; returns the raw text inside. */
  parenthesized() {
    if (!this.atOp("(")) return void 0;
    const open = this.i;
    let depth = 0;
    while (!this.done) {
      const t = this.next();
      if (t.kind !== "op") continue;
      if (t.text === "(") depth++;
      else if (t.text === ")" && --depth === 0) return this.slice(open + 1, this.i - 2);
    }
    return this.slice(open + 1, this.tokens.length - 1);
  }
  /** Consumes tokens up to (not including) a `,` or `)` at depth 0, or a keyword in `stop` at depth 0. */
  until(stop = NO_STOP) {
    const from = this.i;
    let depth = 0;
    while (!this.done) {
      const t = this.peek();
      if (t.kind === "op") {
        if (t.text === "(") depth++;
        else if (t.text === ")") {
          if (depth === 0) break;
          depth--;
        } else if (t.text === "," && depth === 0) break;
      } else if (depth === 0 && stop.has(this.words[this.i])) break;
      this.i++;
    }
    return { from, to: this.i - 1 };
  }
  name() {
    const t = this.peek();
    if (!isIdentifier(t)) return void 0;
    this.i++;
    return identifierName(t);
  }
  /** `[schema.]name`: returns the name and schema. */
  qualifiedName() {
    const token = this.peek();
    const first = this.name();
    if (first === void 0 || !token) return void 0;
    if (this.atOp(".")) {
      this.i++;
      const nameToken = this.peek();
      const second = this.name();
      if (second !== void 0 && nameToken) return { name: second, schema: first, token: nameToken };
    }
    return { name: first, token };
  }
  /** `( name, name … )` as plain names (terms that are not a single name are kept as written). */
  nameList() {
    const names = [];
    if (!this.acceptOp("(")) return names;
    while (!this.done && !this.atOp(")")) {
      const { from, to } = this.until(KEY_TERM_END);
      const term = this.tokens[from];
      if (to === from && term) names.push(identifierName(term));
      else if (to >= from) names.push(this.slice(from, to));
      this.until();
      if (!this.acceptOp(",")) break;
    }
    this.acceptOp(")");
    return names;
  }
};
function pos(t) {
  return t ? { line: t.line, column: t.column } : { line: 1, column: 1 };
}
function skipConflictClause(c) {
  if (c.accept("on", "conflict")) c.next();
}
function parseReferences(c, columns, name, at) {
  const table = c.qualifiedName()?.name ?? "";
  const refColumns = c.atOp("(") ? c.nameList() : [];
  let onDelete;
  let onUpdate;
  for (; ; ) {
    if (c.accept("on")) {
      const which = c.next()?.text.toLowerCase();
      let action2;
      if (c.accept("set", "null")) action2 = "SET NULL";
      else if (c.accept("set", "default")) action2 = "SET DEFAULT";
      else if (c.accept("no", "action")) action2 = "NO ACTION";
      else action2 = (c.next()?.text ?? "").toUpperCase();
      if (which === "delete") onDelete = action2;
      else if (which === "update") onUpdate = action2;
    } else if (c.accept("match")) {
      c.next();
    } else if (c.accept("not", "deferrable") || c.accept("deferrable")) {
      if (c.accept("initially")) c.next();
    } else break;
  }
  const fk = {
    columns,
    table,
    refColumns,
    position: pos(at),
    ...name !== void 0 && { name },
    ...onDelete !== void 0 && { onDelete },
    ...onUpdate !== void 0 && { onUpdate }
  };
  return fk;
}
function parseCheck(c, name, at) {
  const expression = c.parenthesized() ?? "";
  return { expression, position: pos(at), ...name !== void 0 && { name } };
}
function parseColumn(c, sink) {
  const nameToken = c.peek();
  const name = c.name() ?? "";
  const typeRange = c.until(COLUMN_CONSTRAINT_START);
  const type = c.slice(typeRange.from, typeRange.to);
  let primaryKey;
  let notNull = false;
  let unique = false;
  const checks = [];
  let defaultValue;
  let collate;
  let references;
  let generated;
  let constraintName;
  let constraintStart;
  while (!c.done && !c.atOp(",") && !c.atOp(")")) {
    const at = constraintStart ?? c.peek();
    if (c.accept("constraint")) {
      constraintStart = at;
      constraintName = c.name();
      continue;
    }
    const named = constraintName;
    constraintName = void 0;
    constraintStart = void 0;
    if (c.accept("primary", "key")) {
      const desc = c.accept("desc");
      if (!desc) c.accept("asc");
      skipConflictClause(c);
      const autoincrement = c.accept("autoincrement");
      primaryKey = {
        kind: "primary-key",
        columns: [name],
        autoincrement,
        desc,
        position: pos(at),
        ...named !== void 0 && { name: named }
      };
      sink.keys.push(primaryKey);
    } else if (c.accept("not", "null")) {
      notNull = true;
      skipConflictClause(c);
    } else if (c.accept("null")) {
      skipConflictClause(c);
    } else if (c.accept("unique")) {
      unique = true;
      skipConflictClause(c);
      sink.keys.push({
        kind: "unique",
        columns: [name],
        autoincrement: false,
        desc: false,
        position: pos(at),
        ...named !== void 0 && { name: named }
      });
    } else if (c.accept("check")) {
      const check = parseCheck(c, named, at);
      checks.push(check);
      sink.checks.push(check);
    } else if (c.accept("default")) {
      if (c.atOp("(")) {
        const from = c.i;
        c.parenthesized();
        defaultValue = c.slice(from, c.i - 1);
      } else {
        const from = c.i;
        while (c.atOp("-") || c.atOp("+")) c.next();
        c.next();
        defaultValue = c.slice(from, c.i - 1);
      }
    } else if (c.accept("collate")) {
      collate = c.name();
    } else if (c.accept("references")) {
      references = parseReferences(c, [name], named, at);
      sink.foreignKeys.push(references);
    } else if (c.accept("generated", "always", "as") || c.accept("as")) {
      const expression = c.parenthesized() ?? "";
      const stored = c.accept("stored");
      if (!stored) c.accept("virtual");
      generated = { kind: stored ? "stored" : "virtual", expression };
    } else {
      c.next();
    }
  }
  const column = {
    name,
    type,
    position: pos(nameToken),
    notNull,
    unique,
    checks,
    ...primaryKey && { primaryKey },
    ...defaultValue !== void 0 && { default: defaultValue },
    ...collate !== void 0 && { collate },
    ...references && { references },
    ...generated && { generated }
  };
  return column;
}
function parseTableConstraint(c, sink) {
  let name;
  const at = c.peek();
  if (c.accept("constraint")) name = c.name();
  const keyword = c.peek();
  if (c.accept("primary", "key") || c.accept("unique")) {
    const kind = isKeyword(keyword, "unique") ? "unique" : "primary-key";
    const open = c.i;
    const columns = c.nameList();
    const autoincrement = c.tokens.slice(open, c.i).some((t) => isKeyword(t, "autoincrement"));
    skipConflictClause(c);
    sink.keys.push({
      kind,
      columns,
      autoincrement,
      desc: false,
      position: pos(at),
      ...name !== void 0 && { name }
    });
  } else if (c.accept("check")) {
    sink.checks.push(parseCheck(c, name, at));
  } else if (c.accept("foreign", "key")) {
    const columns = c.nameList();
    if (c.accept("references")) sink.foreignKeys.push(parseReferences(c, columns, name, at));
  }
  c.until();
}
function parseCreateTable(c, temporary) {
  const ifNotExists = c.accept("if", "not", "exists");
  const qn = c.qualifiedName();
  if (!qn) return void 0;
  const sink = { keys: [], checks: [], foreignKeys: [] };
  const columns = [];
  let asSelect = false;
  let strict = false;
  let withoutRowid = false;
  if (c.accept("as")) {
    asSelect = true;
  } else if (c.acceptOp("(")) {
    while (!c.done && !c.atOp(")")) {
      const first = c.peek();
      if (first.kind === "word" && TABLE_CONSTRAINT_START.has(first.text.toLowerCase())) {
        parseTableConstraint(c, sink);
      } else {
        columns.push(parseColumn(c, sink));
      }
      if (!c.acceptOp(",")) break;
    }
    c.acceptOp(")");
    while (!c.done) {
      if (c.accept("strict")) strict = true;
      else if (c.accept("without", "rowid")) withoutRowid = true;
      else c.next();
    }
  }
  return {
    kind: "create-table",
    name: qn.name,
    ...qn.schema !== void 0 && { schema: qn.schema },
    temporary,
    ifNotExists,
    position: pos(qn.token),
    columns,
    keys: sink.keys,
    checks: sink.checks,
    foreignKeys: sink.foreignKeys,
    strict,
    withoutRowid,
    asSelect
  };
}
function parseCreateVirtualTable(c) {
  const ifNotExists = c.accept("if", "not", "exists");
  const qn = c.qualifiedName();
  if (!qn) return void 0;
  const virtualModule = c.accept("using") ? c.name() : void 0;
  return {
    kind: "create-table",
    name: qn.name,
    ...qn.schema !== void 0 && { schema: qn.schema },
    temporary: false,
    ifNotExists,
    position: pos(qn.token),
    columns: [],
    keys: [],
    checks: [],
    foreignKeys: [],
    strict: false,
    withoutRowid: false,
    asSelect: false,
    ...virtualModule !== void 0 && { virtualModule }
  };
}
function parseCreateIndex(c, unique) {
  const ifNotExists = c.accept("if", "not", "exists");
  const qn = c.qualifiedName();
  if (!qn || !c.accept("on")) return void 0;
  const table = c.name() ?? "";
  const columns = [];
  if (c.acceptOp("(")) {
    while (!c.done && !c.atOp(")")) {
      const { from, to } = c.until(INDEX_TERM_END);
      let collate;
      let desc = false;
      for (; ; ) {
        if (c.accept("collate")) collate = c.name();
        else if (c.accept("desc")) desc = true;
        else if (!c.accept("asc")) break;
      }
      const term = c.tokens[from];
      const plain = to === from && term && (term.kind === "word" || term.kind === "quoted");
      columns.push({
        expression: c.slice(from, to),
        desc,
        ...plain && { column: identifierName(term) },
        ...collate !== void 0 && { collate }
      });
      c.until();
      if (!c.acceptOp(",")) break;
    }
    c.acceptOp(")");
  }
  let where;
  if (c.accept("where")) {
    const from = c.i;
    let to = c.tokens.length - 1;
    while (to >= from && c.tokens[to].text === ";") to--;
    where = c.slice(from, to);
  }
  return {
    kind: "create-index",
    name: qn.name,
    table,
    unique,
    ifNotExists,
    position: pos(qn.token),
    columns,
    ...where !== void 0 && { where }
  };
}
function parseCreateView(c) {
  const ifNotExists = c.accept("if", "not", "exists");
  const qn = c.qualifiedName();
  if (!qn) return void 0;
  const columns = c.atOp("(") ? c.nameList() : [];
  if (!c.accept("as")) return void 0;
  const from = c.i;
  let to = c.tokens.length - 1;
  while (to >= from && c.tokens[to].text === ";") to--;
  return {
    kind: "create-view",
    name: qn.name,
    ifNotExists,
    position: pos(qn.token),
    columns,
    select: c.slice(from, to)
  };
}
function parseCreateTrigger(c) {
  const ifNotExists = c.accept("if", "not", "exists");
  const qn = c.qualifiedName();
  if (!qn) return void 0;
  while (!c.done && !c.accept("on")) c.next();
  const table = c.qualifiedName()?.name ?? "";
  return { kind: "create-trigger", name: qn.name, table, ifNotExists, position: pos(qn.token) };
}
function parseAlterTable(c, at, sql) {
  const qn = c.qualifiedName();
  if (!qn) return void 0;
  let action2;
  if (c.accept("rename", "to")) {
    const to = c.name();
    if (to !== void 0) action2 = { kind: "rename-table", to };
  } else if (c.accept("rename")) {
    c.accept("column");
    const from = c.name();
    const to = c.accept("to") ? c.name() : void 0;
    if (from !== void 0 && to !== void 0) action2 = { kind: "rename-column", from, to };
  } else if (c.accept("add")) {
    c.accept("column");
    const definitionStart = c.peek()?.start ?? sql.length;
    const sink = { keys: [], checks: [], foreignKeys: [] };
    action2 = { kind: "add-column", column: parseColumn(c, sink), definitionStart };
  } else if (c.accept("drop")) {
    c.accept("column");
    const column = c.name();
    if (column !== void 0) action2 = { kind: "drop-column", column };
  }
  return action2 && { kind: "alter-table", table: qn.name, position: pos(at), action: action2 };
}
function parseStatement(sql) {
  const c = new Cursor(significantTokens(sql), sql);
  const first = c.peek();
  if (!first) return void 0;
  if (c.accept("create")) {
    const temporary = c.accept("temp") || c.accept("temporary");
    if (c.accept("table")) return parseCreateTable(c, temporary);
    if (c.accept("virtual", "table")) return parseCreateVirtualTable(c);
    if (c.accept("unique", "index")) return parseCreateIndex(c, true);
    if (c.accept("index")) return parseCreateIndex(c, false);
    if (c.accept("view")) return parseCreateView(c);
    if (c.accept("trigger")) return parseCreateTrigger(c);
    return void 0;
  }
  if (c.accept("alter", "table")) return parseAlterTable(c, first, sql);
  if (c.accept("drop")) {
    const object = c.next()?.text.toLowerCase();
    if (!isObjectType(object)) return void 0;
    c.accept("if", "exists");
    const qn = c.qualifiedName();
    return qn && { kind: "drop", object, name: qn.name, position: pos(qn.token) };
  }
  return void 0;
}
function isObjectType(word) {
  return word === "table" || word === "index" || word === "view" || word === "trigger";
}
function parseCreateTableSql(sql) {
  const parsed = parseStatement(sql);
  return parsed?.kind === "create-table" ? parsed : void 0;
}
function parseAlterTableSql(sql) {
  const parsed = parseStatement(sql);
  return parsed?.kind === "alter-table" ? parsed : void 0;
}
function statementTable(sql) {
  const c = new Cursor(significantTokens(sql), sql);
  if (c.accept("alter", "table")) return c.qualifiedName()?.name;
  if (c.accept("insert") || c.accept("replace")) {
    while (!c.done && !c.accept("into")) c.next();
    return c.qualifiedName()?.name;
  }
  if (c.accept("update")) {
    if (c.accept("or")) c.next();
    return c.qualifiedName()?.name;
  }
  if (c.accept("delete", "from")) return c.qualifiedName()?.name;
  if (isKeyword(c.peek(), "create")) {
    const parsed = parseStatement(sql);
    if (parsed?.kind === "create-index" || parsed?.kind === "create-trigger")
      return parsed.table || void 0;
  }
  return void 0;
}

// src/sqlite/inspect.ts
var NOT_INTERNAL = `name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`;
var TABLES_QUERY = `
SELECT t.name, t.type, t.wr, t.strict, s.sql
FROM pragma_table_list AS t JOIN sqlite_schema AS s ON s.name = t.name
WHERE t.schema = 'main' AND t.type IN ('table', 'virtual') AND t.${NOT_INTERNAL}`;
var TABLE_NAMES = `
SELECT name FROM pragma_table_list
WHERE schema = 'main' AND type IN ('table', 'virtual') AND ${NOT_INTERNAL}`;
var COLUMNS = {
  select: 'c.cid, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden',
  from: (t) => `pragma_table_xinfo(${t}) AS c`,
  order: "c.cid"
};
var INDEXES = {
  select: 'l.name, l."unique", l.origin, l.partial, s.sql',
  from: (t) => `pragma_index_list(${t}) AS l LEFT JOIN sqlite_schema AS s ON s.type = 'index' AND s.name = l.name`,
  order: "l.name"
};
var INDEX_COLUMNS = {
  select: 'x.seqno, x.cid, x.name, x."desc", x.coll',
  from: (t) => `pragma_index_list(${t}) AS l JOIN pragma_index_xinfo(l.name) AS x`,
  owner: "l.name",
  where: "x.key = 1",
  order: "l.name, x.seqno"
};
var FOREIGN_KEYS = {
  select: 'f.id, f.seq, f."table", f."from", f."to", f.on_update, f.on_delete',
  from: (t) => `pragma_foreign_key_list(${t}) AS f`,
  order: "f.id DESC, f.seq"
};
var OBJECTS_QUERY = `
SELECT type, name, tbl_name, sql FROM sqlite_schema
WHERE type IN ('view', 'trigger') AND ${NOT_INTERNAL} ORDER BY name`;
function readRows(stmt, into = []) {
  let names;
  while (stmt.step()) {
    names ??= stmt.getColumnNames();
    const values = stmt.get();
    into.push(Object.fromEntries(names.map((name, k) => [name, values[k]])));
  }
  return into;
}
function query(db, sql, params = []) {
  const stmt = db.prepare(sql);
  try {
    stmt.bind(params);
    return readRows(stmt);
  } finally {
    stmt.free();
  }
}
function facetSql(facet, table, tables) {
  const where = facet.where ? `WHERE ${facet.where}` : "";
  return `SELECT ${facet.owner ?? table} AS owner, ${facet.select} FROM ${tables} ${facet.from(table)} ${where} ORDER BY ${facet.order}`;
}
function groupByOwner(rows, into = /* @__PURE__ */ new Map()) {
  for (const row of rows) {
    const owner = String(row.owner);
    const group = into.get(owner);
    if (group) group.push(row);
    else into.set(owner, [row]);
  }
  return into;
}
function readFacet(db, facet, tables) {
  try {
    return groupByOwner(query(db, facetSql(facet, "t.name", `(${TABLE_NAMES}) AS t JOIN`)));
  } catch {
    const stmt = db.prepare(facetSql(facet, "?1", ""));
    const groups = /* @__PURE__ */ new Map();
    try {
      for (const table of tables) {
        try {
          stmt.bind([table]);
          groupByOwner(readRows(stmt), groups);
        } catch {
        } finally {
          stmt.reset();
        }
      }
    } finally {
      stmt.free();
    }
    return groups;
  }
}
var str = (v) => v === null || v === void 0 ? "" : String(v);
function byName(a, b) {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function action(v) {
  const a = str(v).toUpperCase();
  return a === "" || a === "NO ACTION" ? void 0 : a;
}
function withSource(value, source) {
  return source ? { ...value, source } : value;
}
function same(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}
function isRowidAlias(parsed, column, type, pkCount) {
  if (pkCount !== 1 || type.trim().toUpperCase() !== "INTEGER" || parsed?.withoutRowid) return false;
  const def = parsed?.columns.find((c) => same(c.name, column));
  return !def?.primaryKey?.desc;
}
function inspectColumns(facts, table, parsed, locate) {
  const rows = (facts.columns.get(table) ?? []).filter((r) => Number(r.hidden) !== 1);
  const pkRows = rows.filter((r) => Number(r.pk) > 0).sort((a, b) => Number(a.pk) - Number(b.pk));
  const primaryKey = pkRows.map((r) => str(r.name));
  const columns = rows.map((r) => {
    const name = str(r.name);
    const type = str(r.type);
    const affinity = affinityOf(type);
    const def = parsed?.columns.find((c) => same(c.name, name));
    const rowidAlias = Number(r.pk) > 0 && isRowidAlias(parsed, name, type, pkRows.length);
    const hidden = Number(r.hidden);
    const defaultValue = normalizeDefault(r.dflt_value, affinity);
    const collate = def?.collate?.toUpperCase();
    const column = {
      name,
      type,
      affinity,
      notNull: Number(r.notnull) === 1 || rowidAlias || parsed?.withoutRowid === true && Number(r.pk) > 0,
      ...defaultValue !== void 0 && { default: defaultValue },
      ...(hidden === 2 || hidden === 3) && {
        generated: {
          kind: hidden === 3 ? "stored" : "virtual",
          expression: normalizeExpression(def?.generated?.expression ?? "")
        }
      },
      ...collate !== void 0 && collate !== "BINARY" && { collate }
    };
    return withSource(column, locate.column?.(table, name));
  });
  return { columns, primaryKey };
}
function indexColumnText(row, term) {
  const cid = Number(row.cid);
  let text;
  if (cid === -2) text = normalizeExpression(term?.expression ?? "");
  else if (cid === -1) text = "rowid";
  else text = str(row.name);
  if (term?.collate !== void 0) text += ` COLLATE ${term.collate.toUpperCase()}`;
  if (Number(row.desc) === 1) text += " DESC";
  return text;
}
function inspectIndexes(facts, table, locate) {
  const indexes = (facts.indexes.get(table) ?? []).map((r) => {
    const name = str(r.name);
    const parsed = r.sql ? parseStatement(str(r.sql)) : void 0;
    const create = parsed?.kind === "create-index" ? parsed : void 0;
    const columns = (facts.indexColumns.get(name) ?? []).map(
      (x, k) => indexColumnText(x, create?.columns[k])
    );
    const origin = str(r.origin);
    const index = {
      name,
      columns,
      unique: Number(r.unique) === 1,
      ...Number(r.partial) === 1 && create?.where !== void 0 && { where: normalizeExpression(create.where, { ownTable: table }) },
      origin: origin === "u" || origin === "pk" ? origin : "c"
    };
    return withSource(index, locate.index?.(name, table));
  });
  return indexes.sort(byName);
}
function inspectForeignKeys(facts, table, locate) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of facts.foreignKeys.get(table) ?? []) {
    const id = Number(r.id);
    groups.set(id, [...groups.get(id) ?? [], r]);
  }
  return [...groups.values()].map((rows) => {
    const first = rows[0];
    const columns = rows.map((r) => str(r.from));
    const refColumns = rows.every((r) => r.to === null) ? [] : rows.map((r) => str(r.to));
    const onDelete = action(first.on_delete);
    const onUpdate = action(first.on_update);
    const fk = {
      columns,
      table: str(first.table),
      refColumns,
      ...onDelete !== void 0 && { onDelete },
      ...onUpdate !== void 0 && { onUpdate }
    };
    const source = locate.foreignKey?.(table, columns) ?? locate.column?.(table, columns[0] ?? "");
    return withSource(fk, source);
  });
}
function inspectChecks(table, parsed, locate) {
  return (parsed?.checks ?? []).map((c, k) => {
    const check = {
      ...c.name !== void 0 && { name: c.name },
      expression: normalizeExpression(c.expression)
    };
    return withSource(check, locate.check?.(table, k));
  });
}
function inspectTable(facts, row, locate) {
  const name = str(row.name);
  const parsedStatement = row.sql ? parseStatement(str(row.sql)) : void 0;
  const parsed = parsedStatement?.kind === "create-table" ? parsedStatement : void 0;
  const { columns, primaryKey } = inspectColumns(facts, name, parsed, locate);
  const autoincrement = parsed?.keys.some((k) => k.kind === "primary-key" && k.autoincrement) ?? false;
  const table = {
    name,
    columns,
    primaryKey,
    ...autoincrement && { autoincrement: true },
    indexes: inspectIndexes(facts, name, locate),
    foreignKeys: inspectForeignKeys(facts, name, locate),
    checks: inspectChecks(name, parsed, locate),
    ...Number(row.strict) === 1 && { strict: true },
    ...Number(row.wr) === 1 && { withoutRowid: true }
  };
  return withSource(table, locate.table?.(name));
}
function inspectViews(rows, locate) {
  return rows.filter((r) => r.type === "view").map((r) => {
    const name = str(r.name);
    const parsed = parseStatement(str(r.sql));
    const select = parsed?.kind === "create-view" ? parsed.select : str(r.sql);
    return withSource({ name, definition: normalizeExpression(select) }, locate.view?.(name));
  });
}
function inspectTriggers(rows, locate) {
  return rows.filter((r) => r.type === "trigger").map((r) => {
    const name = str(r.name);
    const trigger = { name, table: str(r.tbl_name), definition: normalizeExpression(str(r.sql)) };
    return withSource(trigger, locate.trigger?.(name));
  });
}
var SHADOW_SUFFIXES = [
  "content",
  "segments",
  "segdir",
  "docsize",
  "stat",
  "data",
  "idx",
  "config",
  "node",
  "parent",
  "rowid"
];
function withoutShadowTables(rows) {
  const virtual = rows.filter((r) => r.type === "virtual").map((r) => str(r.name).toLowerCase());
  const shadows = new Set(virtual.flatMap((v) => SHADOW_SUFFIXES.map((suffix) => `${v}_${suffix}`)));
  return rows.filter((r) => r.type === "virtual" || !shadows.has(str(r.name).toLowerCase()));
}
function inspectSchema(db, locate = {}) {
  const rows = withoutShadowTables(query(db, TABLES_QUERY));
  const names = rows.map((r) => str(r.name));
  const facts = {
    columns: readFacet(db, COLUMNS, names),
    indexes: readFacet(db, INDEXES, names),
    indexColumns: readFacet(db, INDEX_COLUMNS, names),
    foreignKeys: readFacet(db, FOREIGN_KEYS, names)
  };
  const tables = rows.map((row) => inspectTable(facts, row, locate)).sort(byName);
  const objects = query(db, OBJECTS_QUERY);
  return {
    tables,
    views: inspectViews(objects, locate).sort(byName),
    triggers: inspectTriggers(objects, locate).sort(byName)
  };
}

export {
  absolutePosition,
  locationAt,
  parseStatement,
  parseCreateTableSql,
  parseAlterTableSql,
  statementTable,
  inspectSchema
};
