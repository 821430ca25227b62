/**
 * Schema → SQLite DDL. Used for fix suggestions and `driftcheck inspect --format sql`.
 * Identifiers are quoted only when they need it (not a plain word, or a keyword).
 */
import { tokenize } from '../sqlite/tokenize.js';
import type { Check, Column, ForeignKey, Index, Schema, Table, Trigger, View } from './types.js';

// https://www.sqlite.org/lang_keywords.html
const KEYWORDS = new Set(
  `ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT BEFORE BEGIN BETWEEN BY
  CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE
  CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT DEFERRABLE DEFERRED DELETE DESC DETACH DISTINCT DO DROP
  EACH ELSE END ESCAPE EXCEPT EXCLUDE EXCLUSIVE EXISTS EXPLAIN FAIL FILTER FIRST FOLLOWING FOR FOREIGN FROM
  FULL GENERATED GLOB GROUP GROUPS HAVING IF IGNORE IMMEDIATE IN INDEX INDEXED INITIALLY INNER INSERT INSTEAD
  INTERSECT INTO IS ISNULL JOIN KEY LAST LEFT LIKE LIMIT MATCH MATERIALIZED NATURAL NO NOT NOTHING NOTNULL
  NULL NULLS OF OFFSET ON OR ORDER OTHERS OUTER OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE
  RANGE RECURSIVE REFERENCES REGEXP REINDEX RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK ROW ROWS
  SAVEPOINT SELECT SET TABLE TEMP TEMPORARY THEN TIES TO TRANSACTION TRIGGER UNBOUNDED UNION UNIQUE UPDATE
  USING VACUUM VALUES VIEW VIRTUAL WHEN WHERE WINDOW WITH WITHOUT`.split(/\s+/),
);

/** `name` as is when it is a plain, non-keyword word; otherwise double-quoted. */
export function quoteIdent(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !KEYWORDS.has(name.toUpperCase())) return name;
  return `"${name.replaceAll('"', '""')}"`;
}

const identList = (names: readonly string[]) => names.map(quoteIdent).join(', ');

/**
 * An expression with its keywords upper-case, as people write SQL: normalized text is lower-case
 * (`current_timestamp`, `deleted_at is null`). Names, strings and function calls are kept as they
 * are, so `replace(x, 'a', 'b')` stays a call.
 */
export function keywordsUpper(expression: string): string {
  const tokens = tokenize(expression);
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens.slice(i + 1).find((n) => n.kind !== 'space' && n.kind !== 'comment');
    const isCall = next?.kind === 'op' && next.text === '(';
    const keyword = t.kind === 'word' && KEYWORDS.has(t.text.toUpperCase());
    out += keyword && !(isCall && CALLABLE.has(t.text.toUpperCase())) ? t.text.toUpperCase() : t.text;
  }
  return out;
}

/** Keywords that are also functions: `replace(…)`, `like(…)` stay calls. */
const CALLABLE = new Set(['REPLACE', 'LIKE', 'GLOB', 'MATCH', 'REGEXP']);

/** A default as DEFAULT accepts it: literals bare, anything else in parentheses. */
export function renderDefault(expression: string): string {
  const e = keywordsUpper(expression.trim());
  const literal =
    /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(e) ||
    /^0x[0-9a-f]+$/i.test(e) ||
    /^'([^']|'')*'$/.test(e) ||
    /^x'[0-9a-f]*'$/i.test(e) ||
    /^(NULL|TRUE|FALSE|CURRENT_TIME|CURRENT_DATE|CURRENT_TIMESTAMP)$/i.test(e);
  return literal || isParenthesized(e) ? e : `(${e})`;
}

function isParenthesized(e: string): boolean {
  if (!e.startsWith('(') || !e.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < e.length; i++) {
    if (e[i] === '(') depth++;
    else if (e[i] === ')') depth--;
    if (depth === 0 && i < e.length - 1) return false;
  }
  return true;
}

/** One column definition; `inlineKey` adds PRIMARY KEY (a single-column key, written inline). */
export function renderColumn(
  column: Column,
  options: { inlineKey?: boolean; autoincrement?: boolean } = {},
): string {
  const parts = [quoteIdent(column.name)];
  if (column.type) parts.push(column.type);
  if (options.inlineKey) parts.push(options.autoincrement ? 'PRIMARY KEY AUTOINCREMENT' : 'PRIMARY KEY');
  if (column.notNull) parts.push('NOT NULL');
  if (column.default !== undefined && !column.generated)
    parts.push(`DEFAULT ${renderDefault(column.default)}`);
  if (column.collate) parts.push(`COLLATE ${column.collate}`);
  if (column.generated)
    parts.push(
      `GENERATED ALWAYS AS (${keywordsUpper(column.generated.expression)}) ${column.generated.kind.toUpperCase()}`,
    );
  return parts.join(' ');
}

/** `REFERENCES parent (cols) ON DELETE … ON UPDATE …`. */
export function renderReferences(fk: ForeignKey): string {
  let sql = `REFERENCES ${quoteIdent(fk.table)}`;
  if (fk.refColumns.length > 0) sql += ` (${identList(fk.refColumns)})`;
  if (fk.onDelete && fk.onDelete.toUpperCase() !== 'NO ACTION')
    sql += ` ON DELETE ${fk.onDelete.toUpperCase()}`;
  if (fk.onUpdate && fk.onUpdate.toUpperCase() !== 'NO ACTION')
    sql += ` ON UPDATE ${fk.onUpdate.toUpperCase()}`;
  return sql;
}

export function renderForeignKey(fk: ForeignKey): string {
  return `FOREIGN KEY (${identList(fk.columns)}) ${renderReferences(fk)}`;
}

export function renderCheck(check: Check): string {
  const body = `CHECK (${keywordsUpper(check.expression)})`;
  return check.name ? `CONSTRAINT ${quoteIdent(check.name)} ${body}` : body;
}

/** An index column: a (possibly DESC) column name gets quoted as needed; an expression stays as is. */
function renderIndexColumn(column: string): string {
  const m = /^(.*?)(\s+(?:ASC|DESC))?$/i.exec(column.trim());
  const name = m?.[1] ?? column;
  const order = m?.[2] ?? '';
  return /^[^\s()'"]+$/.test(name) && !/[+\-*/|<>=,]/.test(name) ? quoteIdent(name) + order : column;
}

/** Indexes a CREATE TABLE declares itself: UNIQUE constraints without a WHERE. */
function isConstraintIndex(index: Index): boolean {
  return index.origin === 'u' && index.unique && index.where === undefined;
}

/** `CREATE TABLE …` with columns, primary key, UNIQUE, foreign keys and checks. */
export function renderCreateTable(table: Table, name = table.name): string {
  const inlineKey = table.primaryKey.length === 1 ? table.primaryKey[0]!.toLowerCase() : undefined;
  const lines = table.columns.map((c) =>
    renderColumn(c, {
      inlineKey: c.name.toLowerCase() === inlineKey,
      autoincrement: table.autoincrement === true,
    }),
  );
  if (table.primaryKey.length > 1) lines.push(`PRIMARY KEY (${identList(table.primaryKey)})`);
  for (const index of table.indexes.filter(isConstraintIndex))
    lines.push(`UNIQUE (${index.columns.map(renderIndexColumn).join(', ')})`);
  for (const fk of table.foreignKeys) lines.push(renderForeignKey(fk));
  for (const check of table.checks) lines.push(renderCheck(check));
  const options = [table.withoutRowid ? 'WITHOUT ROWID' : '', table.strict ? 'STRICT' : ''].filter(Boolean);
  const suffix = options.length > 0 ? ` ${options.join(', ')}` : '';
  return `CREATE TABLE ${quoteIdent(name)} (\n${lines.map((l) => `  ${l}`).join(',\n')}\n)${suffix};`;
}

/** `CREATE [UNIQUE] INDEX …`; `name` overrides the index's own (constraint auto-index names are reserved). */
export function renderCreateIndex(
  index: Index,
  table: string,
  options: { ifNotExists?: boolean; name?: string } = {},
): string {
  const unique = index.unique ? 'UNIQUE ' : '';
  const ine = options.ifNotExists ? 'IF NOT EXISTS ' : '';
  const cols = index.columns.map(renderIndexColumn).join(', ');
  const where = index.where !== undefined ? ` WHERE ${keywordsUpper(index.where)}` : '';
  return `CREATE ${unique}INDEX ${ine}${quoteIdent(options.name ?? index.name)} ON ${quoteIdent(table)} (${cols})${where};`;
}

/** Name for an index that a CREATE TABLE constraint would have made (auto-index names are reserved). */
export function indexNameFor(index: Index, table: string): string {
  if (index.origin === 'c' && !index.name.toLowerCase().startsWith('sqlite_')) return index.name;
  const cols = index.columns.map((c) => c.replace(/\W+/g, '_').replace(/^_|_$/g, '')).join('_');
  return `${table}_${cols}_${index.unique ? 'key' : 'idx'}`.toLowerCase();
}

/** Indexes to create after the table: everything except what the CREATE TABLE itself declares. */
export function standaloneIndexes(table: Table): readonly Index[] {
  return table.indexes.filter((i) => i.origin !== 'pk' && !isConstraintIndex(i));
}

export function renderCreateView(view: View): string {
  const def = keywordsUpper(view.definition.trim().replace(/;$/, ''));
  return /^CREATE\s/i.test(def) ? `${def};` : `CREATE VIEW ${quoteIdent(view.name)} AS ${def};`;
}

export function renderCreateTrigger(trigger: Trigger): string {
  const def = keywordsUpper(trigger.definition.trim());
  return def.endsWith(';') ? def : `${def};`;
}

/** The whole schema as one DDL script: tables with their indexes, then views, then triggers. */
export function renderSchema(schema: Schema): string {
  const statements: string[] = [];
  for (const table of schema.tables) {
    statements.push(renderCreateTable(table));
    for (const index of standaloneIndexes(table))
      statements.push(renderCreateIndex(index, table.name, { name: indexNameFor(index, table.name) }));
  }
  for (const view of schema.views) statements.push(renderCreateView(view));
  for (const trigger of schema.triggers) statements.push(renderCreateTrigger(trigger));
  return statements.length > 0 ? `${statements.join('\n\n')}\n` : '';
}
