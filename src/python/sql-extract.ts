import type { Blocked, Statement } from '../migrations/types.js';
import { splitStatements } from '../sqlite/split.js';
import { callArgs, dottedName, type PyNode, statementsOf, unwrap } from './ast.js';
import { evalString, type StringValue } from './strings.js';

/**
 * The SQL statements a Python string literal holds. A verbatim literal maps positions 1:1 onto the
 * file, so each statement gets its own line; otherwise all are located at the literal.
 */
export function statementsInString(value: StringValue, path: string): Statement[] {
  if (value.verbatim)
    return splitStatements(value.value, path, { startLine: value.line, startColumn: value.column });
  return splitStatements(value.value, path).map((s) => ({
    ...s,
    location: { path, line: value.line, column: value.column },
  }));
}

/**
 * Extracts, in execution order, the SQL a Python migration function runs: string literals passed
 * to `execute` / `executescript` / `text()` or to helpers such as `execute_sql(conn, "…", …)`.
 * What is only known at run time (placeholders, unresolvable loops, conditions) becomes a blocked
 * step at its line, so replay reports it instead of silently skipping it.
 */

const SQL_START =
  /^\s*(?:--[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|WITH|SELECT|BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|ANALYZE|VACUUM|REINDEX)\b/i;
/** Statements SQL sometimes shares its first word with prose ("Create index on goals"). */
const PROSE =
  /^\s*(create|alter|drop|insert|update|delete|select)\s+(a|an|the|new|missing|index on|column to)\b/i;

const EXECUTE = new Set([
  'execute',
  'executescript',
  'executemany',
  'exec_driver_sql',
  'execute_sql',
  'run_sql',
]);

export const COMMAND_MODE_HINT =
  'run the project’s own migration runner in command mode: "migrations": { "command": "… --db {db}" }';

export function looksLikeSql(text: string): boolean {
  return SQL_START.test(text) && !PROSE.test(text);
}

export interface ExtractOptions {
  readonly path: string;
  /** Module-level functions of the same file, for descending into local helpers. */
  readonly functions: ReadonlyMap<string, PyNode>;
  /** Module-level names bound to literals (`SQL = """…"""`, `STATEMENTS = [...]`). */
  readonly constants: ReadonlyMap<string, PyNode>;
}

type Env = Map<string, PyNode>;

export class SqlExtractor {
  readonly statements: Statement[] = [];
  private depth = 0;

  constructor(private readonly options: ExtractOptions) {}

  private blocked(node: PyNode, message: string): void {
    const blocked: Blocked = { message, hint: COMMAND_MODE_HINT };
    this.statements.push({
      sql: '',
      location: { path: this.options.path, line: node.line, column: node.column },
      blocked,
    });
  }

  /** execute() and executescript() alike: a string holding several statements yields them all. */
  private emit(value: StringValue): void {
    this.statements.push(...statementsInString(value, this.options.path));
  }

  /** Interprets a function body. */
  run(fn: PyNode): void {
    this.block(statementsOf(fn.fields.body), new Map());
  }

  private block(stmts: readonly PyNode[], env: Env): boolean {
    for (const stmt of stmts) {
      if (!this.statement(stmt, env)) return false;
    }
    return true;
  }

  /** Returns false after `return` / `raise`. */
  private statement(stmt: PyNode, env: Env): boolean {
    switch (stmt.type) {
      case 'return_statement':
        if (stmt.children[0]) this.expression(stmt.children[0], env);
        return false;
      case 'raise_statement':
        return false;
      case 'assignment': {
        const right = stmt.fields.right;
        const left = stmt.fields.left;
        if (right) this.expression(right, env);
        if (left?.type === 'identifier' && right) env.set(left.text, right);
        return true;
      }
      case 'augmented_assignment': {
        const left = stmt.fields.left;
        if (left?.type === 'identifier') env.set(left.text, stmt); // no longer a plain literal
        return true;
      }
      case 'with_statement':
        for (const item of stmt.children.find((c) => c.type === 'with_clause')?.children ?? []) {
          if (item.fields.value) this.expression(item.fields.value, env);
        }
        return this.block(statementsOf(stmt.fields.body), env);
      case 'try_statement': {
        const body = statementsOf(stmt.fields.body);
        const ok = this.block(body, env);
        const fin = stmt.children.find((c) => c.type === 'finally_clause');
        if (fin)
          this.block(
            fin.children.flatMap((c) => (c.type === 'block' ? statementsOf(c) : [])),
            env,
          );
        return ok;
      }
      case 'if_statement':
        return this.ifStatement(stmt, env);
      case 'for_statement':
        return this.forStatement(stmt, env);
      case 'while_statement':
        if (this.containsSql(stmt))
          this.blocked(stmt, 'a while loop runs SQL a number of times known only at run time');
        return true;
      case 'function_definition':
      case 'class_definition':
      case 'decorated_definition':
        return true;
      default:
        this.expression(stmt, env);
        return true;
    }
  }

  private ifStatement(stmt: PyNode, env: Env): boolean {
    const condition = stmt.fields.condition;
    const branches = {
      ifTrue: statementsOf(stmt.fields.consequence),
      ifFalse: statementsOf(
        stmt.children.find((c) => c.type === 'else_clause')?.children.find((c) => c.type === 'block'),
      ),
    };
    const hasElif = stmt.children.some((c) => c.type === 'elif_clause');
    const guard = condition ? existenceGuard(condition) : undefined;
    if (guard !== undefined && !hasElif) {
      // `if not column_exists(...)`: replaying from zero, nothing exists yet.
      return this.block(guard ? branches.ifTrue : branches.ifFalse, env);
    }
    if (this.containsSql(stmt)) {
      this.blocked(
        stmt,
        `the SQL here depends on a run-time condition (if ${condition?.text.slice(0, 60) ?? ''})`,
      );
    }
    return true;
  }

  private forStatement(stmt: PyNode, env: Env): boolean {
    const target = stmt.fields.left;
    const items = this.literalList(stmt.fields.right, env);
    if (!items || target?.type !== 'identifier') {
      if (this.containsSql(stmt)) {
        this.blocked(
          stmt,
          `a loop over ${stmt.fields.right?.text.slice(0, 60) ?? 'values'} runs SQL known only at run time`,
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

  private literalList(node: PyNode | undefined, env: Env): readonly PyNode[] | undefined {
    if (!node) return undefined;
    const n = unwrap(node);
    if (n.type === 'list' || n.type === 'tuple') return n.children;
    if (n.type === 'identifier') {
      const bound = env.get(n.text) ?? this.options.constants.get(n.text);
      if (bound && bound !== n) return this.literalList(bound, env);
    }
    return undefined;
  }

  private containsSql(node: PyNode): boolean {
    let found = false;
    const visit = (n: PyNode) => {
      if (found) return;
      if (n.type === 'call') {
        const name = calleeName(n);
        if (name && EXECUTE.has(name)) found = true;
      }
      if (
        (n.type === 'string' || n.type === 'concatenated_string') &&
        looksLikeSql(n.text.replace(/^[a-zA-Z]*("""|'''|"|')/, ''))
      ) {
        found = true;
      }
      for (const c of n.children) visit(c);
    };
    visit(node);
    return found;
  }

  /** Calls inside an expression, innermost arguments first (Python's evaluation order). */
  private expression(node: PyNode, env: Env): void {
    const n = unwrap(node);
    if (n.type === 'call') {
      this.call(n, env);
      return;
    }
    for (const child of n.children) this.expression(child, env);
  }

  private call(call: PyNode, env: Env): void {
    const name = calleeName(call);
    const args = callArgs(call);
    if (name && EXECUTE.has(name)) {
      // execute(sql, params): the SQL is the first argument (after a connection for helpers).
      const sqlArg =
        name === 'execute_sql' || name === 'run_sql'
          ? (args.positional.find((a) => this.sqlOf(a, env)?.kind === 'string') ??
            args.positional[1] ??
            args.positional[0])
          : args.positional[0];
      if (!sqlArg) return;
      const sql = this.sqlOf(sqlArg, env);
      if (sql?.kind === 'string') this.emit(sql.value);
      else if (sql?.kind === 'dynamic')
        this.blocked(sqlArg, `dynamic SQL (${sql.reason}) is only known at run time`);
      else
        this.blocked(
          sqlArg,
          `the SQL passed to ${name}() (${sqlArg.text.slice(0, 60)}) is only known at run time`,
        );
      return;
    }
    if (name === 'text') {
      const sql = args.positional[0] && this.sqlOf(args.positional[0], env);
      if (sql?.kind === 'string') this.emit(sql.value);
      return;
    }
    // A helper taking SQL as an argument: execute_sql(conn, "ALTER …", "description", dry_run)
    for (const arg of args.positional) {
      const sql = this.sqlOf(arg, env);
      if (sql?.kind === 'string' && looksLikeSql(sql.value.value)) {
        this.emit(sql.value);
        return;
      }
      if (sql?.kind === 'dynamic' && looksLikeSql(unwrap(arg).text.replace(/^[a-zA-Z]*("""|'''|"|')/, ''))) {
        this.blocked(arg, `dynamic SQL (${sql.reason}) is only known at run time`);
        return;
      }
    }
    for (const arg of [...args.positional, ...args.keywords.values()]) this.expression(arg, env);
    // A module-level helper without SQL arguments: its own body runs here.
    const local =
      call.fields.function?.type === 'identifier'
        ? this.options.functions.get(call.fields.function.text)
        : undefined;
    if (local && this.depth < 4) {
      this.depth++;
      this.block(statementsOf(local.fields.body), new Map());
      this.depth--;
    }
  }

  /** The SQL string an argument holds: a literal, text("…"), or a name bound to one. */
  private sqlOf(
    node: PyNode,
    env: Env,
    seen = 0,
  ): { kind: 'string'; value: StringValue } | { kind: 'dynamic'; reason: string } | undefined {
    const n = unwrap(node);
    if (n.type === 'call' && calleeName(n) === 'text' && callArgs(n).positional[0]) {
      return this.sqlOf(callArgs(n).positional[0]!, env, seen + 1);
    }
    if (n.type === 'identifier' && seen < 8) {
      const bound = env.get(n.text) ?? this.options.constants.get(n.text);
      if (!bound) return { kind: 'dynamic', reason: `${n.text} is not a literal in this module` };
      if (bound.type === 'augmented_assignment')
        return { kind: 'dynamic', reason: `${n.text} is built up at run time` };
      return this.sqlOf(bound, env, seen + 1);
    }
    const result = evalString(n);
    if (result.kind === 'string') return { kind: 'string', value: result };
    if (result.kind === 'dynamic') return { kind: 'dynamic', reason: result.reason };
    return undefined;
  }
}

/** The last name of a call's callee: `conn.execute` → execute, `op.execute` → execute. */
export function calleeName(call: PyNode): string | undefined {
  const fn = call.fields.function;
  if (!fn) return undefined;
  if (fn.type === 'identifier') return fn.text;
  if (fn.type === 'attribute') return fn.fields.attribute?.text;
  return dottedName(fn);
}

/**
 * `not table_exists(...)` → true, `column_exists(...)` → false: whether the condition holds when
 * replaying from an empty database; undefined when it is not an existence check.
 */
function existenceGuard(condition: PyNode): boolean | undefined {
  let n = unwrap(condition);
  let negated = false;
  while (n.type === 'not_operator' && n.fields.argument) {
    negated = !negated;
    n = unwrap(n.fields.argument);
  }
  if (n.type !== 'call') return undefined;
  const name = calleeName(n)?.toLowerCase() ?? '';
  if (!/(exist|^has_|_has_|^is_applied|already)/.test(name)) return undefined;
  return negated;
}
