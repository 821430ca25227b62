import { type PyNode, unwrap } from './ast.js';

/** A string literal's value, with where its text starts in the file. */
export interface StringValue {
  readonly value: string;
  readonly line: number;
  readonly column: number;
  /**
   * True when `value` is exactly the file's text from (line, column) on (one literal, no escapes),
   * so positions inside the value map 1:1 onto the file.
   */
  readonly verbatim: boolean;
}

export type StringResult =
  | ({ readonly kind: 'string' } & StringValue)
  /** An f-string with placeholders, or string formatting: only known at run time. */
  | { readonly kind: 'dynamic'; readonly node: PyNode; readonly reason: string }
  | { readonly kind: 'none' };

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** Decodes Python escape sequences of a non-raw literal body. */
function decodeEscapes(body: string, bytes: boolean): string {
  return body.replace(
    /\\(\n|[\\'"abfnrtv]|[0-7]{1,3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\})/g,
    (all, esc: string) => {
      const simple = SIMPLE_ESCAPES[esc];
      if (simple !== undefined) return simple;
      if (/^[0-7]/.test(esc)) return String.fromCharCode(Number.parseInt(esc, 8));
      if (esc[0] === 'x') return String.fromCharCode(Number.parseInt(esc.slice(1), 16));
      if (!bytes && (esc[0] === 'u' || esc[0] === 'U'))
        return String.fromCodePoint(Number.parseInt(esc.slice(1), 16));
      return all; // \N{…} and \u in bytes stay as written
    },
  );
}

interface Piece extends StringValue {}

function evalOne(node: PyNode): Piece | { dynamic: string } {
  const match = /^([a-zA-Z]*)('''|"""|'|")/.exec(node.text);
  if (!match) return { dynamic: 'not a string literal' };
  const prefix = match[1]!.toLowerCase();
  const quote = match[2]!;
  const open = match[0].length;
  const body = node.text.slice(open, node.text.length - quote.length);
  const raw = prefix.includes('r');
  const formatted = prefix.includes('f') || prefix.includes('t');
  if (formatted && node.children.some((c) => c.type === 'interpolation')) {
    return { dynamic: 'an f-string with placeholders' };
  }
  let value = raw ? body : decodeEscapes(body, prefix.includes('b'));
  if (formatted) value = value.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  const firstLineBreak = node.text.indexOf('\n');
  const openOnFirstLine = firstLineBreak < 0 || firstLineBreak >= open;
  return {
    value,
    line: node.line,
    column: node.column + (openOnFirstLine ? open : 0),
    verbatim: value === body && openOnFirstLine,
  };
}

/**
 * Evaluates a string literal expression: single or implicitly concatenated literals, any quotes,
 * r/b/u prefixes, and f-strings without placeholders. `%`-formatting, `.format()` and f-string
 * placeholders are reported as dynamic; anything else as `none`.
 */
export function evalString(input: PyNode): StringResult {
  const node = unwrap(input);
  if (node.type === 'string') {
    const piece = evalOne(node);
    if ('dynamic' in piece) return { kind: 'dynamic', node, reason: piece.dynamic };
    return { kind: 'string', ...piece };
  }
  if (node.type === 'concatenated_string') {
    const pieces: Piece[] = [];
    for (const part of node.children) {
      const piece = evalOne(part);
      if ('dynamic' in piece) return { kind: 'dynamic', node, reason: piece.dynamic };
      pieces.push(piece);
    }
    const first = pieces[0];
    if (!first) return { kind: 'none' };
    return {
      kind: 'string',
      value: pieces.map((p) => p.value).join(''),
      line: first.line,
      column: first.column,
      verbatim: pieces.length === 1 && first.verbatim,
    };
  }
  if (node.type === 'binary_operator' && node.fields.operator?.text === '%') {
    const left = node.fields.left && evalString(node.fields.left);
    if (left && left.kind !== 'none') return { kind: 'dynamic', node, reason: 'string formatting with %' };
  }
  if (node.type === 'binary_operator' && node.fields.operator?.text === '+') {
    const left = node.fields.left ? evalString(node.fields.left) : { kind: 'none' as const };
    const right = node.fields.right ? evalString(node.fields.right) : { kind: 'none' as const };
    if (left.kind === 'string' && right.kind === 'string') {
      return { ...left, value: left.value + right.value, verbatim: false };
    }
    if (left.kind !== 'none' || right.kind !== 'none') {
      return { kind: 'dynamic', node, reason: 'strings joined with + from a non-literal' };
    }
  }
  if (node.type === 'call') {
    const fn = node.fields.function;
    if (fn?.type === 'attribute' && fn.fields.attribute?.text === 'format' && fn.fields.object) {
      const target = evalString(fn.fields.object);
      if (target.kind !== 'none') return { kind: 'dynamic', node, reason: 'str.format()' };
    }
  }
  return { kind: 'none' };
}

/** The value of a plain string literal, or undefined (dynamic or not a string). */
export function stringValue(node: PyNode | undefined): string | undefined {
  if (!node) return undefined;
  const result = evalString(node);
  return result.kind === 'string' ? result.value : undefined;
}
