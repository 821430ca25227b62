import { type PyNode, unwrap } from '../../python/ast.js';
import { qualifyName } from '../../python/imports.js';
import type { PyFile } from '../../python/project.js';
import { stringValue } from '../../python/strings.js';

/** A type annotation as a small term: `Mapped[Optional[int]]` → Mapped(Optional(int)). */
export type Term =
  | { readonly kind: 'name'; readonly name: string; readonly args: readonly Term[]; readonly node: PyNode }
  | { readonly kind: 'none' }
  | { readonly kind: 'union'; readonly items: readonly Term[] }
  /** A non-type argument (`Annotated[int, mapped_column(...)]`, `Literal["a"]`). */
  | { readonly kind: 'value'; readonly node: PyNode };

/** Reads an annotation (`type` node, subscript, `X | None`, string forward reference). */
export function termOf(file: PyFile, input: PyNode, reparse?: (text: string) => PyNode | undefined): Term {
  const node = input.type === 'type' && input.children.length === 1 ? input.children[0]! : unwrap(input);
  switch (node.type) {
    case 'identifier':
    case 'attribute':
      return { kind: 'name', name: qualifyName(file.scope, node.text.replace(/\s+/g, '')), args: [], node };
    case 'none':
      return { kind: 'none' };
    case 'generic_type': {
      const head = node.children[0]!;
      const params = node.children.find((c) => c.type === 'type_parameter');
      return {
        kind: 'name',
        name: qualifyName(file.scope, head.text),
        args: (params?.children ?? []).map((p) => termOf(file, p, reparse)),
        node,
      };
    }
    case 'subscript': {
      const value = node.fields.value!;
      const subs = node.children.slice(1);
      return {
        kind: 'name',
        name: qualifyName(file.scope, value.text.replace(/\s+/g, '')),
        args: subs.map((s) => termOf(file, s, reparse)),
        node,
      };
    }
    case 'binary_operator':
      if (node.fields.operator?.text === '|' && node.fields.left && node.fields.right) {
        const flat = (t: Term): Term[] => (t.kind === 'union' ? [...t.items] : [t]);
        return {
          kind: 'union',
          items: [
            ...flat(termOf(file, node.fields.left, reparse)),
            ...flat(termOf(file, node.fields.right, reparse)),
          ],
        };
      }
      return { kind: 'value', node };
    case 'string': {
      const text = stringValue(node);
      const parsed = text !== undefined && reparse ? reparse(text) : undefined;
      return parsed ? termOf(file, parsed, reparse) : { kind: 'value', node };
    }
    default:
      return { kind: 'value', node };
  }
}

const OPTIONAL = new Set(['typing.Optional', 'Optional', 'typing_extensions.Optional']);
const UNION = new Set(['typing.Union', 'Union']);
const ANNOTATED = new Set(['typing.Annotated', 'Annotated', 'typing_extensions.Annotated']);

export interface Unwrapped {
  /** The Python type inside Optional / `| None` / Annotated. */
  readonly inner: Term;
  readonly optional: boolean;
  /** `mapped_column(...)` calls found in Annotated[...] metadata, outermost last. */
  readonly annotatedColumns: readonly PyNode[];
}

/** Strips Optional / Union[..., None] / `X | None` / Annotated, recording what they said. */
export function unwrapOptional(
  term: Term,
  resolveAlias: (name: string) => Term | undefined,
  depth = 0,
): Unwrapped {
  if (depth > 8) return { inner: term, optional: false, annotatedColumns: [] };
  if (term.kind === 'name' && OPTIONAL.has(term.name) && term.args[0]) {
    const inner = unwrapOptional(term.args[0], resolveAlias, depth + 1);
    return { ...inner, optional: true };
  }
  const unionItems =
    term.kind === 'union' ? term.items : term.kind === 'name' && UNION.has(term.name) ? term.args : undefined;
  if (unionItems) {
    const rest = unionItems.filter((t) => t.kind !== 'none');
    const optional = rest.length < unionItems.length;
    if (rest.length === 1) {
      const inner = unwrapOptional(rest[0]!, resolveAlias, depth + 1);
      return { ...inner, optional: optional || inner.optional };
    }
    return { inner: term, optional, annotatedColumns: [] };
  }
  if (term.kind === 'name' && ANNOTATED.has(term.name) && term.args[0]) {
    const inner = unwrapOptional(term.args[0], resolveAlias, depth + 1);
    const columns = term.args
      .slice(1)
      .filter((a): a is Extract<Term, { kind: 'value' }> => a.kind === 'value')
      .map((a) => a.node)
      .filter((n) => n.type === 'call');
    return { ...inner, annotatedColumns: [...columns, ...inner.annotatedColumns] };
  }
  if (term.kind === 'name' && term.args.length === 0) {
    const alias = resolveAlias(term.name);
    if (alias) return unwrapOptional(alias, resolveAlias, depth + 1);
  }
  return { inner: term, optional: false, annotatedColumns: [] };
}
