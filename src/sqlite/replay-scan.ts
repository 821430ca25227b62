import type { SourceRef } from '../schema/types.js';

/**
 * Just enough SQL scanning for replay: the first keyword of a statement (to spot DDL cheaply),
 * tokens of DDL statements (to find a column's line, or the parts of an ALTER TABLE), and turning
 * an offset inside a statement into a file position. Not a parser.
 */

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  /** Identifiers unquoted (`"a""b"` → `a"b`); other tokens as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function isIdChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 36 ||
    code > 127
  );
}

/** Index of the first character at or after `i` that is not whitespace or a comment. */
export function skipTrivia(sql: string, i = 0): number {
  const n = sql.length;
  while (i < n) {
    const c = sql.charCodeAt(i);
    if (isSpace(c) || c === 0xfeff) i++;
    else if (c === 45 && sql.charCodeAt(i + 1) === 45) {
      const nl = sql.indexOf('\n', i + 2);
      i = nl < 0 ? n : nl + 1;
    } else if (c === 47 && sql.charCodeAt(i + 1) === 42) {
      const close = sql.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
    } else break;
  }
  return i;
}

/** The statement's first word, upper-case (`CREATE`, `ALTER`, `BEGIN`, …), or '' when it starts otherwise. */
export function firstKeyword(sql: string, from = 0): string {
  const start = skipTrivia(sql, from);
  let end = start;
  while (end < sql.length && isIdChar(sql.charCodeAt(end))) end++;
  return sql.slice(start, end).toUpperCase();
}

function closeQuote(sql: string, from: number, quote: string): number {
  let k = from;
  for (;;) {
    const close = sql.indexOf(quote, k);
    if (close < 0) return sql.length;
    if (quote !== ']' && sql[close + 1] === quote) {
      k = close + 2;
      continue;
    }
    return close + 1;
  }
}

/** Splits a statement into tokens, skipping whitespace and comments. */
export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = skipTrivia(sql);
  const n = sql.length;
  while (i < n) {
    const c = sql.charCodeAt(i);
    let end: number;
    let kind: TokenKind;
    let text: string;
    if (c === 39) {
      end = closeQuote(sql, i + 1, "'");
      kind = 'string';
      text = sql.slice(i, end);
    } else if (c === 34 || c === 96 || c === 91) {
      const quote = c === 91 ? ']' : String.fromCharCode(c);
      end = closeQuote(sql, i + 1, quote);
      kind = 'quoted';
      const inner = sql.slice(i + 1, end - 1);
      text = quote === ']' ? inner : inner.split(quote + quote).join(quote);
    } else if ((c >= 48 && c <= 57) || (c === 46 && /\d/.test(sql[i + 1] ?? ''))) {
      end = i + 1;
      while (end < n && /[0-9a-zA-Z_.]/.test(sql[end]!)) end++;
      kind = 'number';
      text = sql.slice(i, end);
    } else if (isIdChar(c)) {
      end = i + 1;
      while (end < n && isIdChar(sql.charCodeAt(end))) end++;
      kind = 'word';
      text = sql.slice(i, end);
    } else {
      end = i + 1;
      kind = 'punct';
      text = sql[i]!;
    }
    tokens.push({ kind, text, start: i, end });
    i = skipTrivia(sql, end);
  }
  return tokens;
}

/** True when `token` is the (unquoted) keyword `word`. */
export function isWord(token: Token | undefined, word: string): boolean {
  return token?.kind === 'word' && token.text.toUpperCase() === word;
}

/** True when `token` names something (an identifier, quoted or not). */
export function isName(token: Token | undefined): token is Token {
  return token?.kind === 'word' || token?.kind === 'quoted' || token?.kind === 'string';
}

/** The position of `offset` inside a statement that starts at `base`. */
export function positionAt(base: SourceRef, sql: string, offset: number): SourceRef {
  let line = base.line;
  let lineStart = -1;
  for (let k = sql.indexOf('\n'); k >= 0 && k < offset; k = sql.indexOf('\n', k + 1)) {
    line++;
    lineStart = k;
  }
  const column = lineStart < 0 ? (base.column ?? 1) + offset : offset - lineStart;
  return { path: base.path, line, column };
}

/** Quotes an identifier for SQL when it needs it. */
export function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

/** The first `lines` lines of a statement, for messages. */
export function excerpt(sql: string, lines = 3): string {
  const all = sql.replace(/\r\n?/g, '\n').split('\n');
  return all.length <= lines ? all.join('\n') : `${all.slice(0, lines).join('\n')}\n…`;
}
