import type * as ts from 'typescript';
import type { SourceRef } from '../../schema/types.js';
import { objectProperty, refOf, stringValue, unwrap } from './ast.js';
import type { Casing } from './casing.js';
import type { TS } from './typescript.js';

/** The parts of a drizzle.config.* that say where the schema is, read statically. */
export interface DrizzleConfig {
  readonly path: string;
  readonly dialect?: string;
  /** Paths or globs, relative to the config file's folder. */
  readonly schema: readonly string[];
  readonly casing: Casing;
  /** Why a field could not be read, at its place. */
  readonly problems: readonly { readonly message: string; readonly at: SourceRef }[];
}

/** The object literal a config module exports (default export, `module.exports`, or `defineConfig(…)`). */
function exportedObject(t: TS, source: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  const consts = new Map<string, ts.Expression>();
  let exported: ts.Expression | undefined;
  for (const s of source.statements) {
    if (t.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        if (t.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
      }
    } else if (t.isExportAssignment(s)) exported = s.expression;
    else if (
      t.isExpressionStatement(s) &&
      t.isBinaryExpression(s.expression) &&
      s.expression.getText(source).startsWith('module.exports')
    ) {
      exported = s.expression.right;
    }
  }
  for (let depth = 0; exported && depth < 5; depth++) {
    const n = unwrap(t, exported);
    if (t.isObjectLiteralExpression(n)) return n;
    if (t.isCallExpression(n)) exported = n.arguments[0];
    else if (t.isIdentifier(n)) exported = consts.get(n.text);
    else return undefined;
  }
  return undefined;
}

export function parseDrizzleConfig(t: TS, path: string, text: string): DrizzleConfig {
  const source = t.createSourceFile(path, text, t.ScriptTarget.Latest, true, t.ScriptKind.TS);
  const problems: { message: string; at: SourceRef }[] = [];
  const object = exportedObject(t, source);
  if (!object) {
    problems.push({ message: 'cannot find the exported config object', at: { path, line: 1 } });
    return { path, schema: [], casing: undefined, problems };
  }
  const read = (key: string): string | undefined => {
    const node = objectProperty(t, object, key);
    const value = stringValue(t, node);
    if (node && value === undefined) {
      problems.push({ message: `\`${key}\` is not a string literal`, at: refOf(source, node, path) });
    }
    return value;
  };
  const schemaNode = objectProperty(t, object, 'schema');
  const schema: string[] = [];
  const one = stringValue(t, schemaNode);
  if (one !== undefined) schema.push(one);
  else if (schemaNode && t.isArrayLiteralExpression(unwrap(t, schemaNode))) {
    for (const el of (unwrap(t, schemaNode) as ts.ArrayLiteralExpression).elements) {
      const v = stringValue(t, el);
      if (v === undefined)
        problems.push({ message: '`schema` entry is not a string literal', at: refOf(source, el, path) });
      else schema.push(v);
    }
  } else if (schemaNode) {
    problems.push({
      message: '`schema` is not a string or array literal',
      at: refOf(source, schemaNode, path),
    });
  }
  const casing = read('casing');
  const dialect = read('dialect');
  return {
    path,
    ...(dialect === undefined ? {} : { dialect }),
    schema,
    casing: casing === 'snake_case' || casing === 'camelCase' ? casing : undefined,
    problems,
  };
}
