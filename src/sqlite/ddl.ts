/**
 * A tolerant parser for the DDL SQLite keeps in sqlite_schema (and that users write): CREATE
 * TABLE / INDEX / VIEW / TRIGGER, ALTER TABLE and DROP. PRAGMA reports most facts of a database;
 * this supplies what PRAGMA cannot: CHECK constraints, AUTOINCREMENT, generated expressions,
 * COLLATE, constraint names, and where in the statement each column and constraint is written.
 *
 * Positions are 1-based line/column relative to the start of the statement text (use
 * `absolutePosition` to place them in a file). Expressions are returned as written (raw source
 * slices); normalize them with src/schema/normalize.ts. The parser never throws: unknown syntax is
 * skipped, and statements it does not model give `undefined`.
 */
import type { SourceRef } from '../schema/types.js';
import {
  identifierName,
  isIdentifier,
  isKeyword,
  positionAt,
  significantTokens,
  type Token,
} from './tokenize.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface CheckDef {
  /** The `CONSTRAINT name` before it, if any. */
  readonly name?: string;
  /** Expression inside `CHECK ( … )`, as written. */
  readonly expression: string;
  readonly position: Position;
}

export interface ForeignKeyDef {
  readonly name?: string;
  readonly columns: readonly string[];
  readonly table: string;
  readonly refColumns: readonly string[];
  /** Upper-case action as written (`CASCADE`, `SET NULL`, `NO ACTION`, …). */
  readonly onDelete?: string;
  readonly onUpdate?: string;
  readonly position: Position;
}

/** A PRIMARY KEY or UNIQUE constraint, column-level or table-level, in declaration order. */
export interface KeyDef {
  readonly kind: 'primary-key' | 'unique';
  readonly name?: string;
  /** Column names (or expressions as written, for the rare expression term). */
  readonly columns: readonly string[];
  readonly autoincrement: boolean;
  /** `PRIMARY KEY DESC` on a column (which keeps `INTEGER PRIMARY KEY DESC` from being a rowid alias). */
  readonly desc: boolean;
  readonly position: Position;
}

export interface ColumnDef {
  readonly name: string;
  /** Declared type exactly as written (`''` when none). */
  readonly type: string;
  readonly position: Position;
  readonly primaryKey?: KeyDef;
  readonly notNull: boolean;
  readonly unique: boolean;
  readonly checks: readonly CheckDef[];
  /** DEFAULT expression as written (without the keyword). */
  readonly default?: string;
  /** Collating sequence name as written. */
  readonly collate?: string;
  readonly references?: ForeignKeyDef;
  readonly generated?: { readonly kind: 'virtual' | 'stored'; readonly expression: string };
}

export interface CreateTable {
  readonly kind: 'create-table';
  readonly name: string;
  readonly schema?: string;
  readonly temporary: boolean;
  readonly ifNotExists: boolean;
  /** Position of the table name. */
  readonly position: Position;
  readonly columns: readonly ColumnDef[];
  /** Every PRIMARY KEY / UNIQUE constraint, column- and table-level, in declaration order. */
  readonly keys: readonly KeyDef[];
  /** Every CHECK constraint, column- and table-level, in declaration order. */
  readonly checks: readonly CheckDef[];
  /** Every foreign key, column- and table-level, in declaration order. */
  readonly foreignKeys: readonly ForeignKeyDef[];
  readonly strict: boolean;
  readonly withoutRowid: boolean;
  /** `CREATE TABLE … AS SELECT` (columns come from the query). */
  readonly asSelect: boolean;
  /** Module name of a `CREATE VIRTUAL TABLE … USING module(…)`. */
  readonly virtualModule?: string;
}

export interface IndexedColumn {
  /** The term as written, without COLLATE and ASC/DESC. */
  readonly expression: string;
  /** Set when the term is a plain column name. */
  readonly column?: string;
  readonly collate?: string;
  readonly desc: boolean;
}

export interface CreateIndex {
  readonly kind: 'create-index';
  readonly name: string;
  readonly table: string;
  readonly unique: boolean;
  readonly ifNotExists: boolean;
  readonly position: Position;
  readonly columns: readonly IndexedColumn[];
  /** Partial index condition as written. */
  readonly where?: string;
}

export interface CreateView {
  readonly kind: 'create-view';
  readonly name: string;
  readonly ifNotExists: boolean;
  readonly position: Position;
  readonly columns: readonly string[];
  /** The `SELECT …` after AS, as written. */
  readonly select: string;
}

export interface CreateTrigger {
  readonly kind: 'create-trigger';
  readonly name: string;
  readonly table: string;
  readonly ifNotExists: boolean;
  readonly position: Position;
}

export type AlterAction =
  | {
      readonly kind: 'add-column';
      readonly column: ColumnDef;
      /** Offset in the statement where the column definition (its name) starts. */
      readonly definitionStart: number;
    }
  | { readonly kind: 'rename-table'; readonly to: string }
  | { readonly kind: 'rename-column'; readonly from: string; readonly to: string }
  | { readonly kind: 'drop-column'; readonly column: string };

export interface AlterTable {
  readonly kind: 'alter-table';
  readonly table: string;
  readonly position: Position;
  readonly action: AlterAction;
}

/** The kinds of object sqlite_schema holds. */
export type ObjectType = 'table' | 'index' | 'view' | 'trigger';

export interface DropObject {
  readonly kind: 'drop';
  readonly object: ObjectType;
  readonly name: string;
  readonly position: Position;
}

export type DdlStatement = CreateTable | CreateIndex | CreateView | CreateTrigger | AlterTable | DropObject;

/** Places a statement-relative position in the file, given where the statement starts. */
export function absolutePosition(
  start: { readonly line: number; readonly column?: number },
  pos: Position,
): { line: number; column: number } {
  return {
    line: start.line + pos.line - 1,
    column: pos.line === 1 ? (start.column ?? 1) + pos.column - 1 : pos.column,
  };
}

/** Where `offset` of a statement that starts at `start` is in its file. */
export function locationAt(start: SourceRef, sql: string, offset: number): SourceRef {
  return { path: start.path, ...absolutePosition(start, positionAt(sql, offset)) };
}

const COLUMN_CONSTRAINT_START: ReadonlySet<string> = new Set([
  'constraint',
  'primary',
  'not',
  'null',
  'unique',
  'check',
  'default',
  'collate',
  'references',
  'generated',
  'as',
]);

const KEY_TERM_END: ReadonlySet<string> = new Set(['collate', 'asc', 'desc', 'autoincrement']);
const INDEX_TERM_END: ReadonlySet<string> = new Set(['collate', 'asc', 'desc']);
const NO_STOP: ReadonlySet<string> = new Set();

const TABLE_CONSTRAINT_START: ReadonlySet<string> = new Set([
  'constraint',
  'primary',
  'unique',
  'check',
  'foreign',
]);

/** A cursor over significant tokens. */
class Cursor {
  i = 0;
  /** Lower-case text of each word token ('' for others), computed once. */
  readonly words: readonly string[];
  constructor(
    readonly tokens: readonly Token[],
    readonly sql: string,
  ) {
    this.words = tokens.map((t) => (t.kind === 'word' ? t.text.toLowerCase() : ''));
  }

  get done(): boolean {
    return this.i >= this.tokens.length;
  }

  peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  next(): Token | undefined {
    return this.tokens[this.i++];
  }

  /** Consumes the keyword sequence if it is next. */
  accept(...words: string[]): boolean {
    for (let k = 0; k < words.length; k++) if (this.words[this.i + k] !== words[k]) return false;
    this.i += words.length;
    return true;
  }

  atOp(text: string): boolean {
    const t = this.peek();
    return t?.kind === 'op' && t.text === text;
  }

  acceptOp(text: string): boolean {
    if (!this.atOp(text)) return false;
    this.i++;
    return true;
  }

  /** Source text from token `from` to token `to` (inclusive), as written. */
  slice(from: number, to: number): string {
    const a = this.tokens[from];
    const b = this.tokens[to];
    if (!a || !b || to < from) return '';
    return this.sql.slice(a.start, b.end);
  }

  /** Skips a balanced `( … )` at the cursor; returns the raw text inside. */
  parenthesized(): string | undefined {
    if (!this.atOp('(')) return undefined;
    const open = this.i;
    let depth = 0;
    while (!this.done) {
      const t = this.next()!;
      if (t.kind !== 'op') continue;
      if (t.text === '(') depth++;
      else if (t.text === ')' && --depth === 0) return this.slice(open + 1, this.i - 2);
    }
    return this.slice(open + 1, this.tokens.length - 1);
  }

  /** Consumes tokens up to (not including) a `,` or `)` at depth 0, or a keyword in `stop` at depth 0. */
  until(stop: ReadonlySet<string> = NO_STOP): { from: number; to: number } {
    const from = this.i;
    let depth = 0;
    while (!this.done) {
      const t = this.peek()!;
      if (t.kind === 'op') {
        if (t.text === '(') depth++;
        else if (t.text === ')') {
          if (depth === 0) break;
          depth--;
        } else if (t.text === ',' && depth === 0) break;
      } else if (depth === 0 && stop.has(this.words[this.i]!)) break;
      this.i++;
    }
    return { from, to: this.i - 1 };
  }

  name(): string | undefined {
    const t = this.peek();
    if (!isIdentifier(t)) return undefined;
    this.i++;
    return identifierName(t);
  }

  /** `[schema.]name`: returns the name and schema. */
  qualifiedName(): { name: string; schema?: string; token: Token } | undefined {
    const token = this.peek();
    const first = this.name();
    if (first === undefined || !token) return undefined;
    if (this.atOp('.')) {
      this.i++;
      const nameToken = this.peek();
      const second = this.name();
      if (second !== undefined && nameToken) return { name: second, schema: first, token: nameToken };
    }
    return { name: first, token };
  }

  /** `( name, name … )` as plain names (terms that are not a single name are kept as written). */
  nameList(): string[] {
    const names: string[] = [];
    if (!this.acceptOp('(')) return names;
    while (!this.done && !this.atOp(')')) {
      const { from, to } = this.until(KEY_TERM_END);
      const term = this.tokens[from];
      if (to === from && term) names.push(identifierName(term));
      else if (to >= from) names.push(this.slice(from, to));
      this.until();
      if (!this.acceptOp(',')) break;
    }
    this.acceptOp(')');
    return names;
  }
}

function pos(t: Token | undefined): Position {
  return t ? { line: t.line, column: t.column } : { line: 1, column: 1 };
}

function skipConflictClause(c: Cursor): void {
  if (c.accept('on', 'conflict')) c.next();
}

/** `REFERENCES t (cols) [ON DELETE …] [ON UPDATE …] [MATCH x] [[NOT] DEFERRABLE …]` after REFERENCES. */
function parseReferences(c: Cursor, columns: readonly string[], name: string | undefined, at: Token) {
  const table = c.qualifiedName()?.name ?? '';
  const refColumns = c.atOp('(') ? c.nameList() : [];
  let onDelete: string | undefined;
  let onUpdate: string | undefined;
  for (;;) {
    if (c.accept('on')) {
      const which = c.next()?.text.toLowerCase();
      let action: string;
      if (c.accept('set', 'null')) action = 'SET NULL';
      else if (c.accept('set', 'default')) action = 'SET DEFAULT';
      else if (c.accept('no', 'action')) action = 'NO ACTION';
      else action = (c.next()?.text ?? '').toUpperCase();
      if (which === 'delete') onDelete = action;
      else if (which === 'update') onUpdate = action;
    } else if (c.accept('match')) {
      c.next();
    } else if (c.accept('not', 'deferrable') || c.accept('deferrable')) {
      if (c.accept('initially')) c.next();
    } else break;
  }
  const fk: ForeignKeyDef = {
    columns,
    table,
    refColumns,
    position: pos(at),
    ...(name !== undefined && { name }),
    ...(onDelete !== undefined && { onDelete }),
    ...(onUpdate !== undefined && { onUpdate }),
  };
  return fk;
}

function parseCheck(c: Cursor, name: string | undefined, at: Token): CheckDef {
  const expression = c.parenthesized() ?? '';
  return { expression, position: pos(at), ...(name !== undefined && { name }) };
}

function parseColumn(c: Cursor, sink: { keys: KeyDef[]; checks: CheckDef[]; foreignKeys: ForeignKeyDef[] }) {
  const nameToken = c.peek();
  const name = c.name() ?? '';
  const typeRange = c.until(COLUMN_CONSTRAINT_START);
  const type = c.slice(typeRange.from, typeRange.to);
  let primaryKey: KeyDef | undefined;
  let notNull = false;
  let unique = false;
  const checks: CheckDef[] = [];
  let defaultValue: string | undefined;
  let collate: string | undefined;
  let references: ForeignKeyDef | undefined;
  let generated: ColumnDef['generated'];
  let constraintName: string | undefined;
  let constraintStart: Token | undefined;
  while (!c.done && !c.atOp(',') && !c.atOp(')')) {
    // A constraint is located at its `CONSTRAINT name` when it has one.
    const at = constraintStart ?? c.peek()!;
    if (c.accept('constraint')) {
      constraintStart = at;
      constraintName = c.name();
      continue;
    }
    const named = constraintName;
    constraintName = undefined;
    constraintStart = undefined;
    if (c.accept('primary', 'key')) {
      const desc = c.accept('desc');
      if (!desc) c.accept('asc');
      skipConflictClause(c);
      const autoincrement = c.accept('autoincrement');
      primaryKey = {
        kind: 'primary-key',
        columns: [name],
        autoincrement,
        desc,
        position: pos(at),
        ...(named !== undefined && { name: named }),
      };
      sink.keys.push(primaryKey);
    } else if (c.accept('not', 'null')) {
      notNull = true;
      skipConflictClause(c);
    } else if (c.accept('null')) {
      skipConflictClause(c);
    } else if (c.accept('unique')) {
      unique = true;
      skipConflictClause(c);
      sink.keys.push({
        kind: 'unique',
        columns: [name],
        autoincrement: false,
        desc: false,
        position: pos(at),
        ...(named !== undefined && { name: named }),
      });
    } else if (c.accept('check')) {
      const check = parseCheck(c, named, at);
      checks.push(check);
      sink.checks.push(check);
    } else if (c.accept('default')) {
      if (c.atOp('(')) {
        const from = c.i;
        c.parenthesized();
        defaultValue = c.slice(from, c.i - 1);
      } else {
        const from = c.i;
        while (c.atOp('-') || c.atOp('+')) c.next();
        c.next();
        defaultValue = c.slice(from, c.i - 1);
      }
    } else if (c.accept('collate')) {
      collate = c.name();
    } else if (c.accept('references')) {
      references = parseReferences(c, [name], named, at);
      sink.foreignKeys.push(references);
    } else if (c.accept('generated', 'always', 'as') || c.accept('as')) {
      const expression = c.parenthesized() ?? '';
      const stored = c.accept('stored');
      if (!stored) c.accept('virtual');
      generated = { kind: stored ? 'stored' : 'virtual', expression };
    } else {
      c.next(); // unknown: skip a token
    }
  }
  const column: ColumnDef = {
    name,
    type,
    position: pos(nameToken),
    notNull,
    unique,
    checks,
    ...(primaryKey && { primaryKey }),
    ...(defaultValue !== undefined && { default: defaultValue }),
    ...(collate !== undefined && { collate }),
    ...(references && { references }),
    ...(generated && { generated }),
  };
  return column;
}

function parseTableConstraint(
  c: Cursor,
  sink: { keys: KeyDef[]; checks: CheckDef[]; foreignKeys: ForeignKeyDef[] },
): void {
  let name: string | undefined;
  const at = c.peek()!;
  if (c.accept('constraint')) name = c.name();
  const keyword = c.peek();
  if (c.accept('primary', 'key') || c.accept('unique')) {
    const kind = isKeyword(keyword, 'unique') ? 'unique' : 'primary-key';
    const open = c.i;
    const columns = c.nameList();
    const autoincrement = c.tokens.slice(open, c.i).some((t) => isKeyword(t, 'autoincrement'));
    skipConflictClause(c);
    sink.keys.push({
      kind,
      columns,
      autoincrement,
      desc: false,
      position: pos(at),
      ...(name !== undefined && { name }),
    });
  } else if (c.accept('check')) {
    sink.checks.push(parseCheck(c, name, at));
  } else if (c.accept('foreign', 'key')) {
    const columns = c.nameList();
    if (c.accept('references')) sink.foreignKeys.push(parseReferences(c, columns, name, at));
  }
  c.until();
}

function parseCreateTable(c: Cursor, temporary: boolean): CreateTable | undefined {
  const ifNotExists = c.accept('if', 'not', 'exists');
  const qn = c.qualifiedName();
  if (!qn) return undefined;
  const sink = { keys: [] as KeyDef[], checks: [] as CheckDef[], foreignKeys: [] as ForeignKeyDef[] };
  const columns: ColumnDef[] = [];
  let asSelect = false;
  let strict = false;
  let withoutRowid = false;
  if (c.accept('as')) {
    asSelect = true;
  } else if (c.acceptOp('(')) {
    while (!c.done && !c.atOp(')')) {
      const first = c.peek()!;
      if (first.kind === 'word' && TABLE_CONSTRAINT_START.has(first.text.toLowerCase())) {
        parseTableConstraint(c, sink);
      } else {
        columns.push(parseColumn(c, sink));
      }
      if (!c.acceptOp(',')) break;
    }
    c.acceptOp(')');
    while (!c.done) {
      if (c.accept('strict')) strict = true;
      else if (c.accept('without', 'rowid')) withoutRowid = true;
      else c.next();
    }
  }
  return {
    kind: 'create-table',
    name: qn.name,
    ...(qn.schema !== undefined && { schema: qn.schema }),
    temporary,
    ifNotExists,
    position: pos(qn.token),
    columns,
    keys: sink.keys,
    checks: sink.checks,
    foreignKeys: sink.foreignKeys,
    strict,
    withoutRowid,
    asSelect,
  };
}

function parseCreateVirtualTable(c: Cursor): CreateTable | undefined {
  const ifNotExists = c.accept('if', 'not', 'exists');
  const qn = c.qualifiedName();
  if (!qn) return undefined;
  const virtualModule = c.accept('using') ? c.name() : undefined;
  return {
    kind: 'create-table',
    name: qn.name,
    ...(qn.schema !== undefined && { schema: qn.schema }),
    temporary: false,
    ifNotExists,
    position: pos(qn.token),
    columns: [],
    keys: [],
    checks: [],
    foreignKeys: [],
    strict: false,
    withoutRowid: false,
    asSelect: false,
    ...(virtualModule !== undefined && { virtualModule }),
  };
}

function parseCreateIndex(c: Cursor, unique: boolean): CreateIndex | undefined {
  const ifNotExists = c.accept('if', 'not', 'exists');
  const qn = c.qualifiedName();
  if (!qn || !c.accept('on')) return undefined;
  const table = c.name() ?? '';
  const columns: IndexedColumn[] = [];
  if (c.acceptOp('(')) {
    while (!c.done && !c.atOp(')')) {
      const { from, to } = c.until(INDEX_TERM_END);
      let collate: string | undefined;
      let desc = false;
      for (;;) {
        if (c.accept('collate')) collate = c.name();
        else if (c.accept('desc')) desc = true;
        else if (!c.accept('asc')) break;
      }
      const term = c.tokens[from];
      const plain = to === from && term && (term.kind === 'word' || term.kind === 'quoted');
      columns.push({
        expression: c.slice(from, to),
        desc,
        ...(plain && { column: identifierName(term) }),
        ...(collate !== undefined && { collate }),
      });
      c.until();
      if (!c.acceptOp(',')) break;
    }
    c.acceptOp(')');
  }
  let where: string | undefined;
  if (c.accept('where')) {
    const from = c.i;
    let to = c.tokens.length - 1;
    while (to >= from && c.tokens[to]!.text === ';') to--;
    where = c.slice(from, to);
  }
  return {
    kind: 'create-index',
    name: qn.name,
    table,
    unique,
    ifNotExists,
    position: pos(qn.token),
    columns,
    ...(where !== undefined && { where }),
  };
}

function parseCreateView(c: Cursor): CreateView | undefined {
  const ifNotExists = c.accept('if', 'not', 'exists');
  const qn = c.qualifiedName();
  if (!qn) return undefined;
  const columns = c.atOp('(') ? c.nameList() : [];
  if (!c.accept('as')) return undefined;
  const from = c.i;
  let to = c.tokens.length - 1;
  while (to >= from && c.tokens[to]!.text === ';') to--;
  return {
    kind: 'create-view',
    name: qn.name,
    ifNotExists,
    position: pos(qn.token),
    columns,
    select: c.slice(from, to),
  };
}

function parseCreateTrigger(c: Cursor): CreateTrigger | undefined {
  const ifNotExists = c.accept('if', 'not', 'exists');
  const qn = c.qualifiedName();
  if (!qn) return undefined;
  // [BEFORE|AFTER|INSTEAD OF] DELETE|INSERT|UPDATE [OF cols] ON table
  while (!c.done && !c.accept('on')) c.next();
  const table = c.qualifiedName()?.name ?? '';
  return { kind: 'create-trigger', name: qn.name, table, ifNotExists, position: pos(qn.token) };
}

function parseAlterTable(c: Cursor, at: Token, sql: string): AlterTable | undefined {
  const qn = c.qualifiedName();
  if (!qn) return undefined;
  let action: AlterAction | undefined;
  if (c.accept('rename', 'to')) {
    const to = c.name();
    if (to !== undefined) action = { kind: 'rename-table', to };
  } else if (c.accept('rename')) {
    c.accept('column');
    const from = c.name();
    const to = c.accept('to') ? c.name() : undefined;
    if (from !== undefined && to !== undefined) action = { kind: 'rename-column', from, to };
  } else if (c.accept('add')) {
    c.accept('column');
    const definitionStart = c.peek()?.start ?? sql.length;
    const sink = { keys: [], checks: [], foreignKeys: [] };
    action = { kind: 'add-column', column: parseColumn(c, sink), definitionStart };
  } else if (c.accept('drop')) {
    c.accept('column');
    const column = c.name();
    if (column !== undefined) action = { kind: 'drop-column', column };
  }
  return action && { kind: 'alter-table', table: qn.name, position: pos(at), action };
}

/** Parses one DDL statement; undefined when it is not one this parser models (or is hopeless). */
export function parseStatement(sql: string): DdlStatement | undefined {
  const c = new Cursor(significantTokens(sql), sql);
  const first = c.peek();
  if (!first) return undefined;
  if (c.accept('create')) {
    const temporary = c.accept('temp') || c.accept('temporary');
    if (c.accept('table')) return parseCreateTable(c, temporary);
    if (c.accept('virtual', 'table')) return parseCreateVirtualTable(c);
    if (c.accept('unique', 'index')) return parseCreateIndex(c, true);
    if (c.accept('index')) return parseCreateIndex(c, false);
    if (c.accept('view')) return parseCreateView(c);
    if (c.accept('trigger')) return parseCreateTrigger(c);
    return undefined;
  }
  if (c.accept('alter', 'table')) return parseAlterTable(c, first, sql);
  if (c.accept('drop')) {
    const object = c.next()?.text.toLowerCase();
    if (!isObjectType(object)) return undefined;
    c.accept('if', 'exists');
    const qn = c.qualifiedName();
    return qn && { kind: 'drop', object, name: qn.name, position: pos(qn.token) };
  }
  return undefined;
}

function isObjectType(word: string | undefined): word is ObjectType {
  return word === 'table' || word === 'index' || word === 'view' || word === 'trigger';
}

/** Parses a CREATE TABLE statement (convenience for callers that only want tables). */
export function parseCreateTableSql(sql: string): CreateTable | undefined {
  const parsed = parseStatement(sql);
  return parsed?.kind === 'create-table' ? parsed : undefined;
}

/** Parses an ALTER TABLE statement (convenience for callers that only want those). */
export function parseAlterTableSql(sql: string): AlterTable | undefined {
  const parsed = parseStatement(sql);
  return parsed?.kind === 'alter-table' ? parsed : undefined;
}

/**
 * The table a statement works on, where that is plain to see: any ALTER TABLE (even one this
 * parser does not model), CREATE INDEX/TRIGGER, INSERT/REPLACE, UPDATE, DELETE. For messages.
 */
export function statementTable(sql: string): string | undefined {
  const c = new Cursor(significantTokens(sql), sql);
  if (c.accept('alter', 'table')) return c.qualifiedName()?.name;
  if (c.accept('insert') || c.accept('replace')) {
    while (!c.done && !c.accept('into')) c.next();
    return c.qualifiedName()?.name;
  }
  if (c.accept('update')) {
    if (c.accept('or')) c.next();
    return c.qualifiedName()?.name;
  }
  if (c.accept('delete', 'from')) return c.qualifiedName()?.name;
  if (isKeyword(c.peek(), 'create')) {
    const parsed = parseStatement(sql);
    if (parsed?.kind === 'create-index' || parsed?.kind === 'create-trigger')
      return parsed.table || undefined;
  }
  return undefined;
}
