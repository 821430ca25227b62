import { parseAlterTableSql, parseStatement } from '../sqlite/ddl.js';
import { splitStatements } from '../sqlite/split.js';
import {
  identifierName,
  isIdentifier,
  isKeyword,
  significantTokens,
  type Token,
} from '../sqlite/tokenize.js';

/**
 * What a statement may change, as far as the seeded replay's table reads are concerned: which
 * tables' definitions (their sqlite_schema rows: appeared, gone, altered), and which tables' row
 * counts. `'all'` when it cannot be told from the statement. Names are as the statement spells
 * them (SQLite matches table names without regard to ASCII case).
 */
export interface StatementEffect {
  readonly tables: 'all' | readonly string[];
  readonly rows: 'all' | readonly string[];
}

/** What the database holds that decides how far a statement reaches: triggers, foreign keys. */
export interface EffectReads {
  /** Whether any trigger fires on `table` (any schema). */
  on(table: string): boolean;
  /** Whether foreign keys are enforced (`PRAGMA foreign_keys`): only then does a DROP TABLE cascade. */
  foreignKeys(): boolean;
}

const NOTHING: StatementEffect = { tables: [], rows: [] };
const EVERYTHING: StatementEffect = { tables: 'all', rows: 'all' };
/** Anything that reads or writes the schema table directly (writable_schema edits) is taken as changing it all. */
const SCHEMA_TABLE = /sqlite_(?:master|schema|temp_master|temp_schema)/i;
/** Statements that change neither tables nor rows. */
const INERT = new Set([
  'select',
  'values',
  'explain',
  'pragma',
  'begin',
  'commit',
  'end',
  'savepoint',
  'release',
]);

/**
 * Conservatively, what running `sql` (one statement) can change. Anything not recognised, any
 * statement that can undo earlier ones (ROLLBACK, `OR ROLLBACK`), and anything naming another
 * schema (TEMP, attached) changes everything; a write to a table with triggers, and an UPDATE
 * or DELETE while foreign keys are on (cascades), may change any table's rows.
 */
export function statementEffect(sql: string, triggers: EffectReads): StatementEffect {
  if (SCHEMA_TABLE.test(sql) || !isSingleStatement(sql)) return EVERYTHING;
  const tokens = significantTokens(sql);
  const first = tokens[0]?.kind === 'word' ? tokens[0].text.toLowerCase() : '';
  if (INERT.has(first)) return NOTHING;
  switch (first) {
    case 'create':
      return createEffect(sql, tokens);
    case 'alter':
      return alterEffect(sql, tokens);
    case 'drop': {
      const drop = parseStatement(sql);
      if (drop?.kind !== 'drop' || qualified(tokens)) return EVERYTHING;
      if (drop.object !== 'table') return NOTHING;
      // With foreign keys on, dropping a table deletes its rows first, and that cascades.
      return { tables: [drop.name], rows: triggers.foreignKeys() ? 'all' : [drop.name] };
    }
    case 'insert':
    case 'replace':
      return insertEffect(tokens, triggers);
    case 'update':
      return updateEffect(tokens, triggers);
    case 'delete':
      return deleteEffect(tokens, triggers);
    case 'with':
      return { tables: [], rows: 'all' };
    default:
      return EVERYTHING;
  }
}

/** One statement: no semicolon but a last one, or (a trigger body, a string) the splitter says so. */
function isSingleStatement(sql: string): boolean {
  const semicolon = sql.indexOf(';');
  return semicolon < 0 || semicolon === sql.trimEnd().length - 1 || splitStatements(sql, '').length === 1;
}

/** Whether a `.` follows a name anywhere: a schema-qualified object (TEMP, an attached database). */
function qualified(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.kind === 'op' && t.text === '.' && isIdentifier(tokens[i - 1]));
}

function createEffect(sql: string, tokens: readonly Token[]): StatementEffect {
  if (isKeyword(tokens[1], 'temp') || isKeyword(tokens[1], 'temporary')) return EVERYTHING;
  const parsed = parseStatement(sql);
  if (!parsed) return EVERYTHING;
  if (parsed.kind === 'create-table') {
    if (parsed.schema !== undefined || parsed.temporary || parsed.virtualModule !== undefined)
      return EVERYTHING;
    return { tables: [parsed.name], rows: [parsed.name] };
  }
  // Indexes, views and triggers add no table and write no row (a UNIQUE index that does not hold
  // fails instead).
  return parsed.kind === 'create-index' || parsed.kind === 'create-view' || parsed.kind === 'create-trigger'
    ? NOTHING
    : EVERYTHING;
}

function alterEffect(sql: string, tokens: readonly Token[]): StatementEffect {
  const alter = parseAlterTableSql(sql);
  if (!alter || qualified(tokens.slice(0, 4))) return EVERYTHING;
  switch (alter.action.kind) {
    case 'rename-table':
      return { tables: [alter.table, alter.action.to], rows: [alter.table, alter.action.to] };
    case 'add-column':
    case 'drop-column':
    case 'rename-column':
      // The table's row in sqlite_schema changes (renames also rewrite references elsewhere,
      // which changes no other table's columns); rows stay as they are.
      return { tables: [alter.table], rows: [] };
    default:
      return EVERYTHING;
  }
}

/** `OR REPLACE` deletes conflicting rows (with their cascades); `OR ROLLBACK` undoes the transaction. */
function conflictEffect(tokens: readonly Token[], at: number): 'replace' | 'rollback' | undefined {
  if (!isKeyword(tokens[at], 'or')) return undefined;
  if (isKeyword(tokens[at + 1], 'replace')) return 'replace';
  if (isKeyword(tokens[at + 1], 'rollback')) return 'rollback';
  return undefined;
}

/** The table an INSERT or UPDATE writes: the name at `at`, unless schema-qualified. */
function target(tokens: readonly Token[], at: number): string | undefined {
  const name = tokens[at];
  if (!isIdentifier(name)) return undefined;
  const next = tokens[at + 1];
  if (next?.kind === 'op' && next.text === '.') return undefined;
  return identifierName(name);
}

function insertEffect(tokens: readonly Token[], triggers: EffectReads): StatementEffect {
  const conflict = tokens[0]!.text.toLowerCase() === 'replace' ? 'replace' : conflictEffect(tokens, 1);
  if (conflict === 'rollback') return EVERYTHING;
  const into = tokens.findIndex((t) => isKeyword(t, 'into'));
  const table = into > 0 ? target(tokens, into + 1) : undefined;
  if (table === undefined) return EVERYTHING;
  // A trigger on the table may write anywhere; REPLACE may delete rows with their cascades; an
  // upsert's UPDATE may cascade to child tables and set off their triggers.
  const upsert = tokens.some((t, i) => isKeyword(t, 'do') && isKeyword(tokens[i + 1], 'update'));
  if (conflict === 'replace' || reachesFurther(table, triggers, upsert)) return { tables: [], rows: 'all' };
  return { tables: [], rows: [table] };
}

/**
 * Whether writing `table` can change other tables: through its triggers, or, when foreign keys
 * are on and the write updates or deletes (`cascades`), through child tables' actions and their
 * triggers.
 */
function reachesFurther(table: string, triggers: EffectReads, cascades: boolean): boolean {
  return triggers.on(table) || (cascades && triggers.foreignKeys());
}

function deleteEffect(tokens: readonly Token[], triggers: EffectReads): StatementEffect {
  const from = isKeyword(tokens[1], 'from') ? target(tokens, 2) : undefined;
  if (from === undefined) return EVERYTHING;
  return { tables: [], rows: reachesFurther(from, triggers, true) ? 'all' : [from] };
}

function updateEffect(tokens: readonly Token[], triggers: EffectReads): StatementEffect {
  const conflict = conflictEffect(tokens, 1);
  if (conflict === 'rollback') return EVERYTHING;
  const table = target(tokens, conflict ? 3 : 1);
  if (table === undefined) return EVERYTHING;
  // An UPDATE keeps the number of rows: foreign key actions it sets off update or null out child
  // rows. Only triggers (on this table or on a child a cascade updates) or REPLACE can remove rows.
  return conflict === 'replace' || reachesFurther(table, triggers, true)
    ? { tables: [], rows: 'all' }
    : NOTHING;
}
