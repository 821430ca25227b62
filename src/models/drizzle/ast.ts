import type * as ts from 'typescript';
import type { SourceRef } from '../../schema/types.js';
import type { TS } from './typescript.js';

/** Small helpers over TypeScript syntax trees, for static reading of schema files. */

/** Strips `( … )`, `x as T`, `x satisfies T`, `x!` and `<T>x`. */
export function unwrap(t: TS, node: ts.Expression): ts.Expression {
  let n = node;
  for (;;) {
    if (t.isParenthesizedExpression(n) || t.isAsExpression(n) || t.isNonNullExpression(n)) n = n.expression;
    else if (t.isSatisfiesExpression(n) || t.isTypeAssertionExpression(n)) n = n.expression;
    else return n;
  }
}

export function refOf(source: ts.SourceFile, node: ts.Node, path: string): SourceRef {
  const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return { path, line: line + 1, column: character + 1 };
}

/** A string literal or a template without substitutions. */
export function stringValue(t: TS, node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(t, node);
  return t.isStringLiteral(n) || t.isNoSubstitutionTemplateLiteral(n) ? n.text : undefined;
}

/** The name of a property (identifier, string or numeric literal key). */
export function propertyName(t: TS, name: ts.PropertyName): string | undefined {
  if (t.isIdentifier(name) || t.isStringLiteral(name) || t.isNumericLiteral(name)) return name.text;
  if (t.isPrivateIdentifier(name)) return undefined;
  if (t.isComputedPropertyName(name)) return stringValue(t, name.expression);
  return undefined;
}

/** `{ a: x }` → the expression of property `a`. */
export function objectProperty(
  t: TS,
  node: ts.Expression | undefined,
  key: string,
): ts.Expression | undefined {
  if (!node) return undefined;
  const n = unwrap(t, node);
  if (!t.isObjectLiteralExpression(n)) return undefined;
  for (const p of n.properties) {
    if (t.isPropertyAssignment(p) && propertyName(t, p.name) === key) return p.initializer;
    if (t.isShorthandPropertyAssignment(p) && p.name.text === key) return p.name;
  }
  return undefined;
}

/** The expression a function returns: `() => x`, `() => { return x; }`, `function () { return x; }`. */
export function returnedExpression(t: TS, fn: ts.Expression): ts.Expression | undefined {
  const n = unwrap(t, fn);
  if (!t.isArrowFunction(n) && !t.isFunctionExpression(n)) return undefined;
  if (!t.isBlock(n.body)) return n.body;
  for (const statement of n.body.statements) {
    if (t.isReturnStatement(statement)) return statement.expression;
  }
  return undefined;
}

/** The first parameter's name of a function expression, when it is a plain identifier. */
export function firstParameter(t: TS, fn: ts.Expression): string | undefined {
  const n = unwrap(t, fn);
  if (!t.isArrowFunction(n) && !t.isFunctionExpression(n)) return undefined;
  const p = n.parameters[0];
  return p && t.isIdentifier(p.name) ? p.name.text : undefined;
}

export interface MethodCall {
  readonly name: string;
  readonly args: readonly ts.Expression[];
  readonly node: ts.CallExpression;
}

const SHORT_ARGUMENT = 40;

/**
 * `name(argument)` as written, for messages: the argument verbatim when short, else a function's
 * parameters with its body elided (`$defaultFn(() => …)`), else `…`.
 */
export function callText(t: TS, source: ts.SourceFile, call: MethodCall): string {
  const arg = call.args[0];
  if (!arg) return `${call.name}()`;
  const written = arg.getText(source).replace(/\s+/g, ' ');
  if (written.length <= SHORT_ARGUMENT) return `${call.name}(${written})`;
  const n = unwrap(t, arg);
  if (t.isArrowFunction(n) || t.isFunctionExpression(n)) {
    const params = n.parameters.map((p) => p.getText(source)).join(', ');
    const head = t.isArrowFunction(n) ? `(${params}) =>` : `function (${params})`;
    return `${call.name}(${head} …)`;
  }
  return `${call.name}(…)`;
}

/**
 * A builder chain `base(…).a(…).b(…)` split into its base call and the method calls in the order
 * they apply. `base` is whatever is left when no `.method(…)` call remains.
 */
export function methodChain(t: TS, node: ts.Expression): { base: ts.Expression; calls: MethodCall[] } {
  const calls: MethodCall[] = [];
  let n = unwrap(t, node);
  while (t.isCallExpression(n) && t.isPropertyAccessExpression(n.expression)) {
    const callee: ts.PropertyAccessExpression = n.expression;
    const inner = unwrap(t, callee.expression);
    // `s.integer(…)` on a namespace or the columns callback's parameter is a base, not a method.
    if (t.isIdentifier(inner)) break;
    calls.unshift({ name: callee.name.text, args: [...n.arguments], node: n });
    n = inner;
  }
  return { base: n, calls };
}
