/**
 * Model source: a `.sql` schema snapshot, hand-written or produced by `sqlite3 db .schema` or
 * `.dump`. The statements are executed into a fresh sql.js database and inspected; every object is
 * located at the line that declares it. Statements SQLite rejects become `model-error` findings at
 * their line, and the rest still loads.
 *
 * Only the schema matters, so data and bookkeeping statements are skipped: INSERT/REPLACE/UPDATE/
 * DELETE rows, transaction control, ANALYZE, `PRAGMA writable_schema`, and `CREATE TABLE
 * sqlite_sequence(…)`/`sqlite_stat1(…)` lines that `.schema` prints but SQLite cannot create. The
 * `INSERT INTO sqlite_schema … 'CREATE VIRTUAL TABLE …'` that `.dump` writes for virtual tables runs
 * as that CREATE VIRTUAL TABLE.
 */
import type { Finding } from '../findings.js';
import type { Statement } from '../migrations/types.js';
import type { FileSystem } from '../ports.js';
import { ALL_CAPABILITIES, type Schema } from '../schema/types.js';
import { type StatementError, schemaFromStatements } from '../sqlite/build-schema.js';
import { type DdlStatement, parseStatement } from '../sqlite/ddl.js';
import { splitStatements } from '../sqlite/split.js';
import { isKeyword, significantTokens, type Token } from '../sqlite/tokenize.js';
import type { ModelLoader, ModelSet } from './types.js';

const DATA_STATEMENTS: ReadonlySet<string> = new Set(['insert', 'replace', 'update', 'delete']);
const TRANSACTION_STATEMENTS: ReadonlySet<string> = new Set([
  'begin',
  'commit',
  'end',
  'rollback',
  'savepoint',
  'release',
]);

/** `CREATE TABLE sqlite_…`: internal tables `.schema` prints but only SQLite itself may create. */
function createsInternalTable(tokens: readonly Token[]): boolean {
  if (!isKeyword(tokens[0], 'create') || !isKeyword(tokens[1], 'table')) return false;
  let k = 2;
  if (isKeyword(tokens[k], 'if')) k += 3;
  const name = tokens[k];
  const text = name?.kind === 'quoted' || name?.kind === 'string' ? name.value : (name?.text ?? '');
  return text.toLowerCase().startsWith('sqlite_');
}

/** The CREATE VIRTUAL TABLE inside `.dump`'s `INSERT INTO sqlite_schema(…) VALUES(…, 'CREATE …')`. */
function dumpedSchemaRow(tokens: readonly Token[]): string | undefined {
  const target = tokens[2]?.text.toLowerCase();
  if (!isKeyword(tokens[1], 'into') || (target !== 'sqlite_schema' && target !== 'sqlite_master'))
    return undefined;
  const sql = tokens.filter((t) => t.kind === 'string').at(-1)?.value;
  return sql && /^\s*create\s/i.test(sql) ? sql : undefined;
}

/** The statements of a snapshot that shape the schema, with `.dump` virtual-table rows unwrapped. */
export function snapshotStatements(statements: readonly Statement[]): Statement[] {
  const kept: Statement[] = [];
  for (const statement of statements) {
    const tokens = significantTokens(statement.sql);
    const first = tokens[0]?.text.toLowerCase() ?? '';
    if (first === 'insert') {
      const sql = dumpedSchemaRow(tokens);
      if (sql) kept.push({ ...statement, sql });
      continue;
    }
    if (DATA_STATEMENTS.has(first) || TRANSACTION_STATEMENTS.has(first) || first === 'analyze') continue;
    if (first === 'pragma' && isKeyword(tokens[1], 'writable_schema')) continue;
    if (createsInternalTable(tokens)) continue;
    kept.push(statement);
  }
  return kept;
}

function tableOf(parsed: DdlStatement | undefined): string | undefined {
  switch (parsed?.kind) {
    case 'create-table':
      return parsed.name;
    case 'create-index':
    case 'create-trigger':
    case 'alter-table':
      return parsed.table;
    default:
      return undefined;
  }
}

/** A `model-error` finding for a statement SQLite rejected. */
export function statementErrorFinding(error: StatementError, what: string): Finding {
  const table = tableOf(parseStatement(error.statement.sql));
  const { path, line } = error.statement.location;
  return {
    rule: 'model-error',
    severity: 'error',
    ...(table !== undefined && { table }),
    message: `${what} ${path}:${line} is rejected by SQLite: ${error.message}`,
    locations: [error.statement.location],
  };
}

/** Builds the Schema a `.sql` snapshot describes. */
export async function schemaFromSqlText(
  text: string,
  path: string,
  options: { readonly functions?: readonly string[] } = {},
): Promise<{ readonly schema: Schema; readonly findings: readonly Finding[] }> {
  const statements = snapshotStatements(splitStatements(text, path));
  const built = await schemaFromStatements(statements, options);
  return {
    schema: built.schema,
    findings: built.errors.map((e) => statementErrorFinding(e, 'The statement at')),
  };
}

export const sqlModelLoader: ModelLoader = {
  format: 'sql',
  async detect(fs: FileSystem, path: string): Promise<boolean> {
    return path.toLowerCase().endsWith('.sql') && (await fs.stat(path))?.kind === 'file';
  },
  async load(path, context): Promise<ModelSet> {
    const text = await context.fs.readText(path);
    const { schema, findings } = await schemaFromSqlText(text, path);
    return { format: 'sql', path, schema, capabilities: ALL_CAPABILITIES, findings };
  },
};
