import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  callArgs,
  dottedName,
  evalString,
  statementsOf,
  unwrap
} from "./chunk-DILQ42IL.js";
import {
  splitStatements
} from "./chunk-7CDKS73Z.js";

// src/python/sql-extract.ts
function statementsInString(value, path) {
  if (value.verbatim)
    return splitStatements(value.value, path, { startLine: value.line, startColumn: value.column });
  return splitStatements(value.value, path).map((s) => ({
    ...s,
    location: { path, line: value.line, column: value.column }
  }));
}
var SQL_START = /^\s*(?:--[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|WITH|SELECT|BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|ANALYZE|VACUUM|REINDEX)\b/i;
var PROSE = /^\s*(create|alter|drop|insert|update|delete|select)\s+(a|an|the|new|missing|index on|column to)\b/i;
var EXECUTE = /* @__PURE__ */ new Set([
  "execute",
  "executescript",
  "executemany",
  "exec_driver_sql",
  "execute_sql",
  "run_sql"
]);
var COMMAND_MODE_HINT = 'run the project\u2019s own migration runner in command mode: "migrations": { "command": "\u2026 --db {db}" }';
function looksLikeSql(text) {
  return SQL_START.test(text) && !PROSE.test(text);
}
var SqlExtractor = class {
  constructor(options) {
    this.options = options;
  }
  options;
  statements = [];
  depth = 0;
  blocked(node, message) {
    const blocked = { message, hint: COMMAND_MODE_HINT };
    this.statements.push({
      sql: "",
      location: { path: this.options.path, line: node.line, column: node.column },
      blocked
    });
  }
  /** execute() and executescript() alike: a string holding several statements yields them all. */
  emit(value) {
    this.statements.push(...statementsInString(value, this.options.path));
  }
  /** Interprets a function body. */
  run(fn) {
    this.block(statementsOf(fn.fields.body), /* @__PURE__ */ new Map());
  }
  block(stmts, env) {
    for (const stmt of stmts) {
      if (!this.statement(stmt, env)) return false;
    }
    return true;
  }
  /** Returns false after `return` / `raise`. */
  statement(stmt, env) {
    switch (stmt.type) {
      case "return_statement":
        if (stmt.children[0]) this.expression(stmt.children[0], env);
        return false;
      case "raise_statement":
        return false;
      case "assignment": {
        const right = stmt.fields.right;
        const left = stmt.fields.left;
        if (right) this.expression(right, env);
        if (left?.type === "identifier" && right) env.set(left.text, right);
        return true;
      }
      case "augmented_assignment": {
        const left = stmt.fields.left;
        if (left?.type === "identifier") env.set(left.text, stmt);
        return true;
      }
      case "with_statement":
        for (const item of stmt.children.find((c) => c.type === "with_clause")?.children ?? []) {
          if (item.fields.value) this.expression(item.fields.value, env);
        }
        return this.block(statementsOf(stmt.fields.body), env);
      case "try_statement": {
        const body = statementsOf(stmt.fields.body);
        const ok = this.block(body, env);
        const fin = stmt.children.find((c) => c.type === "finally_clause");
        if (fin)
          this.block(
            fin.children.flatMap((c) => c.type === "block" ? statementsOf(c) : []),
            env
          );
        return ok;
      }
      case "if_statement":
        return this.ifStatement(stmt, env);
      case "for_statement":
        return this.forStatement(stmt, env);
      case "while_statement":
        if (this.containsSql(stmt))
          this.blocked(stmt, "a while loop runs SQL a number of times known only at run time");
        return true;
      case "function_definition":
      case "class_definition":
      case "decorated_definition":
        return true;
      default:
        this.expression(stmt, env);
        return true;
    }
  }
  ifStatement(stmt, env) {
    const condition = stmt.fields.condition;
    const branches = {
      ifTrue: statementsOf(stmt.fields.consequence),
      ifFalse: statementsOf(
        stmt.children.find((c) => c.type === "else_clause")?.children.find((c) => c.type === "block")
      )
    };
    const hasElif = stmt.children.some((c) => c.type === "elif_clause");
    const guard = condition ? existenceGuard(condition) : void 0;
    if (guard !== void 0 && !hasElif) {
      return this.block(guard ? branches.ifTrue : branches.ifFalse, env);
    }
    if (this.containsSql(stmt)) {
      this.blocked(
        stmt,
        `the SQL here depends on a run-time condition (if ${condition?.text.slice(0, 60) ?? ""})`
      );
    }
    return true;
  }
  forStatement(stmt, env) {
    const target = stmt.fields.left;
    const items = this.literalList(stmt.fields.right, env);
    if (!items || target?.type !== "identifier") {
      if (this.containsSql(stmt)) {
        this.blocked(
          stmt,
          `a loop over ${stmt.fields.right?.text.slice(0, 60) ?? "values"} runs SQL known only at run time`
        );
      }
      return true;
    }
    for (const item of items) {
      const inner = new Map(env);
      inner.set(target.text, item);
      if (!this.block(statementsOf(stmt.fields.body), inner)) return false;
    }
    return true;
  }
  literalList(node, env) {
    if (!node) return void 0;
    const n = unwrap(node);
    if (n.type === "list" || n.type === "tuple") return n.children;
    if (n.type === "identifier") {
      const bound = env.get(n.text) ?? this.options.constants.get(n.text);
      if (bound && bound !== n) return this.literalList(bound, env);
    }
    return void 0;
  }
  containsSql(node) {
    let found = false;
    const visit = (n) => {
      if (found) return;
      if (n.type === "call") {
        const name = calleeName(n);
        if (name && EXECUTE.has(name)) found = true;
      }
      if ((n.type === "string" || n.type === "concatenated_string") && looksLikeSql(n.text.replace(/^[a-zA-Z]*("""|'''|"|')/, ""))) {
        found = true;
      }
      for (const c of n.children) visit(c);
    };
    visit(node);
    return found;
  }
  /** Calls inside an expression, innermost arguments first (Python's evaluation order). */
  expression(node, env) {
    const n = unwrap(node);
    if (n.type === "call") {
      this.call(n, env);
      return;
    }
    for (const child of n.children) this.expression(child, env);
  }
  call(call, env) {
    const name = calleeName(call);
    const args = callArgs(call);
    if (name && EXECUTE.has(name)) {
      const sqlArg = name === "execute_sql" || name === "run_sql" ? args.positional.find((a) => this.sqlOf(a, env)?.kind === "string") ?? args.positional[1] ?? args.positional[0] : args.positional[0];
      if (!sqlArg) return;
      const sql = this.sqlOf(sqlArg, env);
      if (sql?.kind === "string") this.emit(sql.value);
      else if (sql?.kind === "dynamic")
        this.blocked(sqlArg, `dynamic SQL (${sql.reason}) is only known at run time`);
      else
        this.blocked(
          sqlArg,
          `the SQL passed to ${name}() (${sqlArg.text.slice(0, 60)}) is only known at run time`
        );
      return;
    }
    if (name === "text") {
      const sql = args.positional[0] && this.sqlOf(args.positional[0], env);
      if (sql?.kind === "string") this.emit(sql.value);
      return;
    }
    for (const arg of args.positional) {
      const sql = this.sqlOf(arg, env);
      if (sql?.kind === "string" && looksLikeSql(sql.value.value)) {
        this.emit(sql.value);
        return;
      }
      if (sql?.kind === "dynamic" && looksLikeSql(unwrap(arg).text.replace(/^[a-zA-Z]*("""|'''|"|')/, ""))) {
        this.blocked(arg, `dynamic SQL (${sql.reason}) is only known at run time`);
        return;
      }
    }
    for (const arg of [...args.positional, ...args.keywords.values()]) this.expression(arg, env);
    const local = call.fields.function?.type === "identifier" ? this.options.functions.get(call.fields.function.text) : void 0;
    if (local && this.depth < 4) {
      this.depth++;
      this.block(statementsOf(local.fields.body), /* @__PURE__ */ new Map());
      this.depth--;
    }
  }
  /** The SQL string an argument holds: a literal, text("…"), or a name bound to one. */
  sqlOf(node, env, seen = 0) {
    const n = unwrap(node);
    if (n.type === "call" && calleeName(n) === "text" && callArgs(n).positional[0]) {
      return this.sqlOf(callArgs(n).positional[0], env, seen + 1);
    }
    if (n.type === "identifier" && seen < 8) {
      const bound = env.get(n.text) ?? this.options.constants.get(n.text);
      if (!bound) return { kind: "dynamic", reason: `${n.text} is not a literal in this module` };
      if (bound.type === "augmented_assignment")
        return { kind: "dynamic", reason: `${n.text} is built up at run time` };
      return this.sqlOf(bound, env, seen + 1);
    }
    const result = evalString(n);
    if (result.kind === "string") return { kind: "string", value: result };
    if (result.kind === "dynamic") return { kind: "dynamic", reason: result.reason };
    return void 0;
  }
};
function calleeName(call) {
  const fn = call.fields.function;
  if (!fn) return void 0;
  if (fn.type === "identifier") return fn.text;
  if (fn.type === "attribute") return fn.fields.attribute?.text;
  return dottedName(fn);
}
function existenceGuard(condition) {
  let n = unwrap(condition);
  let negated = false;
  while (n.type === "not_operator" && n.fields.argument) {
    negated = !negated;
    n = unwrap(n.fields.argument);
  }
  if (n.type !== "call") return void 0;
  const name = calleeName(n)?.toLowerCase() ?? "";
  if (!/(exist|^has_|_has_|^is_applied|already)/.test(name)) return void 0;
  return negated;
}

export {
  statementsInString,
  COMMAND_MODE_HINT,
  SqlExtractor
};
