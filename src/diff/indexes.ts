import type { Index, Table } from '../schema/types.js';
import { matchBy } from './match.js';
import { canonicalSql, nameKey, sameSql } from './sql-text.js';
import type { IgnorePredicate, SchemaChange, TablePair } from './types.js';

/**
 * Indexes and uniqueness, matched by what they do (columns, uniqueness, partial WHERE) rather than
 * by name or origin: a UNIQUE constraint equals a unique index on the same columns. The auto-index
 * behind a PRIMARY KEY is the primary key facet's business.
 */
export function diffIndexes(
  tables: TablePair,
  ignore: IgnorePredicate,
  compareNames: boolean,
): SchemaChange[] {
  const relevant = (t: Table) => t.indexes.filter((i) => i.origin !== 'pk' && !coversIgnored(t, i, ignore));
  const byShape = matchBy(relevant(tables.expected), relevant(tables.actual), sameShape);
  // Two explicitly created indexes with one name but a different shape are one changed index.
  const byName = matchBy(
    byShape.missing,
    byShape.extra,
    (e, a) => explicit(e, a) && nameKey(e.name) === nameKey(a.name),
  );

  const changes: SchemaChange[] = [];
  for (const expected of byName.missing) changes.push({ kind: 'index-missing', tables, expected });
  for (const actual of byName.extra) changes.push({ kind: 'index-extra', tables, actual });
  for (const { expected, actual } of byName.pairs)
    changes.push({ kind: 'index-changed', tables, expected, actual });
  if (compareNames) {
    for (const { expected, actual } of byShape.pairs) {
      if (explicit(expected, actual) && nameKey(expected.name) !== nameKey(actual.name))
        changes.push({ kind: 'index-renamed', tables, expected, actual });
    }
  }
  return changes;
}

/** Same columns (in order), uniqueness and WHERE. */
export function sameShape(a: Index, b: Index): boolean {
  return (
    a.unique === b.unique &&
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => canonicalSql(c) === canonicalSql(b.columns[i]!)) &&
    sameSql(a.where, b.where)
  );
}

/** Only names given in CREATE INDEX mean anything; constraint auto-index names are generated. */
function explicit(a: Index, b: Index): boolean {
  return a.origin === 'c' && b.origin === 'c';
}

function coversIgnored(table: Table, index: Index, ignore: IgnorePredicate): boolean {
  return index.columns.some((c) => ignore(table.name, c));
}
