import type { Node } from 'web-tree-sitter';

/**
 * A Python syntax node as plain data: the shape of tree-sitter-python's tree, detached from WASM
 * memory so the interpreters built on it are pure functions over ordinary objects.
 */
export interface PyNode {
  readonly type: string;
  readonly text: string;
  /** 1-based line and column (UTF-16 code units) of the node's first character. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  /** First child under each field name (anonymous children too, e.g. `operator`). */
  readonly fields: Readonly<Record<string, PyNode>>;
  /** Named children in order, comments excluded. */
  readonly children: readonly PyNode[];
}

/** Converts a tree-sitter node; lines with ERROR / MISSING nodes are collected into `errorLines`. */
export function toPyNode(node: Node, errorLines: number[]): PyNode {
  const fields: Record<string, PyNode> = {};
  const children: PyNode[] = [];
  const count = node.childCount;
  for (let i = 0; i < count; i++) {
    const child = node.child(i);
    if (!child) continue;
    if (child.isError || child.isMissing) errorLines.push(child.startPosition.row + 1);
    if (child.type === 'comment') continue;
    const field = node.fieldNameForChild(i);
    const converted = child.isNamed || field ? toPyNode(child, errorLines) : undefined;
    if (!converted) continue;
    if (field && !(field in fields)) fields[field] = converted;
    if (child.isNamed) children.push(converted);
  }
  return {
    type: node.type,
    text: node.text,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    fields,
    children,
  };
}

/** Strips parentheses around an expression. */
export function unwrap(node: PyNode): PyNode {
  let n = node;
  while (n.type === 'parenthesized_expression' && n.children.length === 1) n = n.children[0]!;
  return n;
}

/** `a.b.c` as a dotted string, or undefined when the expression is not a plain name chain. */
export function dottedName(node: PyNode): string | undefined {
  const n = unwrap(node);
  if (n.type === 'identifier') return n.text;
  if (n.type === 'attribute') {
    const object = n.fields.object;
    const attribute = n.fields.attribute;
    if (!object || !attribute) return undefined;
    const left = dottedName(object);
    return left === undefined ? undefined : `${left}.${attribute.text}`;
  }
  if (n.type === 'dotted_name') return n.children.map((c) => c.text).join('.');
  return undefined;
}

export interface CallArgs {
  readonly positional: readonly PyNode[];
  readonly keywords: ReadonlyMap<string, PyNode>;
  /** `*args` or `**kwargs` present: the argument list is not fully known statically. */
  readonly splat: boolean;
}

/** A call's arguments split into positional and keyword ones. */
export function callArgs(call: PyNode): CallArgs {
  const positional: PyNode[] = [];
  const keywords = new Map<string, PyNode>();
  let splat = false;
  const list = call.fields.arguments;
  if (list && list.type === 'argument_list') {
    for (const arg of list.children) {
      if (arg.type === 'keyword_argument') {
        const name = arg.fields.name?.text;
        const value = arg.fields.value;
        if (name && value) keywords.set(name, value);
      } else if (arg.type === 'list_splat' || arg.type === 'dictionary_splat') {
        splat = true;
      } else {
        positional.push(arg);
      }
    }
  } else if (list) {
    positional.push(list); // f(x for x in y)
  }
  return { positional, keywords, splat };
}

/** The expression statements and assignments of a block, looking through `expression_statement`. */
export function statementsOf(block: PyNode | undefined): readonly PyNode[] {
  if (!block) return [];
  return block.children.map((s) =>
    s.type === 'expression_statement' && s.children.length === 1 ? s.children[0]! : s,
  );
}

/** Depth-first pre-order walk; return false from `visit` to skip a node's children. */
export function walk(node: PyNode, visit: (n: PyNode) => boolean | undefined): void {
  if (visit(node) === false) return;
  for (const child of node.children) walk(child, visit);
}

/** Literal `True` / `False`, or undefined. */
export function boolValue(node: PyNode | undefined): boolean | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'true') return true;
  if (n.type === 'false') return false;
  return undefined;
}

/** Literal integer (decimal, with `_` separators), or undefined. */
export function intValue(node: PyNode | undefined): number | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'integer' && /^[0-9_]+$/.test(n.text)) return Number(n.text.replace(/_/g, ''));
  if (n.type === 'unary_operator' && n.text.startsWith('-')) {
    const inner = n.fields.argument ? intValue(n.fields.argument) : undefined;
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}

/** Elements of a tuple / list / set literal (parentheses unwrapped), or undefined. */
export function sequenceItems(node: PyNode | undefined): readonly PyNode[] | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'tuple' || n.type === 'list' || n.type === 'set' || n.type === 'expression_list')
    return n.children;
  return undefined;
}
