import { isName, isWord, type Token, tokenize } from './replay-scan.js';

/**
 * The few facts replay needs from DDL text: where each column of a CREATE TABLE is defined, and
 * what an ALTER TABLE or CREATE statement targets. (src/sqlite/ddl.ts is the full parser.)
 */

const TABLE_CONSTRAINT = new Set(['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN']);

/** Offsets of each column name in a `CREATE TABLE … (…)` statement, keyed by lower-case name. */
export function columnOffsets(sql: string): Map<string, number> {
  const offsets = new Map<string, number>();
  const tokens = tokenize(sql);
  let depth = 0;
  let expectName = false;
  for (const token of tokens) {
    if (token.kind === 'punct') {
      if (token.text === '(') {
        depth++;
        expectName = depth === 1;
      } else if (token.text === ')') {
        depth--;
      } else if (token.text === ',' && depth === 1) {
        expectName = true;
      }
      continue;
    }
    if (expectName && depth === 1) {
      expectName = false;
      if (token.kind === 'word' && TABLE_CONSTRAINT.has(token.text.toUpperCase())) continue;
      if (isName(token)) {
        const key = token.text.toLowerCase();
        if (!offsets.has(key)) offsets.set(key, token.start);
      }
    } else if (depth === 0 && isWord(token, 'AS')) {
      break; // CREATE TABLE … AS SELECT: no column definitions
    }
  }
  return offsets;
}

/** A possibly schema-qualified name starting at token `i`: the name and the index after it. */
function qualifiedName(tokens: readonly Token[], i: number): { name: string; next: number } | undefined {
  const first = tokens[i];
  if (!isName(first)) return undefined;
  if (tokens[i + 1]?.text === '.' && isName(tokens[i + 2])) {
    return { name: tokens[i + 2]!.text, next: i + 3 };
  }
  return { name: first.text, next: i + 1 };
}

export type AlterAction =
  | { readonly kind: 'add-column'; readonly column: string; readonly definitionStart: number }
  | { readonly kind: 'rename-table'; readonly to: string }
  | { readonly kind: 'rename-column'; readonly column: string; readonly to: string }
  | { readonly kind: 'drop-column'; readonly column: string }
  | { readonly kind: 'other' };

export interface AlterTable {
  readonly table: string;
  readonly action: AlterAction;
}

/** The target and action of an `ALTER TABLE` statement, or undefined when it is not one. */
export function parseAlterTable(sql: string): AlterTable | undefined {
  const t = tokenize(sql);
  if (!isWord(t[0], 'ALTER') || !isWord(t[1], 'TABLE')) return undefined;
  const target = qualifiedName(t, 2);
  if (!target) return undefined;
  let i = target.next;
  const verb = t[i]?.text.toUpperCase();
  i++;
  const table = target.name;
  if (verb === 'ADD') {
    if (isWord(t[i], 'COLUMN')) i++;
    const column = t[i];
    if (!isName(column)) return { table, action: { kind: 'other' } };
    return { table, action: { kind: 'add-column', column: column.text, definitionStart: column.start } };
  }
  if (verb === 'RENAME') {
    if (isWord(t[i], 'TO') && isName(t[i + 1])) {
      return { table, action: { kind: 'rename-table', to: t[i + 1]!.text } };
    }
    if (isWord(t[i], 'COLUMN')) i++;
    if (isName(t[i]) && isWord(t[i + 1], 'TO') && isName(t[i + 2])) {
      return { table, action: { kind: 'rename-column', column: t[i]!.text, to: t[i + 2]!.text } };
    }
  }
  if (verb === 'DROP') {
    if (isWord(t[i], 'COLUMN')) i++;
    if (isName(t[i])) return { table, action: { kind: 'drop-column', column: t[i]!.text } };
  }
  return { table, action: { kind: 'other' } };
}

export type ObjectType = 'table' | 'index' | 'view' | 'trigger';

export interface CreateTarget {
  readonly type: ObjectType;
  readonly name: string;
  readonly ifNotExists: boolean;
}

/** What a `CREATE …` statement creates, or undefined when it is not one. */
export function parseCreate(sql: string): CreateTarget | undefined {
  const t = tokenize(sql);
  if (!isWord(t[0], 'CREATE')) return undefined;
  let i = 1;
  while (
    isWord(t[i], 'TEMP') ||
    isWord(t[i], 'TEMPORARY') ||
    isWord(t[i], 'UNIQUE') ||
    isWord(t[i], 'VIRTUAL')
  ) {
    i++;
  }
  const kind = t[i]?.text.toLowerCase();
  if (kind !== 'table' && kind !== 'index' && kind !== 'view' && kind !== 'trigger') return undefined;
  i++;
  let ifNotExists = false;
  if (isWord(t[i], 'IF') && isWord(t[i + 1], 'NOT') && isWord(t[i + 2], 'EXISTS')) {
    ifNotExists = true;
    i += 3;
  }
  const target = qualifiedName(t, i);
  return target ? { type: kind, name: target.name, ifNotExists } : undefined;
}

/** The name a `DROP TABLE|INDEX|VIEW|TRIGGER` statement removes. */
export function parseDrop(sql: string): { readonly type: ObjectType; readonly name: string } | undefined {
  const t = tokenize(sql);
  if (!isWord(t[0], 'DROP')) return undefined;
  const kind = t[1]?.text.toLowerCase();
  if (kind !== 'table' && kind !== 'index' && kind !== 'view' && kind !== 'trigger') return undefined;
  let i = 2;
  if (isWord(t[i], 'IF') && isWord(t[i + 1], 'EXISTS')) i += 2;
  const target = qualifiedName(t, i);
  return target ? { type: kind, name: target.name } : undefined;
}

/** The table a statement works on, where that is plain to see (ALTER, CREATE INDEX/TRIGGER, DML). */
export function statementTable(sql: string): string | undefined {
  const t = tokenize(sql);
  const first = t[0]?.text.toUpperCase();
  let i = -1;
  if (first === 'ALTER' && isWord(t[1], 'TABLE')) i = 2;
  else if (first === 'INSERT' || first === 'REPLACE') i = t.findIndex((x) => isWord(x, 'INTO')) + 1;
  else if (first === 'UPDATE') i = isWord(t[1], 'OR') ? 3 : 1;
  else if (first === 'DELETE' && isWord(t[1], 'FROM')) i = 2;
  else if (first === 'CREATE') {
    const on = t.findIndex((x) => isWord(x, 'ON'));
    if (on > 0 && (t.some((x) => isWord(x, 'INDEX')) || t.some((x) => isWord(x, 'TRIGGER')))) i = on + 1;
  }
  return i > 0 ? qualifiedName(t, i)?.name : undefined;
}
