import type { ForeignKey, Schema, Table } from '../schema/types.js';
import { matchBy } from './match.js';
import { nameKey } from './sql-text.js';
import type { SchemaChange, TablePair } from './types.js';

/**
 * Foreign keys, matched by their columns. `REFERENCES goals` and `REFERENCES goals(id)` are the
 * same when `id` is the primary key of goals. A single-column key on a column that is missing
 * altogether is left to column-missing, whose ADD COLUMN carries the REFERENCES clause.
 */
export function diffForeignKeys(tables: TablePair, actual: Schema, expected: Schema): SchemaChange[] {
  const e = tables.expected.foreignKeys.map((fk) => resolved(fk, expected));
  const a = tables.actual.foreignKeys.map((fk) => resolved(fk, actual));
  const exact = matchBy(e, a, (x, y) => sameColumns(x, y) && sameTarget(x, y) && sameActions(x, y));
  const byColumns = matchBy(exact.missing, exact.extra, sameColumns);

  const changes: SchemaChange[] = [];
  for (const fk of byColumns.missing) {
    if (!carriedByMissingColumn(fk, tables.actual))
      changes.push({ kind: 'foreign-key-missing', tables, expected: fk });
  }
  for (const fk of byColumns.extra) changes.push({ kind: 'foreign-key-extra', tables, actual: fk });
  for (const { expected: x, actual: y } of byColumns.pairs)
    changes.push({ kind: 'foreign-key-changed', tables, expected: x, actual: y });
  return changes;
}

/** Fills in the referenced columns an omitted list means: the parent table's primary key. */
function resolved(fk: ForeignKey, schema: Schema): ForeignKey {
  if (fk.refColumns.length > 0) return fk;
  const parent = schema.tables.find((t) => nameKey(t.name) === nameKey(fk.table));
  return parent && parent.primaryKey.length > 0 ? { ...fk, refColumns: parent.primaryKey } : fk;
}

function carriedByMissingColumn(fk: ForeignKey, actual: Table): boolean {
  return fk.columns.length === 1 && !actual.columns.some((c) => nameKey(c.name) === nameKey(fk.columns[0]!));
}

const sameList = (x: readonly string[], y: readonly string[]) =>
  x.length === y.length && x.every((v, i) => nameKey(v) === nameKey(y[i]!));

function sameColumns(x: ForeignKey, y: ForeignKey): boolean {
  return sameList(x.columns, y.columns);
}

function sameTarget(x: ForeignKey, y: ForeignKey): boolean {
  return nameKey(x.table) === nameKey(y.table) && sameList(x.refColumns, y.refColumns);
}

/** Actions compared upper-case, an omitted one meaning NO ACTION. */
function sameActions(x: ForeignKey, y: ForeignKey): boolean {
  const act = (v: string | undefined) => (v ?? 'NO ACTION').toUpperCase().replace(/\s+/g, ' ');
  return act(x.onDelete) === act(y.onDelete) && act(x.onUpdate) === act(y.onUpdate);
}
