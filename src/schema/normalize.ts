/**
 * Canonical text for SQL expressions, defaults and declared types, so that two sources that mean
 * the same thing to SQLite compare equal: quoting, case, comments and spacing never matter.
 *
 * Decisions (SQLite-true, see DESIGN.md "Equivalences"):
 * - Identifiers are case-insensitive in SQLite, so they are lower-cased; quotes are dropped where
 *   the name needs none, otherwise the name is written with double quotes.
 * - Keywords are lower-cased; string literals are kept byte for byte (`'Abc'` ≠ `'abc'`).
 * - Outer parentheses around a whole expression are redundant and dropped (not around a row
 *   value `(a, b)`).
 * - Defaults: `NULL` is no default; `true`/`false` are `1`/`0` (SQLite ≥ 3.23); a bare word
 *   (`DEFAULT abc`) or a double-quoted one is the string `'abc'`, as SQLite stores it. Numbers get
 *   one spelling per value (`+01` → `1`, `1.50` → `1.5`, `0x10` → `16`, `1e2` → `100.0`), integers
 *   and reals stay distinct (`0` ≠ `0.0`: they are stored differently in a column without affinity)
 *   unless the column's affinity is known, in which case the default is written as the value
 *   SQLite stores: `1.0` is `1` in an INTEGER/NUMERIC column, `1` is `1.0` in a REAL column, `'5'`
 *   is `5` in a numeric column, and `5` is `'5'` in a TEXT column.
 */
import { significantTokens, type Token } from '../sqlite/tokenize.js';
import type { Affinity } from './types.js';

/** SQLite's keywords (lang_keywords.html): names equal to one of these need quoting. */
export const SQLITE_KEYWORDS: ReadonlySet<string> = new Set(
  (
    'abort action add after all alter always analyze and as asc attach autoincrement before begin ' +
    'between by cascade case cast check collate column commit conflict constraint create cross ' +
    'current current_date current_time current_timestamp database default deferrable deferred ' +
    'delete desc detach distinct do drop each else end escape except exclude exclusive exists ' +
    'explain fail filter first following for foreign from full generated glob group groups having ' +
    'if ignore immediate in index indexed initially inner insert instead intersect into is isnull ' +
    'join key last left like limit match materialized natural no not nothing notnull null nulls of ' +
    'offset on or order others outer over partition plan pragma preceding primary query raise range ' +
    'recursive references regexp reindex release rename replace restrict returning right rollback ' +
    'row rows savepoint select set table temp temporary then ties to transaction trigger unbounded ' +
    'union unique update using vacuum values view virtual when where window with without'
  ).split(' '),
);

/** Keywords that are also function names: written like calls, `replace(x, 'a', 'b')`. */
const CALLABLE_KEYWORDS: ReadonlySet<string> = new Set(['replace', 'like', 'glob', 'raise', 'cast', 'match']);

const BARE_NAME = /^[a-z_][a-z0-9_$]*$/;

/** How an identifier is written canonically: lower-case, quoted only when it must be. */
export function canonicalIdentifier(name: string): string {
  const lower = name.toLowerCase();
  if (BARE_NAME.test(lower) && !SQLITE_KEYWORDS.has(lower)) return lower;
  return `"${lower.replaceAll('"', '""')}"`;
}

function renderToken(t: Token): string {
  switch (t.kind) {
    case 'word':
      return t.text.toLowerCase();
    case 'quoted':
      return canonicalIdentifier(t.value);
    case 'blob':
    case 'number':
      return t.text.toLowerCase();
    case 'op':
      if (t.text === '==') return '=';
      if (t.text === '<>') return '!=';
      return t.text;
    default:
      return t.text;
  }
}

const NO_SPACE_BEFORE: ReadonlySet<string> = new Set([',', ')', '.', ';']);
const NO_SPACE_AFTER: ReadonlySet<string> = new Set(['(', '.']);

/** Whether a `-`, `+` or `~` at position `i` is a unary sign (nothing to its left to operate on). */
function isUnary(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined) return true;
  if (prev.kind === 'op') return prev.text !== ')';
  if (prev.kind === 'word') return SQLITE_KEYWORDS.has(prev.text.toLowerCase());
  return false;
}

/** Joins tokens with canonical spacing: one space between tokens, none inside `( )`, after `.`, before `,`. */
function renderTokens(tokens: readonly Token[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const text = renderToken(t);
    if (i > 0) {
      const prev = tokens[i - 1]!;
      const prevText = renderToken(prev);
      let space = true;
      if (t.kind === 'op' && NO_SPACE_BEFORE.has(t.text)) space = false;
      else if (prev.kind === 'op' && NO_SPACE_AFTER.has(prev.text)) space = false;
      else if (t.kind === 'op' && t.text === '(') {
        // A call or a name with a column list: `lower(x)`, `t(a)`; keywords keep their space: `in (…)`.
        space = prev.kind === 'word' && SQLITE_KEYWORDS.has(prevText) && !CALLABLE_KEYWORDS.has(prevText);
        if (prev.kind === 'op' && prev.text !== ')') space = true;
        if (prev.kind === 'op' && (prev.text === '(' || prev.text === '.')) space = false;
      } else if (prev.kind === 'op' && ['-', '+', '~'].includes(prev.text) && isUnary(tokens, i - 1)) {
        space = false;
      }
      if (space) out += ' ';
    }
    out += text;
  }
  return out;
}

/** Index of the `)` matching the `(` at `open`, or -1. */
function matchingParen(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'op') continue;
    if (t.text === '(') depth++;
    else if (t.text === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Drops parentheses that enclose the whole token list (but not a row value `(a, b)`). */
function stripOuterParens(tokens: Token[]): Token[] {
  let list = tokens;
  while (list.length >= 2 && list[0]!.text === '(' && matchingParen(list, 0) === list.length - 1) {
    const inner = list.slice(1, -1);
    let depth = 0;
    const rowValue = inner.some((t) => {
      if (t.kind !== 'op') return false;
      if (t.text === '(') depth++;
      else if (t.text === ')') depth--;
      return depth === 0 && t.text === ',';
    });
    if (rowValue || inner.length === 0) break;
    list = inner;
  }
  return list;
}

/** Canonical text of a SQL expression (or any SQL fragment: a SELECT, a whole statement). */
export function normalizeExpression(sql: string, options: { readonly ownTable?: string } = {}): string {
  let tokens = significantTokens(sql);
  while (tokens.length > 0 && tokens[tokens.length - 1]!.text === ';') tokens = tokens.slice(0, -1);
  if (options.ownTable !== undefined) tokens = withoutQualifier(tokens, options.ownTable);
  return renderTokens(stripOuterParens(tokens));
}

/**
 * Drops `table.` before column names where only that table's columns can be meant (a partial
 * index's WHERE): drizzle-kit writes `"posts"."deleted_at" is null`, people write `deleted_at IS NULL`.
 */
function withoutQualifier(tokens: readonly Token[], table: string): Token[] {
  const own = table.toLowerCase();
  const isName = (t: Token | undefined) => t?.kind === 'word' || t?.kind === 'quoted';
  const isDot = (t: Token | undefined) => t?.kind === 'op' && t.text === '.';
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // `posts.deleted_at`, but not the `posts` of `main.posts.x` or `x.posts.y`.
    if (
      isName(t) &&
      t.value.toLowerCase() === own &&
      isDot(tokens[i + 1]) &&
      isName(tokens[i + 2]) &&
      !isDot(tokens[i - 1])
    ) {
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Whether two SQL expressions are the same once quoting, case, comments and spacing are ignored. */
export function sameExpression(a: string, b: string): boolean {
  return normalizeExpression(a) === normalizeExpression(b);
}

const MAX_INT64 = 2n ** 63n - 1n;
const MIN_INT64 = -(2n ** 63n);

type NumericValue =
  | { readonly kind: 'integer'; readonly value: bigint }
  | { readonly kind: 'real'; readonly value: number };

/** Parses a numeric literal the way SQLite does (hex is a 64-bit two's complement integer). */
function parseNumber(text: string, negative: boolean): NumericValue | undefined {
  const clean = text.replaceAll('_', '').toLowerCase();
  if (clean.startsWith('0x')) {
    if (!/^0x[0-9a-f]+$/.test(clean)) return undefined;
    const v = BigInt.asIntN(64, BigInt(clean));
    return { kind: 'integer', value: negative ? -v : v };
  }
  if (/^\d+$/.test(clean)) {
    const v = negative ? -BigInt(clean) : BigInt(clean);
    if (v >= MIN_INT64 && v <= MAX_INT64) return { kind: 'integer', value: v };
    return { kind: 'real', value: Number(v) };
  }
  const v = Number(clean);
  if (Number.isNaN(v)) return undefined;
  return { kind: 'real', value: negative ? -v : v };
}

function renderReal(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return `${v}.0`;
  return String(v);
}

/** A number as SQLite would store it under `affinity` (undefined: as written, integer or real). */
function renderNumber(n: NumericValue, affinity: Affinity | undefined): string {
  if (affinity === 'INTEGER' || affinity === 'NUMERIC') {
    // A REAL that is an exact integer is stored as INTEGER in a numeric column.
    if (n.kind === 'real' && Number.isInteger(n.value) && Math.abs(n.value) < 2 ** 63) {
      return String(BigInt(n.value));
    }
  }
  if (affinity === 'REAL' && n.kind === 'integer') return renderReal(Number(n.value));
  const text = n.kind === 'integer' ? String(n.value) : renderReal(n.value);
  if (affinity === 'TEXT') return quoteString(text);
  return text;
}

function quoteString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A numeric literal with an optional sign, as in `DEFAULT -1`: [negative, number token] or undefined. */
function signedNumber(tokens: readonly Token[]): NumericValue | undefined {
  let negative = false;
  let i = 0;
  while (
    i < tokens.length - 1 &&
    tokens[i]!.kind === 'op' &&
    (tokens[i]!.text === '-' || tokens[i]!.text === '+')
  ) {
    if (tokens[i]!.text === '-') negative = !negative;
    i++;
  }
  const last = tokens[i];
  if (i !== tokens.length - 1 || last?.kind !== 'number') return undefined;
  return parseNumber(last.text, negative);
}

/** Whether a text value converts to a number in a numeric column, and which. */
function numericText(text: string): NumericValue | undefined {
  const t = text.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  const negative = t.startsWith('-');
  return parseNumber(t.replace(/^[+-]/, ''), negative);
}

const DEFAULT_KEYWORDS: ReadonlySet<string> = new Set(['current_time', 'current_date', 'current_timestamp']);

/**
 * Canonical text of a column default (from a DEFAULT clause or `pragma_table_xinfo.dflt_value`),
 * or undefined when it means no default (`NULL`). `affinity`, when known, canonicalizes literals
 * to the value SQLite stores in such a column (see the module comment).
 */
export function normalizeDefault(sql: string | null | undefined, affinity?: Affinity): string | undefined {
  if (sql === null || sql === undefined) return undefined;
  const tokens = stripOuterParens(significantTokens(sql));
  if (tokens.length === 0) return undefined;
  const number = signedNumber(tokens);
  if (number) return renderNumber(number, affinity);
  if (tokens.length === 1) {
    const t = tokens[0]!;
    const word = t.text.toLowerCase();
    if (t.kind === 'word') {
      if (word === 'null') return undefined;
      if (word === 'true' || word === 'false') {
        return renderNumber({ kind: 'integer', value: word === 'true' ? 1n : 0n }, affinity);
      }
      // `DEFAULT abc` stores the text 'abc' (SQLite reads a bare identifier here as a string).
      if (!DEFAULT_KEYWORDS.has(word)) return literalText(t.text, affinity);
      return word;
    }
    if (t.kind === 'string' || t.kind === 'quoted') return literalText(t.value, affinity);
  }
  return renderTokens(tokens);
}

/** A text literal as stored: numeric-looking text becomes a number in a numeric column. */
function literalText(text: string, affinity: Affinity | undefined): string {
  if (affinity === 'INTEGER' || affinity === 'NUMERIC' || affinity === 'REAL') {
    const n = numericText(text);
    if (n) return renderNumber(n, affinity);
  }
  return quoteString(text);
}

/**
 * Canonical spelling of a declared type, for comparing spellings (affinity is compared separately):
 * upper-case, single spaces, `NUMERIC(10,2)` = `NUMERIC( 10 , 2 )` → `NUMERIC(10, 2)`.
 */
export function normalizeType(declared: string): string {
  const tokens = significantTokens(declared);
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const text = t.kind === 'quoted' || t.kind === 'string' ? t.value.toUpperCase() : t.text.toUpperCase();
    const glued =
      prev === undefined ||
      (t.kind === 'op' && (t.text === '(' || t.text === ')' || t.text === ',')) ||
      (prev.kind === 'op' && ['(', ',', '-', '+'].includes(prev.text));
    if (!glued) out += ' ';
    out += text;
    if (t.kind === 'op' && t.text === ',') out += ' ';
  }
  return out.trimEnd();
}
