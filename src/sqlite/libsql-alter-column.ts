import type { Database } from './engine.js';
import { identifierName, isIdentifier, isKeyword, significantTokens, type Token } from './tokenize.js';

/**
 * libSQL's `ALTER TABLE t ALTER COLUMN c TO c <column-def>`, which SQLite cannot parse. drizzle-kit
 * writes it for the `turso` dialect whenever a column's type, nullability or default changes, and
 * libSQL applies it by rewriting the column's definition in the table's CREATE statement (existing
 * rows are neither checked nor rewritten). Replay does the same through `writable_schema`, so
 * Turso projects replay as they deploy.
 */

export interface AlterColumn {
  readonly table: string;
  readonly column: string;
  /** The new definition as written after TO, name included. */
  readonly definition: string;
}

/** The parts of a libSQL ALTER COLUMN statement (one statement, optional `;`), or undefined. */
export function parseAlterColumn(sql: string): AlterColumn | undefined {
  const tokens = significantTokens(sql);
  const end = tokens.at(-1)?.text === ';' ? tokens.length - 1 : tokens.length;
  if (!isKeyword(tokens[0], 'alter') || !isKeyword(tokens[1], 'table')) return undefined;
  let i = 2;
  // An optional schema: `main.t`.
  if (tokens[i + 1]?.text === '.') i += 2;
  const table = tokens[i];
  if (!isIdentifier(table) || !isKeyword(tokens[i + 1], 'alter') || !isKeyword(tokens[i + 2], 'column')) {
    return undefined;
  }
  const column = tokens[i + 3];
  const to = tokens[i + 4];
  const first = tokens[i + 5];
  const last = tokens[end - 1];
  if (!isIdentifier(column) || !isKeyword(to, 'to') || !isIdentifier(first) || !last) return undefined;
  if (tokens.slice(i + 5, end).some((t) => t.text === ';')) return undefined;
  return {
    table: identifierName(table),
    column: identifierName(column),
    definition: sql.slice(first.start, last.end),
  };
}

/** Column definitions and table constraints of a CREATE TABLE statement, as [start, end) spans. */
function definitionSpans(tokens: readonly Token[]): { start: number; end: number; first: Token }[] {
  const open = tokens.findIndex((t) => t.text === '(');
  if (open < 0) return [];
  const spans: { start: number; end: number; first: Token }[] = [];
  let depth = 0;
  let first: Token | undefined;
  let last: Token | undefined;
  for (const token of tokens.slice(open + 1)) {
    if (depth === 0 && (token.text === ',' || token.text === ')')) {
      if (first && last) spans.push({ start: first.start, end: last.end, first });
      if (token.text === ')') break;
      first = undefined;
      continue;
    }
    if (token.text === '(') depth++;
    else if (token.text === ')') depth--;
    first ??= token;
    last = token;
  }
  return spans;
}

const lower = (name: string) => name.toLowerCase();

/**
 * Applies `alter` to `db` the way libSQL does; throws an Error with the message libSQL would give
 * when the table or column does not exist.
 */
export function applyAlterColumn(db: Database, alter: AlterColumn): void {
  const rows = db.exec(
    "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE NOCASE",
    [alter.table],
  );
  const [name, create] = (rows[0]?.values[0] ?? []) as [string?, string?];
  if (name === undefined || typeof create !== 'string') throw new Error(`no such table: ${alter.table}`);
  const nameToken = significantTokens(alter.definition)[0];
  const newName = nameToken ? identifierName(nameToken) : '';
  if (lower(newName) !== lower(alter.column)) {
    throw new Error(
      `ALTER COLUMN ${alter.column} TO ${newName}: renaming in ALTER COLUMN is not replayed; use RENAME COLUMN`,
    );
  }
  const span = definitionSpans(significantTokens(create)).find(
    (s) => isIdentifier(s.first) && lower(identifierName(s.first)) === lower(alter.column),
  );
  if (!span) throw new Error(`no such column: "${alter.column}"`);
  const rewritten = create.slice(0, span.start) + alter.definition + create.slice(span.end);
  // Like libSQL, refuse a definition that does not parse, before the schema is touched: compiling
  // the same table as a TEMP table (same name, so CHECKs that name it resolve) runs nothing.
  const body = rewritten.slice(rewritten.indexOf('('));
  db.prepare(`CREATE TEMP TABLE "${name.replaceAll('"', '""')}" ${body}`).free();
  const version = Number(db.exec('PRAGMA schema_version')[0]?.values[0]?.[0] ?? 0);
  db.run('PRAGMA writable_schema = ON');
  try {
    db.run("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?", [rewritten, name]);
    // A new schema version makes SQLite re-read the schema it was just given.
    db.run(`PRAGMA schema_version = ${version + 1}`);
  } finally {
    db.run('PRAGMA writable_schema = OFF');
  }
}
