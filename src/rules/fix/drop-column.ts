import { nameKey } from '../../diff/sql-text.js';
import { quoteIdent } from '../../schema/render.js';
import type { Column, Schema, Table } from '../../schema/types.js';
import { mentions } from './mentions.js';

/**
 * `ALTER TABLE … DROP COLUMN …`, or undefined when SQLite refuses it
 * (lang_altertable.html#altertabdropcol): the column is in the primary key, a UNIQUE constraint,
 * an index or its WHERE, a foreign key (either end), a CHECK, a generated column, a view or a trigger.
 */
export function dropColumnSql(table: Table, column: Column, schema: Schema): string | undefined {
  const key = nameKey(column.name);
  const named = (names: readonly string[]) => names.some((n) => nameKey(n) === key);
  const blocked =
    named(table.primaryKey) ||
    table.indexes.some(
      (i) => i.columns.some((c) => mentions(c, column.name)) || mentions(i.where ?? '', column.name),
    ) ||
    table.foreignKeys.some((f) => named(f.columns)) ||
    table.checks.some((c) => mentions(c.expression, column.name)) ||
    table.columns.some((c) => c.generated !== undefined && mentions(c.generated.expression, column.name)) ||
    schema.tables.some((t) =>
      t.foreignKeys.some((f) => nameKey(f.table) === nameKey(table.name) && named(f.refColumns)),
    ) ||
    schema.views.some((v) => mentions(v.definition, column.name)) ||
    schema.triggers.some((t) => mentions(t.definition, column.name));
  return blocked
    ? undefined
    : `ALTER TABLE ${quoteIdent(table.name)} DROP COLUMN ${quoteIdent(column.name)};`;
}
