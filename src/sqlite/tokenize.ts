/**
 * A SQLite tokenizer with positions, after tokenize.c. It is total: any input, however broken,
 * yields tokens that cover it exactly (an unterminated string runs to the end, a stray byte is an
 * `illegal` token), so callers can parse hostile DDL without try/catch.
 */

export type TokenKind =
  /** A keyword or bare identifier: `CREATE`, `users`, `_x$1`. */
  | 'word'
  /** `"x"`, `` `x` `` or `[x]`; `value` holds the unquoted name. */
  | 'quoted'
  /** `'…'` with `''` escapes; `value` holds the decoded text. */
  | 'string'
  /** `X'0A1B'`. */
  | 'blob'
  | 'number'
  /** Bound parameters: `?`, `?1`, `:name`, `@name`, `$name`. */
  | 'variable'
  /** Punctuation and operators: `(` `)` `,` `;` `.` `||` `<=` `->>` … */
  | 'op'
  | 'comment'
  | 'space'
  /** A character SQLite would reject (kept so the tokens still cover the input). */
  | 'illegal';

export interface Token {
  readonly kind: TokenKind;
  /** Exact source text. */
  readonly text: string;
  /** Unquoted identifier or decoded string (for `quoted` and `string`); otherwise `text`. */
  readonly value: string;
  /** Offset of the first character in the input. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** 1-based line and column of the first character. */
  readonly line: number;
  readonly column: number;
}

function isIdStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}

function isIdChar(c: number): boolean {
  return isIdStart(c) || (c >= 48 && c <= 57) || c === 36;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

/** Operators SQLite knows, longest first so `->>` wins over `->` and `-`. */
const OPERATORS = [
  '->>',
  '->',
  '||',
  '<=',
  '>=',
  '==',
  '!=',
  '<>',
  '<<',
  '>>',
  '(',
  ')',
  ',',
  ';',
  '.',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<',
  '>',
  '=',
  '&',
  '|',
  '~',
];

/** Scans a quoted run closed by `close`, where a doubled closer is an escape; returns the end offset. */
function scanQuoted(src: string, from: number, close: number, doubling: boolean): number {
  const n = src.length;
  let k = from + 1;
  while (k < n) {
    if (src.charCodeAt(k) === close) {
      if (doubling && src.charCodeAt(k + 1) === close) {
        k += 2;
        continue;
      }
      return k + 1;
    }
    k++;
  }
  return n;
}

function scanNumber(src: string, i: number): number {
  const n = src.length;
  let k = i;
  if (src.charCodeAt(k) === 48 && (src.charCodeAt(k + 1) | 32) === 120 && isHex(src.charCodeAt(k + 2))) {
    k += 2;
    while (k < n && (isHex(src.charCodeAt(k)) || src.charCodeAt(k) === 95)) k++;
    return k;
  }
  while (k < n && (isDigit(src.charCodeAt(k)) || src.charCodeAt(k) === 95)) k++;
  if (src.charCodeAt(k) === 46) {
    k++;
    while (k < n && (isDigit(src.charCodeAt(k)) || src.charCodeAt(k) === 95)) k++;
  }
  if ((src.charCodeAt(k) | 32) === 101) {
    const sign = src.charCodeAt(k + 1);
    const at = sign === 43 || sign === 45 ? k + 2 : k + 1;
    if (isDigit(src.charCodeAt(at))) {
      k = at;
      while (k < n && isDigit(src.charCodeAt(k))) k++;
    }
  }
  return k;
}

/** Tokenizes `src` completely, whitespace and comments included. Never throws. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const n = src.length;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    let end: number;
    let kind: TokenKind;
    let value: string | undefined;
    if (isSpace(c)) {
      end = i + 1;
      while (end < n && isSpace(src.charCodeAt(end))) end++;
      kind = 'space';
    } else if (c === 45 && src.charCodeAt(i + 1) === 45) {
      const nl = src.indexOf('\n', i + 2);
      end = nl < 0 ? n : nl;
      kind = 'comment';
    } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
      const close = src.indexOf('*/', i + 2);
      end = close < 0 ? n : close + 2;
      kind = 'comment';
    } else if (c === 39) {
      end = scanQuoted(src, i, 39, true);
      kind = 'string';
      const closed = end > i + 1 && src.charCodeAt(end - 1) === 39 && end - i >= 2;
      value = src.slice(i + 1, closed ? end - 1 : end).replaceAll("''", "'");
    } else if (c === 34 || c === 96) {
      end = scanQuoted(src, i, c, true);
      kind = 'quoted';
      const q = String.fromCharCode(c);
      const closed = end - i >= 2 && src.charCodeAt(end - 1) === c;
      value = src.slice(i + 1, closed ? end - 1 : end).replaceAll(q + q, q);
    } else if (c === 91) {
      end = scanQuoted(src, i, 93, false);
      kind = 'quoted';
      const closed = src.charCodeAt(end - 1) === 93 && end - i >= 2;
      value = src.slice(i + 1, closed ? end - 1 : end);
    } else if ((c | 32) === 120 && src.charCodeAt(i + 1) === 39) {
      end = scanQuoted(src, i + 1, 39, false);
      kind = 'blob';
    } else if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(i + 1)))) {
      end = scanNumber(src, i);
      kind = 'number';
    } else if (isIdStart(c)) {
      end = i + 1;
      while (end < n && isIdChar(src.charCodeAt(end))) end++;
      kind = 'word';
    } else if (c === 63) {
      end = i + 1;
      while (end < n && isDigit(src.charCodeAt(end))) end++;
      kind = 'variable';
    } else if ((c === 58 || c === 64 || c === 36) && isIdChar(src.charCodeAt(i + 1))) {
      end = i + 1;
      while (end < n && isIdChar(src.charCodeAt(end))) end++;
      kind = 'variable';
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      end = i + (op ? op.length : 1);
      kind = op ? 'op' : 'illegal';
    }
    const text = src.slice(i, end);
    tokens.push({ kind, text, value: value ?? text, start: i, end, line, column: i - lineStart + 1 });
    for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
      line++;
      lineStart = i + k + 1;
    }
    i = end;
  }
  return tokens;
}

/**
 * Offset of the first character at or after `from` that is not whitespace, a comment or a byte
 * order mark. Scans only the leading trivia, so it is cheap on any statement.
 */
export function skipTrivia(src: string, from = 0): number {
  const n = src.length;
  let i = from;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (isSpace(c) || c === 0xfeff) i++;
    else if (c === 45 && src.charCodeAt(i + 1) === 45) {
      const nl = src.indexOf('\n', i + 2);
      i = nl < 0 ? n : nl + 1;
    } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
      const close = src.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
    } else break;
  }
  return i;
}

/**
 * The first word of the statement at `from`, upper-case (`CREATE`, `ALTER`, `BEGIN`, …), or ''
 * when it starts otherwise. Reads only that word: replay asks this of every statement, however big.
 */
export function firstKeyword(src: string, from = 0): string {
  const start = skipTrivia(src, from);
  if (!isIdStart(src.charCodeAt(start))) return '';
  let end = start + 1;
  while (end < src.length && isIdChar(src.charCodeAt(end))) end++;
  return src.slice(start, end).toUpperCase();
}

/** Line and column of `offset` in `src` (both 1-based). */
export function positionAt(src: string, offset: number): { readonly line: number; readonly column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = src.indexOf('\n'); i >= 0 && i < offset; i = src.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Tokens that carry meaning: no whitespace, no comments. */
export function significantTokens(src: string): Token[] {
  return tokenize(src).filter((t) => t.kind !== 'space' && t.kind !== 'comment');
}

/** Whether `token` is the keyword `word` (case-insensitive). */
export function isKeyword(token: Token | undefined, word: string): boolean {
  return token !== undefined && token.kind === 'word' && token.text.toLowerCase() === word;
}

/** Whether `token` can name something: a bare word, a quoted identifier, or a string (SQLite accepts `'t'`). */
export function isIdentifier(token: Token | undefined): token is Token {
  return token !== undefined && (token.kind === 'word' || token.kind === 'quoted' || token.kind === 'string');
}

/** An identifier's name: unquoted for quoted tokens; strings count too (SQLite accepts `'t'` as a name). */
export function identifierName(token: Token): string {
  return token.kind === 'quoted' || token.kind === 'string' ? token.value : token.text;
}
