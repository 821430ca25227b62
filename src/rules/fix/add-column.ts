import { canonicalSql, nameKey, stripOuterParens } from '../../diff/sql-text.js';
import { quoteIdent, renderColumn, renderReferences } from '../../schema/render.js';
import type { Column, Table } from '../../schema/types.js';

/**
 * `ALTER TABLE … ADD COLUMN …` for a column the table lacks, or undefined when SQLite refuses it
 * (lang_altertable.html#altertabaddcol): PRIMARY KEY, NOT NULL without a non-NULL default,
 * a non-constant default, a STORED (or NOT NULL) generated column, REFERENCES with a non-NULL
 * default. A UNIQUE column is added plain; its unique index is reported (and created) on its own.
 */
export function addColumnSql(table: Table, column: Column): string | undefined {
  const key = nameKey(column.name);
  if (table.primaryKey.some((k) => nameKey(k) === key)) return undefined;
  const defaultValue = column.default === undefined ? undefined : stripOuterParens(column.default);
  const nullDefault = defaultValue === undefined || /^null$/i.test(defaultValue);
  if (column.generated) {
    if (column.generated.kind === 'stored' || column.notNull) return undefined;
  } else {
    if (defaultValue !== undefined && !isConstant(defaultValue)) return undefined;
    if (column.notNull && nullDefault) return undefined;
  }
  const fk = table.foreignKeys.find((f) => f.columns.length === 1 && nameKey(f.columns[0]!) === key);
  if (fk && !nullDefault) return undefined;
  const references = fk ? ` ${renderReferences(fk)}` : '';
  return `ALTER TABLE ${quoteIdent(table.name)} ADD COLUMN ${renderColumn(column)}${references};`;
}

/** A literal SQLite accepts as an ADD COLUMN default (CURRENT_* and expressions are not). */
export function isConstant(expression: string): boolean {
  const e = canonicalSql(stripOuterParens(expression));
  return (
    /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/.test(e) ||
    /^0x[0-9a-f]+$/.test(e) ||
    /^'([^']|'')*'$/s.test(e) ||
    /^x'[0-9a-f]*'$/.test(e) ||
    /^(null|true|false)$/.test(e)
  );
}
