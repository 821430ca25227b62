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
  /** Whether it may add or drop triggers, or move them to another table. */
  readonly triggers: boolean;
  /** Whether it may change whether foreign keys are enforced. */
  readonly foreignKeys: boolean;
}

/** The kinds of write a trigger fires on; foreign key actions and REPLACE are told in the same terms. */
export type WriteEvent = 'insert' | 'update' | 'delete';

/** A write to a table, as a statement, a trigger's body or a foreign key action makes it. */
export interface TableWrite {
  readonly table: string;
  readonly event: WriteEvent;
}

/** A trigger: the event it fires on, and what its body writes (`'all'`: cannot be told). */
export interface TriggerEffect {
  readonly event: WriteEvent;
  readonly writes: 'all' | readonly TableWrite[];
}

/** A foreign key of `table` that references the table in question, and its actions. */
export interface ChildKey {
  readonly table: string;
  readonly onUpdate: string;
  readonly onDelete: string;
}

/** What writing a table sets off. */
export interface WriteTraits {
  readonly triggers: readonly TriggerEffect[];
  /** Foreign keys referencing the table (`undefined`: not all can be told, as with TEMP tables). */
  children(): readonly ChildKey[] | undefined;
  /** A constraint of its definition resolves conflicts by REPLACE (deleting rows) or ROLLBACK. */
  readonly replaces: boolean;
  readonly rollsBack: boolean;
}

/** What the database holds that decides how far a write reaches. */
export interface EffectReads {
  /** What writing `table` sets off; `undefined` when it is not a table read here (a view, a TEMP table). */
  table(name: string): WriteTraits | undefined;
  /** Whether foreign keys are enforced (`PRAGMA foreign_keys`): only then do their actions run. */
  foreignKeys(): boolean;
}

const NOTHING: StatementEffect = { tables: [], rows: [], triggers: false, foreignKeys: false };
const EVERYTHING: StatementEffect = { tables: 'all', rows: 'all', triggers: true, foreignKeys: true };
/** Writes `rows` (no DDL, no setting). */
const writes = (rows: readonly string[]): StatementEffect => ({ ...NOTHING, rows });
/** Anything that reads or writes the schema table directly (writable_schema edits) is taken as changing it all. */
const SCHEMA_TABLE = /sqlite_(?:master|schema|temp_master|temp_schema)/i;
/** Statements that change neither tables nor rows. */
const INERT = new Set(['select', 'values', 'explain', 'begin', 'commit', 'end', 'savepoint', 'release']);

/**
 * Conservatively, what running `sql` (one statement) can change. Anything not recognised, any
 * statement that can undo earlier ones (ROLLBACK, `OR ROLLBACK`), and anything naming another
 * schema (TEMP, attached) changes everything. A write reaches the rows of the tables its triggers,
 * foreign key actions and REPLACE conflicts go on to write (see `rowsReached`); where that cannot
 * be followed (a view, a trigger body not understood, a constraint resolved by ROLLBACK), the
 * transaction may even be undone, and it changes everything too.
 */
export function statementEffect(sql: string, reads: EffectReads): StatementEffect {
  if (SCHEMA_TABLE.test(sql) || !isSingleStatement(sql)) return EVERYTHING;
  const tokens = significantTokens(sql);
  const first = tokens[0]?.kind === 'word' ? tokens[0].text.toLowerCase() : '';
  if (INERT.has(first)) return NOTHING;
  switch (first) {
    case 'pragma':
      return { ...NOTHING, foreignKeys: true };
    case 'create':
      return createEffect(sql, tokens);
    case 'alter':
      return alterEffect(sql, tokens);
    case 'drop': {
      const drop = parseStatement(sql);
      if (drop?.kind !== 'drop' || qualified(tokens)) return EVERYTHING;
      if (drop.object === 'index') return NOTHING;
      // A dropped table or view takes its triggers along.
      if (drop.object !== 'table') return { ...NOTHING, triggers: true };
      // With foreign keys on, dropping a table deletes its rows first, and that cascades.
      const rows = reads.foreignKeys()
        ? rowsReached([{ table: drop.name, event: 'delete' }], reads)
        : [drop.name];
      return rows === 'all' ? EVERYTHING : { tables: [drop.name], rows, triggers: true, foreignKeys: false };
    }
    case 'insert':
    case 'replace':
    case 'update':
    case 'delete': {
      const made = writesOf(tokens);
      const rows = made === 'rollback' || made === 'unknown' ? 'all' : rowsReached(made, reads);
      return rows === 'all' ? EVERYTHING : writes(rows);
    }
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
    return { ...NOTHING, tables: [parsed.name], rows: [parsed.name] };
  }
  // Indexes, views and triggers add no table and write no row (a UNIQUE index that does not hold
  // fails instead).
  if (parsed.kind === 'create-trigger') return { ...NOTHING, triggers: true };
  return parsed.kind === 'create-index' || parsed.kind === 'create-view' ? NOTHING : EVERYTHING;
}

function alterEffect(sql: string, tokens: readonly Token[]): StatementEffect {
  const alter = parseAlterTableSql(sql);
  if (!alter || qualified(tokens.slice(0, 4))) return EVERYTHING;
  switch (alter.action.kind) {
    case 'rename-table':
      // Its triggers move along with it.
      return {
        ...NOTHING,
        tables: [alter.table, alter.action.to],
        rows: [alter.table, alter.action.to],
        triggers: true,
      };
    case 'rename-column':
      // Renames also rewrite references elsewhere (triggers' bodies), which changes no other
      // table's columns; rows stay as they are.
      return { ...NOTHING, tables: [alter.table], triggers: true };
    case 'add-column':
    case 'drop-column':
      // The table's row in sqlite_schema changes; rows stay as they are.
      return { ...NOTHING, tables: [alter.table] };
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

/**
 * The writes one INSERT, REPLACE, UPDATE or DELETE makes itself (a SELECT makes none), before any
 * trigger: `'rollback'` when it may undo the transaction (`OR ROLLBACK`, `RAISE(ROLLBACK, …)`),
 * `'unknown'` when it cannot be told.
 */
function writesOf(tokens: readonly Token[]): readonly TableWrite[] | 'rollback' | 'unknown' {
  if (tokens.some((t) => isKeyword(t, 'rollback'))) return 'rollback';
  const first = tokens[0]?.kind === 'word' ? tokens[0].text.toLowerCase() : '';
  switch (first) {
    case 'select':
    case 'values':
      return [];
    case 'insert':
    case 'replace': {
      const replace = first === 'replace' || conflictEffect(tokens, 1) === 'replace';
      const into = tokens.findIndex((t) => isKeyword(t, 'into'));
      const table = into > 0 ? target(tokens, into + 1) : undefined;
      if (table === undefined) return 'unknown';
      const upsert = tokens.some((t, i) => isKeyword(t, 'do') && isKeyword(tokens[i + 1], 'update'));
      return [
        { table, event: 'insert' },
        ...(upsert ? [{ table, event: 'update' } as const] : []),
        ...(replace ? [{ table, event: 'delete' } as const] : []),
      ];
    }
    case 'update': {
      const replace = conflictEffect(tokens, 1) === 'replace';
      const table = target(tokens, replace ? 3 : 1);
      if (table === undefined) return 'unknown';
      return [{ table, event: 'update' }, ...(replace ? [{ table, event: 'delete' } as const] : [])];
    }
    case 'delete': {
      const table = isKeyword(tokens[1], 'from') ? target(tokens, 2) : undefined;
      return table === undefined ? 'unknown' : [{ table, event: 'delete' }];
    }
    default:
      return 'unknown';
  }
}

/** How SQLite matches table names: ASCII letters without regard to case, anything else exactly. */
export const sqliteKey = (name: string) =>
  /[A-Z]/.test(name) ? name.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : name;

/**
 * The tables whose row counts `first` can change, following what each write sets off: the triggers
 * on its event, foreign key actions when foreign keys are on (ON DELETE CASCADE deletes, SET NULL
 * and SET DEFAULT update, ON UPDATE actions update), and constraints resolved by REPLACE, which
 * delete. An UPDATE changes no count by itself. `'all'` as soon as a write goes where this cannot
 * follow: a table not read here, a trigger body not understood, a possible ROLLBACK (which may
 * undo more than rows: callers take `'all'` as the whole database).
 */
export function rowsReached(first: readonly TableWrite[], reads: EffectReads): 'all' | string[] {
  const rows = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [...first];
  for (let write = queue.pop(); write; write = queue.pop()) {
    const { table, event } = write;
    const seenKey = `${event} ${sqliteKey(table)}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    const traits = reads.table(table);
    if (!traits || traits.rollsBack) return 'all';
    if (event !== 'update') rows.set(sqliteKey(table), table);
    if (event !== 'delete' && traits.replaces) queue.push({ table, event: 'delete' });
    for (const trigger of traits.triggers) {
      if (trigger.event !== event) continue;
      if (trigger.writes === 'all') return 'all';
      queue.push(...trigger.writes);
    }
    if (event === 'insert' || !reads.foreignKeys()) continue;
    const children = traits.children();
    if (!children) return 'all';
    for (const child of children) {
      const action = (event === 'delete' ? child.onDelete : child.onUpdate).toUpperCase();
      if (action === 'CASCADE') queue.push({ table: child.table, event });
      else if (action === 'SET NULL' || action === 'SET DEFAULT')
        queue.push({ table: child.table, event: 'update' });
    }
  }
  return [...rows.values()];
}

/**
 * What a trigger fires on and what its body writes, from its CREATE TRIGGER statement (as
 * sqlite_schema keeps it). Anything the body does but INSERT, UPDATE, DELETE and SELECT makes its
 * writes `'all'`, as does a body that cannot be found.
 */
export function triggerEffect(sql: string): TriggerEffect | undefined {
  const tokens = significantTokens(sql);
  const on = tokens.findIndex((t) => isKeyword(t, 'on'));
  const eventToken = tokens
    .slice(0, on < 0 ? tokens.length : on)
    .find((t) => isKeyword(t, 'insert') || isKeyword(t, 'update') || isKeyword(t, 'delete'));
  if (!eventToken || on < 0) return undefined;
  const event = eventToken.text.toLowerCase() as WriteEvent;
  const begin = tokens.findIndex((t, i) => i > on && isKeyword(t, 'begin'));
  const end = tokens.findLastIndex((t) => isKeyword(t, 'end'));
  if (begin < 0 || end <= begin) return { event, writes: 'all' };
  const body = sql.slice(tokens[begin]!.end, tokens[end]!.start);
  const writes: TableWrite[] = [];
  for (const statement of splitStatements(body, '')) {
    const made = writesOf(significantTokens(statement.sql));
    if (made === 'rollback' || made === 'unknown') return { event, writes: 'all' };
    writes.push(...made);
  }
  return { event, writes };
}
