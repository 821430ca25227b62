import type { Column, Table } from '../schema/types.js';
import { matchByName } from './match.js';
import { canonicalDefault, nameKey, sameSql, sameType } from './sql-text.js';
import type { ColumnChange, ColumnFacet, IgnorePredicate, SchemaChange, TablePair } from './types.js';

/** Column differences of one table: missing, extra, then each facet of the columns both have. */
export function diffColumns(tables: TablePair, ignore: IgnorePredicate): SchemaChange[] {
  const kept = (t: Table) => t.columns.filter((c) => !ignore(t.name, c.name));
  const { pairs, missing, extra } = matchByName(kept(tables.expected), kept(tables.actual));
  const changes: SchemaChange[] = [];
  for (const expected of missing) changes.push({ kind: 'column-missing', tables, expected });
  for (const actual of extra) changes.push({ kind: 'column-extra', tables, actual });
  for (const { expected, actual } of pairs) {
    for (const facet of FACETS) {
      if (differs[facet](tables, expected, actual))
        changes.push(columnChange(facet, tables, expected, actual));
    }
  }
  return changes;
}

function columnChange(facet: ColumnFacet, tables: TablePair, expected: Column, actual: Column): ColumnChange {
  return { kind: `column-${facet}-changed`, facet, tables, expected, actual } as ColumnChange;
}

const FACETS: readonly ColumnFacet[] = ['type', 'nullable', 'default', 'generated', 'collate'];

type FacetCheck = (tables: TablePair, expected: Column, actual: Column) => boolean;

const differs: Readonly<Record<ColumnFacet, FacetCheck>> = {
  type: (_, e, a) => !sameType(e.type, a.type),
  nullable: (t, e, a) => effectiveNotNull(t.expected, e) !== effectiveNotNull(t.actual, a),
  // A generated column has no default; the generated facet covers it.
  default: (_, e, a) =>
    !e.generated && !a.generated && canonicalDefault(e.default) !== canonicalDefault(a.default),
  generated: (_, e, a) =>
    e.generated?.kind !== a.generated?.kind || !sameSql(e.generated?.expression, a.generated?.expression),
  collate: (_, e, a) => collation(e) !== collation(a),
};

function collation(column: Column): string {
  return (column.collate ?? 'BINARY').toUpperCase();
}

/**
 * NOT NULL as SQLite enforces it: an `INTEGER PRIMARY KEY` (rowid alias) and every primary key
 * column of a WITHOUT ROWID table are NOT NULL whether or not it is written.
 */
export function effectiveNotNull(table: Table, column: Column): boolean {
  if (column.notNull) return true;
  const inKey = table.primaryKey.some((k) => nameKey(k) === nameKey(column.name));
  if (!inKey) return false;
  if (table.withoutRowid) return true;
  return table.primaryKey.length === 1 && isIntegerType(column.type);
}

function isIntegerType(type: string): boolean {
  return type.trim().toUpperCase() === 'INTEGER';
}
