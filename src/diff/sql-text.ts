/**
 * Tolerant SQL text comparison. Sources hand over expressions already normalized by
 * schema/normalize.ts; this is a small safety net so that case, whitespace, identifier quoting and
 * redundant outer parentheses never show up as drift.
 */

/** A canonical form: lower case and tight whitespace outside string literals, identifier quotes dropped. */
export function canonicalSql(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'") {
      const end = literalEnd(text, i, "'");
      out += text.slice(i, end);
      i = end;
    } else if (ch === '"' || ch === '`') {
      const end = literalEnd(text, i, ch);
      out += text.slice(i + 1, end - 1).toLowerCase();
      i = end;
    } else if (ch === '[') {
      const close = text.indexOf(']', i);
      const end = close < 0 ? text.length : close + 1;
      out += text.slice(i + 1, end - 1).toLowerCase();
      i = end;
    } else if (/\s/.test(ch)) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      // Whitespace only matters between two words: `NUMERIC(10, 2)` = `NUMERIC(10,2)`.
      if (WORDISH.test(out.at(-1) ?? '') && WORDISH.test(text[i] ?? '')) out += ' ';
    } else {
      out += ch.toLowerCase();
      i++;
    }
  }
  return out;
}

const WORDISH = /[\w$'"`[]/;

/** Index just past a literal opened at `start` with `quote` (doubled quotes escape). */
function literalEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** Drops parentheses that wrap the whole expression: `(CURRENT_TIMESTAMP)` = `CURRENT_TIMESTAMP`. */
export function stripOuterParens(text: string): string {
  let s = text.trim();
  while (s.startsWith('(') && s.endsWith(')') && closingParen(s, 0) === s.length - 1)
    s = s.slice(1, -1).trim();
  return s;
}

/** Position of the parenthesis closing the one at `open`, skipping string literals; -1 when unbalanced. */
export function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"' || ch === '`') i = literalEnd(text, i, ch) - 1;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Two SQL expressions, equal up to case, whitespace, quoting and outer parentheses. */
export function sameSql(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonicalSql(stripOuterParens(a)) === canonicalSql(stripOuterParens(b));
}

/** Canonical default value: booleans are the integers SQLite stores (`DEFAULT false` = `DEFAULT 0`). */
export function canonicalDefault(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const c = canonicalSql(stripOuterParens(value));
  if (c === 'false') return '0';
  if (c === 'true') return '1';
  if (c === 'null') return undefined;
  return c;
}

/** Two declared types, equal up to case and spacing: `NUMERIC(10,2)` = `numeric(10, 2)`. */
export function sameType(a: string, b: string): boolean {
  return canonicalSql(a) === canonicalSql(b);
}

/** Identifier key: quoting and case never matter. */
export function nameKey(name: string): string {
  const n = name.trim();
  const quoted = /^(?:"(.*)"|`(.*)`|\[(.*)\])$/s.exec(n);
  return (quoted ? (quoted[1] ?? quoted[2] ?? quoted[3] ?? '') : n).toLowerCase();
}
