import type * as ts from 'typescript';
import type { Finding } from '../../findings.js';
import type { SourceRef } from '../../schema/types.js';
import { modelError } from '../model-error.js';
import {
  callText,
  firstParameter,
  type MethodCall,
  methodChain,
  objectProperty,
  propertyName,
  refOf,
  returnedExpression,
  stringValue,
  unwrap,
} from './ast.js';
import { applyCasing, type Casing } from './casing.js';
import type { DrizzleColumn, DrizzleForeignKey, DrizzleIndex, DrizzleTable } from './ir.js';
import type { Binding, Module, ModuleGraph } from './modules.js';
import type { TS } from './typescript.js';

/**
 * Reads `sqliteTable(…)` declarations statically: follows names through imports and re-exports,
 * evaluates literal arguments and `sql` templates, and reports anything else as a `model-error`
 * at its line. User code is never run.
 */

const SQLITE_CORE = 'drizzle-orm/sqlite-core';
const BUILDERS = new Set(['integer', 'int', 'text', 'real', 'numeric', 'blob']);
/** Values drizzle-orm supplies itself: on insert (`$default`), or on update and, lacking a `$default`, insert. */
const INSERT_DEFAULT_METHODS = new Set(['$default', '$defaultFn']);
const UPDATE_DEFAULT_METHODS = new Set(['$onUpdate', '$onUpdateFn']);

/** How columns inside `sql` are written: drizzle-kit uses `"table"."col"` in checks and WHERE, `"col"` elsewhere. */
type SqlMode = 'qualified' | 'unqualified';

class Unreadable extends Error {
  constructor(
    message: string,
    readonly node: ts.Node,
  ) {
    super(message);
  }
}

/** Names in scope inside a table's callbacks: the columns parameter (`t`) stands for the table. */
interface Scope {
  readonly module: Module;
  readonly self?: {
    readonly param: string;
    readonly table: DrizzleTable;
    readonly keys: ReadonlyMap<string, DrizzleColumn>;
  };
}

type JsValue =
  | string
  | number
  | boolean
  | bigint
  | null
  | readonly JsValue[]
  | { readonly [k: string]: JsValue };

interface ColumnChain {
  readonly base: ts.Expression;
  /** The module the base builder call is written in. */
  readonly module: Module;
  readonly calls: readonly { readonly call: MethodCall; readonly module: Module }[];
}

interface TableFactory {
  readonly rename: (name: string) => string;
}

export class DrizzleEvaluator {
  readonly findings: Finding[] = [];
  readonly #tables = new Map<ts.Node, { table: DrizzleTable; keys: Map<string, DrizzleColumn> } | null>();

  constructor(
    private readonly graph: ModuleGraph,
    private readonly casing: Casing,
  ) {}

  private get t() {
    return this.graph.t;
  }

  // ── name resolution ─────────────────────────────────────────────────────

  /** `{module, name}` of the package import an expression names, when it names one. */
  private external(module: Module, expr: ts.Expression): { module: string; name: string } | undefined {
    const t = this.t;
    const n = unwrap(t, expr);
    if (t.isIdentifier(n)) {
      const b = this.graph.binding(module, n.text);
      if (!b) return { module: '', name: n.text };
      return b.kind === 'external' ? { module: b.module, name: b.name } : undefined;
    }
    if (t.isPropertyAccessExpression(n) && t.isIdentifier(n.expression)) {
      const b = this.graph.binding(module, n.expression.text);
      if (b?.kind === 'external' && b.name === '*') return { module: b.module, name: n.name.text };
    }
    return undefined;
  }

  /**
   * Whether `expr` is drizzle's function `name`: imported under that name from a package (drizzle-orm,
   * or a path alias such as `@/db/core` that re-exports it), or used unbound under that name.
   */
  private isDrizzle(module: Module, expr: ts.Expression, name: string, from = SQLITE_CORE): boolean {
    const ext = this.external(module, expr);
    if (!ext || ext.name !== name) return false;
    return (
      ext.module === '' ||
      ext.module === from ||
      ext.module.startsWith('drizzle-orm') ||
      !ext.module.startsWith('.')
    );
  }

  private localBinding(scope: Scope, expr: ts.Expression): Binding | undefined {
    const t = this.t;
    const n = unwrap(t, expr);
    if (t.isIdentifier(n)) return this.graph.binding(scope.module, n.text);
    if (t.isPropertyAccessExpression(n)) {
      const owner = this.localBinding(scope, n.expression);
      if (owner?.kind === 'namespace') return this.graph.exported(owner.module, n.name.text);
    }
    return undefined;
  }

  // ── tables ──────────────────────────────────────────────────────────────

  private tableFactory(module: Module, callee: ts.Expression): TableFactory | undefined {
    if (this.isDrizzle(module, callee, 'sqliteTable')) return { rename: (name) => name };
    const t = this.t;
    const b = this.localBinding({ module }, callee);
    if (b?.kind !== 'local' || !isExpression(t, b.node)) return undefined;
    const init = unwrap(t, b.node);
    if (!t.isCallExpression(init) || !this.isDrizzle(b.module, init.expression, 'sqliteTableCreator'))
      return undefined;
    const fn = init.arguments[0];
    const param = fn && firstParameter(t, fn);
    const body = fn && returnedExpression(t, fn);
    if (!param || !body) throw new Unreadable('sqliteTableCreator(…) naming function cannot be read', init);
    return { rename: (name) => this.evalNaming(body, param, name) };
  }

  /** `(name) => \`prefix_${name}\`` applied to `name`. */
  private evalNaming(body: ts.Expression, param: string, name: string): string {
    const t = this.t;
    const n = unwrap(t, body);
    if (t.isIdentifier(n) && n.text === param) return name;
    const literal = stringValue(t, n);
    if (literal !== undefined) return literal;
    if (t.isTemplateExpression(n)) {
      let out = n.head.text;
      for (const span of n.templateSpans)
        out += this.evalNaming(span.expression, param, name) + span.literal.text;
      return out;
    }
    if (t.isBinaryExpression(n) && n.operatorToken.kind === t.SyntaxKind.PlusToken) {
      return this.evalNaming(n.left, param, name) + this.evalNaming(n.right, param, name);
    }
    throw new Unreadable('sqliteTableCreator(…) naming function cannot be read', n);
  }

  /** Whether a top-level initializer is a table declaration. */
  isTable(module: Module, node: ts.Node): boolean {
    const t = this.t;
    if (!isExpression(t, node)) return false;
    const n = unwrap(t, node);
    try {
      return t.isCallExpression(n) && this.tableFactory(module, n.expression) !== undefined;
    } catch {
      return true;
    }
  }

  /** The table a top-level initializer declares (evaluated once); undefined when it cannot be read. */
  table(module: Module, node: ts.Node): DrizzleTable | undefined {
    return this.#table(module, node)?.table;
  }

  #table(module: Module, node: ts.Node) {
    if (this.#tables.has(node)) return this.#tables.get(node) ?? undefined;
    const t = this.t;
    this.#tables.set(node, null);
    const call = unwrap(t, node as ts.Expression) as ts.CallExpression;
    try {
      const factory = this.tableFactory(module, call.expression);
      if (!factory) return undefined;
      const rawName = stringValue(t, call.arguments[0]);
      if (rawName === undefined)
        throw new Unreadable('table name is not a string literal', call.arguments[0] ?? call);
      const table: DrizzleTable = {
        name: factory.rename(rawName),
        baseName: rawName,
        columns: [],
        indexes: [],
        foreignKeys: [],
        checks: [],
        at: refOf(module.source, call, module.path),
      };
      const keys = new Map<string, DrizzleColumn>();
      const entry = { table, keys };
      const columnsArg = call.arguments[1];
      if (!columnsArg) throw new Unreadable('sqliteTable(…) has no columns', call);
      const pending = this.readColumns(module, columnsArg, table, keys);
      // Cached before references are followed, so self-references and cycles find it.
      this.#tables.set(node, entry);
      const scope = (param: string | undefined): Scope => ({
        module,
        ...(param === undefined ? {} : { self: { param, table, keys } }),
      });
      for (const p of pending) this.guard(table, () => p(scope(undefined)));
      const extras = call.arguments[2];
      if (extras) this.guard(table, () => this.readExtras(extras, scope(firstParameter(t, extras)), table));
      return entry;
    } catch (error) {
      this.report(module, error, undefined);
      return undefined;
    }
  }

  private guard(table: DrizzleTable, run: () => void): void {
    try {
      run();
    } catch (error) {
      this.report(undefined, error, table.name);
    }
  }

  private report(module: Module | undefined, error: unknown, table: string | undefined): void {
    if (!(error instanceof Unreadable)) throw error;
    const source = error.node.getSourceFile();
    const at: SourceRef = refOf(source, error.node, module?.path ?? source.fileName);
    this.findings.push(modelError(`cannot read statically: ${error.message}`, at, table));
  }

  // ── columns ─────────────────────────────────────────────────────────────

  /** Reads the columns; returns the `.references(…)` to follow once the table is cached. */
  private readColumns(
    module: Module,
    arg: ts.Expression,
    table: DrizzleTable,
    keys: Map<string, DrizzleColumn>,
  ): ((scope: Scope) => void)[] {
    const t = this.t;
    let object = unwrap(t, arg);
    let builderParam: string | undefined;
    if (t.isArrowFunction(object) || t.isFunctionExpression(object)) {
      builderParam = firstParameter(t, object);
      const returned = returnedExpression(t, object);
      if (!returned) throw new Unreadable('columns callback does not return an object', object);
      object = unwrap(t, returned);
    }
    const pending: ((scope: Scope) => void)[] = [];
    for (const [key, expr, at, owner] of this.objectEntries(module, object)) {
      try {
        // A spread column is read in the module that writes it (its imports, its lines).
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
  private objectEntries(
    module: Module,
    node: ts.Expression,
    depth = 0,
  ): [string, ts.Expression, ts.Node, Module][] {
    const t = this.t;
    const n = unwrap(t, node);
    if (!t.isObjectLiteralExpression(n)) throw new Unreadable('columns are not an object literal', n);
    const out: [string, ts.Expression, ts.Node, Module][] = [];
    for (const p of n.properties) {
      if (t.isPropertyAssignment(p)) {
        const key = propertyName(t, p.name);
        if (key === undefined) throw new Unreadable('computed column key', p.name);
        out.push([key, p.initializer, p, module]);
      } else if (t.isSpreadAssignment(p)) {
        const b = this.localBinding({ module }, p.expression);
        if (b?.kind !== 'local' || !isExpression(t, b.node) || depth > 5) {
          throw new Unreadable('spread columns do not come from an object constant', p);
        }
        out.push(...this.objectEntries(b.module, b.node, depth + 1));
      } else throw new Unreadable('column is not a `key: builder` property', p);
    }
    return out;
  }

  private builderName(
    module: Module,
    base: ts.Expression,
    builderParam: string | undefined,
  ): string | undefined {
    const t = this.t;
    if (!t.isCallExpression(base)) return undefined;
    const callee = unwrap(t, base.expression);
    if (t.isPropertyAccessExpression(callee) && t.isIdentifier(callee.expression)) {
      if (callee.expression.text === builderParam) return callee.name.text;
    }
    const ext = this.external(module, callee);
    if (ext && BUILDERS.has(ext.name)) return ext.name;
    return undefined;
  }

  /** `customType<…>({ dataType() { return 'x' } })` bound to the builder's name → `x`. */
  private customType(module: Module, base: ts.Expression): string | undefined {
    const t = this.t;
    if (!t.isCallExpression(base)) return undefined;
    const b = this.localBinding({ module }, base.expression);
    if (b?.kind !== 'local' || !isExpression(t, b.node)) return undefined;
    const init = unwrap(t, b.node);
    if (!t.isCallExpression(init) || !this.isDrizzle(b.module, init.expression, 'customType'))
      return undefined;
    const options = unwrap(t, init.arguments[0] ?? init);
    if (!t.isObjectLiteralExpression(options)) return undefined;
    for (const p of options.properties) {
      if (!p.name || propertyName(t, p.name) !== 'dataType') continue;
      const fn = t.isMethodDeclaration(p) ? p : t.isPropertyAssignment(p) ? p.initializer : undefined;
      const body = fn && (t.isMethodDeclaration(fn) ? fn.body : undefined);
      const returned = body
        ? body.statements.find(t.isReturnStatement)?.expression
        : fn && isExpression(t, fn)
          ? returnedExpression(t, fn)
          : undefined;
      const type = stringValue(t, returned);
      if (type === undefined)
        throw new Unreadable('customType dataType() does not return a string literal', p);
      return type;
    }
    return undefined;
  }

  /**
   * A column's builder chain, with calls to column helper functions (`createdAt: timestamps()`,
   * `function timestamps(name = 'created_at') { return integer(name)… }`) expanded in place.
   */
  private columnChain(module: Module, expr: ts.Expression, depth = 0): ColumnChain {
    const t = this.t;
    const { base, calls } = methodChain(t, expr);
    const own = calls.map((call) => ({ call, module }));
    if (!t.isCallExpression(base) || depth > 5) return { base, module, calls: own };
    const b = this.localBinding({ module }, base.expression);
    if (b?.kind !== 'local') return { base, module, calls: own };
    const fn = b.node;
    const params =
      t.isFunctionDeclaration(fn) || t.isArrowFunction(fn) || t.isFunctionExpression(fn)
        ? fn.parameters
        : undefined;
    const body = t.isFunctionDeclaration(fn)
      ? fn.body?.statements.find(t.isReturnStatement)?.expression
      : returnedExpression(t, fn as ts.Expression);
    if (!params || !body) return { base, module, calls: own };
    const frame = new Map<string, ts.Expression>();
    params.forEach((p, i) => {
      const value = base.arguments[i] ?? p.initializer;
      if (t.isIdentifier(p.name) && value) frame.set(p.name.text, value);
    });
    this.#env.push(frame);
    const inner = this.columnChain(b.module, body, depth + 1);
    return { base: inner.base, module: inner.module, calls: [...inner.calls, ...own] };
  }

  /** Parameters of the column helpers being expanded. */
  readonly #env: Map<string, ts.Expression>[] = [];

  /** A string literal, or a helper parameter bound to one. */
  private str(expr: ts.Expression | undefined): string | undefined {
    const t = this.t;
    const n = expr && unwrap(t, expr);
    if (n && t.isIdentifier(n)) {
      for (let i = this.#env.length - 1; i >= 0; i--) {
        const bound = this.#env[i]!.get(n.text);
        if (bound) return stringValue(t, bound);
      }
    }
    return stringValue(t, n);
  }

  private readColumn(
    owner: Module,
    key: string,
    expr: ts.Expression,
    table: DrizzleTable,
    keys: Map<string, DrizzleColumn>,
    builderParam: string | undefined,
    at: ts.Node,
  ): { column: DrizzleColumn; later: ((scope: Scope) => void)[] } {
    const envDepth = this.#env.length;
    try {
      return this.readColumnChain(owner, key, expr, table, keys, builderParam, at);
    } finally {
      this.#env.length = envDepth;
    }
  }

  private readColumnChain(
    owner: Module,
    key: string,
    expr: ts.Expression,
    table: DrizzleTable,
    keys: Map<string, DrizzleColumn>,
    builderParam: string | undefined,
    at: ts.Node,
  ): { column: DrizzleColumn; later: ((scope: Scope) => void)[] } {
    const t = this.t;
    const { base, module, calls } = this.columnChain(owner, expr);
    const builder = this.builderName(module, base, builderParam);
    const custom = builder ? undefined : this.customType(module, base);
    if (!builder && custom === undefined)
      throw new Unreadable(`column ${key} is not a drizzle column builder`, expr);
    const args = t.isCallExpression(base) ? base.arguments : ([] as unknown as ts.NodeArray<ts.Expression>);
    const explicitName = this.str(args[0]);
    const config = explicitName === undefined ? args[0] : args[1];
    const rawName = explicitName ?? key;
    const name = explicitName ?? applyCasing(this.casing, key);
    let type = custom ?? 'integer';
    if (builder === 'text') {
      const length = objectProperty(t, config, 'length');
      const value = length && this.literal(module, length);
      type = typeof value === 'number' ? `text(${value})` : 'text';
    } else if (builder && builder !== 'integer' && builder !== 'int') type = builder;
    let notNull = false;
    let primaryKey = false;
    let autoIncrement = false;
    let unique: string | undefined;
    let defaultSql: string | undefined;
    let insertDefault: string | undefined;
    let updateDefault: string | undefined;
    const later: ((scope: Scope) => void)[] = [];
    for (const { call, module: cm } of calls) {
      switch (call.name) {
        case 'notNull':
          notNull = true;
          break;
        case 'primaryKey': {
          primaryKey = true;
          notNull = true;
          const auto = objectProperty(t, call.args[0], 'autoIncrement');
          autoIncrement =
            (builder === 'integer' || builder === 'int') &&
            auto !== undefined &&
            this.literal(module, auto) === true;
          break;
        }
        case 'default':
          defaultSql = this.defaultValue(cm, call.args[0] ?? call.node);
          break;
        case 'unique':
          unique = this.str(call.args[0]) ?? `${table.name}_${rawName}_unique`;
          break;
        case 'generatedAlwaysAs': {
          const mode: 'stored' | 'virtual' =
            stringValue(t, objectProperty(t, call.args[1], 'mode')) === 'stored' ? 'stored' : 'virtual';
          const as = call.args[0] ?? call.node;
          // Read once the table is known: the expression may name the table being declared.
          later.push(() => {
            const current = keys.get(key)!;
            const updated = { ...current, generated: { expression: this.generatedExpression(cm, as), mode } };
            keys.set(key, updated);
            table.columns[table.columns.indexOf(current)] = updated;
          });
          break;
        }
        case 'references': {
          const target = call.args[0] && returnedExpression(t, call.args[0]);
          const actions = call.args[1];
          const nodeAt = refOf(cm.source, call.node, cm.path);
          if (!target) throw new Unreadable('references() target is not `() => table.column`', call.node);
          later.push((scope) => {
            const ref = this.columnRef({ ...scope, module: cm }, target);
            table.foreignKeys.push({
              columns: [name],
              table: ref.table.name,
              refColumns: [ref.column.name],
              onDelete: this.action(cm, objectProperty(t, actions, 'onDelete')),
              onUpdate: this.action(cm, objectProperty(t, actions, 'onUpdate')),
              at: nodeAt,
            });
          });
          break;
        }
        case '$type':
          break;
        default:
          if (INSERT_DEFAULT_METHODS.has(call.name)) insertDefault = callText(t, cm.source, call);
          else if (UPDATE_DEFAULT_METHODS.has(call.name)) updateDefault = callText(t, cm.source, call);
          else throw new Unreadable(`unknown column method .${call.name}()`, call.node);
      }
    }
    const appDefault = insertDefault ?? updateDefault;
    const column: DrizzleColumn = {
      key,
      name,
      configName: rawName,
      type,
      notNull,
      primaryKey,
      autoIncrement,
      ...(defaultSql === undefined ? {} : { default: defaultSql }),
      ...(appDefault === undefined ? {} : { appDefault }),
      ...(unique === undefined ? {} : { uniqueName: unique }),
      at: refOf(owner.source, at, owner.path),
    };
    return { column, later };
  }

  private action(module: Module, expr: ts.Expression | undefined): string {
    if (!expr) return 'no action';
    const value = this.literal(module, expr);
    if (typeof value !== 'string') throw new Unreadable('referential action is not a string literal', expr);
    return value;
  }

  /** drizzle-kit's rendering of `.default(value)`. */
  private defaultValue(module: Module, expr: ts.Expression): string {
    const t = this.t;
    const n = unwrap(t, expr);
    if (t.isTaggedTemplateExpression(n) || t.isCallExpression(n)) {
      return this.sqlText({ module }, n, undefined);
    }
    const value = this.literal(module, n);
    if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
    if (value === null || typeof value === 'object') return `'${JSON.stringify(value)}'`;
    return String(value);
  }

  private generatedExpression(module: Module, expr: ts.Expression): string {
    const t = this.t;
    const n = unwrap(t, expr);
    const literal = stringValue(t, n);
    if (literal !== undefined) return `(${literal})`;
    const body = t.isArrowFunction(n) || t.isFunctionExpression(n) ? returnedExpression(t, n) : n;
    if (!body) throw new Unreadable('generatedAlwaysAs() expression cannot be read', n);
    return `(${this.sqlText({ module }, body, 'unqualified')})`;
  }

  /** A JavaScript literal value: strings, numbers, booleans, null, arrays, objects, and constants holding them. */
  literal(module: Module, expr: ts.Expression, depth = 0): JsValue {
    const t = this.t;
    const n = unwrap(t, expr);
    const text = stringValue(t, n);
    if (text !== undefined) return text;
    if (t.isNumericLiteral(n)) return Number(n.text);
    if (t.isBigIntLiteral(n)) return BigInt(n.text.slice(0, -1));
    if (n.kind === t.SyntaxKind.TrueKeyword) return true;
    if (n.kind === t.SyntaxKind.FalseKeyword) return false;
    if (n.kind === t.SyntaxKind.NullKeyword) return null;
    if (t.isPrefixUnaryExpression(n) && n.operator === t.SyntaxKind.MinusToken) {
      const v = this.literal(module, n.operand, depth);
      if (typeof v === 'number') return -v;
      if (typeof v === 'bigint') return -v;
    }
    if (t.isArrayLiteralExpression(n)) return n.elements.map((e) => this.literal(module, e, depth));
    if (t.isObjectLiteralExpression(n)) {
      const out: Record<string, JsValue> = {};
      for (const p of n.properties) {
        const key = t.isPropertyAssignment(p) ? propertyName(t, p.name) : undefined;
        if (!t.isPropertyAssignment(p) || key === undefined)
          throw new Unreadable('object value cannot be read', p);
        out[key] = this.literal(module, p.initializer, depth);
      }
      return out;
    }
    if (t.isIdentifier(n) && depth < 10) {
      for (let i = this.#env.length - 1; i >= 0; i--) {
        const bound = this.#env[i]!.get(n.text);
        if (bound) return this.literal(module, bound, depth + 1);
      }
      const b = this.graph.binding(module, n.text);
      if (b?.kind === 'local' && isExpression(t, b.node)) return this.literal(b.module, b.node, depth + 1);
    }
    throw new Unreadable('value is not a literal', n);
  }

  // ── sql`…` ──────────────────────────────────────────────────────────────

  /** The SQL text of a `sql` template, as drizzle-kit renders it into DDL. */
  sqlText(scope: Scope, expr: ts.Expression, mode: SqlMode | undefined): string {
    const t = this.t;
    const n = unwrap(t, expr);
    if (t.isTaggedTemplateExpression(n) && this.isDrizzle(scope.module, n.tag, 'sql', 'drizzle-orm')) {
      const template = n.template;
      if (t.isNoSubstitutionTemplateLiteral(template)) return template.text;
      let out = template.head.text;
      for (const span of template.templateSpans)
        out += this.sqlChunk(scope, span.expression, mode) + span.literal.text;
      return out;
    }
    // sql.raw('…')
    if (
      t.isCallExpression(n) &&
      t.isPropertyAccessExpression(n.expression) &&
      n.expression.name.text === 'raw'
    ) {
      if (this.isDrizzle(scope.module, n.expression.expression, 'sql', 'drizzle-orm')) {
        const raw = stringValue(t, n.arguments[0]);
        if (raw !== undefined) return raw;
      }
    }
    throw new Unreadable('not a sql`…` template drizzle-kit can write into DDL', n);
  }

  private sqlChunk(scope: Scope, expr: ts.Expression, mode: SqlMode | undefined): string {
    const t = this.t;
    const n = unwrap(t, expr);
    if (t.isTaggedTemplateExpression(n) || t.isCallExpression(n)) return this.sqlText(scope, n, mode);
    const table = this.tableRef(scope, n);
    if (table) return `"${table.name}"`;
    if (t.isPropertyAccessExpression(n) && mode !== undefined) {
      const ref = this.columnRef(scope, n);
      return mode === 'qualified' ? `"${ref.table.name}"."${ref.column.name}"` : `"${ref.column.name}"`;
    }
    throw new Unreadable('a value inside sql`…` becomes a query parameter, which DDL cannot hold', n);
  }

  // ── references ──────────────────────────────────────────────────────────

  private tableRef(scope: Scope, expr: ts.Expression): DrizzleTable | undefined {
    const t = this.t;
    const n = unwrap(t, expr);
    if (t.isIdentifier(n) && scope.self?.param === n.text) return scope.self.table;
    const b = this.localBinding(scope, n);
    if (b?.kind !== 'local' || !this.isTable(b.module, b.node)) return undefined;
    return this.table(b.module, b.node);
  }

  /** `t.col`, `users.col` or `schema.users.col` → the table and column. */
  columnRef(scope: Scope, expr: ts.Expression): { table: DrizzleTable; column: DrizzleColumn } {
    const t = this.t;
    const n = unwrap(t, expr);
    if (!t.isPropertyAccessExpression(n)) throw new Unreadable('not a column reference', n);
    const key = n.name.text;
    const owner = unwrap(t, n.expression);
    if (t.isIdentifier(owner) && scope.self?.param === owner.text) {
      const column = scope.self.keys.get(key);
      if (!column) throw new Unreadable(`no column ${key} in this table`, n);
      return { table: scope.self.table, column };
    }
    const b = this.localBinding(scope, owner);
    if (b?.kind === 'local' && this.isTable(b.module, b.node)) {
      const entry = this.#table(b.module, b.node);
      const column = entry?.keys.get(key);
      if (entry && column) return { table: entry.table, column };
    }
    throw new Unreadable(`cannot resolve column reference ${n.getText()}`, n);
  }

  // ── extras: indexes, keys, checks ───────────────────────────────────────

  private readExtras(fn: ts.Expression, scope: Scope, table: DrizzleTable): void {
    const t = this.t;
    const returned = returnedExpression(t, fn);
    if (!returned) throw new Unreadable('table extras are not a function returning an array or object', fn);
    const items: ts.Expression[] = [];
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
        else throw new Unreadable('table extras entry cannot be read', p);
      }
    } else throw new Unreadable('table extras are not an array or object literal', r);
    for (const item of items) this.guard(table, () => this.readExtra(scope, item, table));
  }

  private readExtra(scope: Scope, expr: ts.Expression, table: DrizzleTable): void {
    const t = this.t;
    const { base, calls } = methodChain(t, expr);
    if (!t.isCallExpression(base)) throw new Unreadable('table extras entry is not a drizzle call', expr);
    const at = refOf(scope.module.source, expr, scope.module.path);
    const kind = ['index', 'uniqueIndex', 'unique', 'primaryKey', 'foreignKey', 'check'].find((k) =>
      this.isDrizzle(scope.module, base.expression, k),
    );
    const call = (name: string) => calls.find((c) => c.name === name);
    const columnName = (e: ts.Expression) => this.columnRef(scope, e).column;
    switch (kind) {
      case 'index':
      case 'uniqueIndex': {
        const name = stringValue(t, base.arguments[0]);
        if (name === undefined) throw new Unreadable('index name is not a string literal', base);
        const on = call('on');
        if (!on) throw new Unreadable('index has no .on(…)', expr);
        const columns = on.args.map((a) => {
          const u = unwrap(t, a);
          return t.isPropertyAccessExpression(u)
            ? { text: columnName(u).name, expression: false }
            : { text: this.sqlText(scope, u, 'unqualified'), expression: true };
        });
        const where = call('where');
        const whereArg = where?.args[0];
        const index: DrizzleIndex = {
          name,
          columns,
          unique: kind === 'uniqueIndex',
          ...(whereArg ? { where: this.sqlText(scope, whereArg, 'qualified') } : {}),
          at,
        };
        table.indexes.push(index);
        return;
      }
      case 'unique': {
        const on = call('on');
        if (!on) throw new Unreadable('unique() has no .on(…)', expr);
        const columns = on.args.map(columnName);
        // drizzle-orm names it from the columns' names before casing.
        const name =
          stringValue(t, base.arguments[0]) ??
          `${table.name}_${columns.map((c) => c.configName).join('_')}_unique`;
        table.indexes.push({
          name,
          columns: columns.map((c) => ({ text: c.name, expression: false })),
          unique: true,
          at,
        });
        return;
      }
      case 'primaryKey': {
        const config = base.arguments[0];
        const list = objectProperty(t, config, 'columns');
        const refs = list
          ? (() => {
              const u = unwrap(t, list);
              if (!t.isArrayLiteralExpression(u))
                throw new Unreadable('primaryKey columns are not an array', list);
              return [...u.elements];
            })()
          : [...base.arguments];
        const columns = refs.map(columnName);
        if (columns.length === 1) {
          const index = table.columns.indexOf(columns[0]!);
          table.columns[index] = { ...columns[0]!, primaryKey: true };
        } else table.compositePrimaryKey = columns.map((c) => c.name);
        return;
      }
      case 'foreignKey': {
        const config = unwrap(t, base.arguments[0] ?? base);
        const body = t.isArrowFunction(config) ? returnedExpression(t, config) : config;
        const cols = this.columnList(scope, objectProperty(t, body, 'columns'));
        const refs = this.columnList(scope, objectProperty(t, body, 'foreignColumns'));
        if (cols.length === 0 || cols.length !== refs.length) {
          throw new Unreadable('foreignKey columns and foreignColumns do not match', base);
        }
        const onDelete = call('onDelete')?.args[0];
        const onUpdate = call('onUpdate')?.args[0];
        const fk: DrizzleForeignKey = {
          columns: cols.map((c) => c.column.name),
          table: refs[0]!.table.name,
          refColumns: refs.map((r) => r.column.name),
          onDelete: this.action(scope.module, onDelete),
          onUpdate: this.action(scope.module, onUpdate),
          at,
        };
        table.foreignKeys.push(fk);
        return;
      }
      case 'check': {
        const name = stringValue(t, base.arguments[0]);
        const value = base.arguments[1];
        if (name === undefined || !value) throw new Unreadable('check(name, sql`…`) cannot be read', base);
        table.checks.push({ name, expression: this.sqlText(scope, value, 'qualified'), at });
        return;
      }
      default:
        throw new Unreadable(
          'table extras entry is not index/uniqueIndex/unique/primaryKey/foreignKey/check',
          expr,
        );
    }
  }

  private columnList(scope: Scope, list: ts.Expression | undefined) {
    const t = this.t;
    const u = list && unwrap(t, list);
    if (!u || !t.isArrayLiteralExpression(u))
      throw new Unreadable('expected an array of columns', list ?? scope.module.source);
    return u.elements.map((e) => this.columnRef(scope, e));
  }
}

/** Module locals are initializer expressions or function declarations. */
function isExpression(t: TS, node: ts.Node): node is ts.Expression {
  return !t.isFunctionDeclaration(node);
}
