import type { Schema } from './types.js';

/**
 * Marks the columns whose values the ORM supplies on insert (`appDefault`). A model source builds
 * its Schema from the DDL its ORM emits, which has no trace of client-side defaults; this puts
 * them back. Keys are `table.column`, lower-case.
 */
export function withAppDefaults(schema: Schema, defaults: ReadonlyMap<string, string>): Schema {
  if (defaults.size === 0) return schema;
  return {
    ...schema,
    tables: schema.tables.map((table) => ({
      ...table,
      columns: table.columns.map((column) => {
        const appDefault = defaults.get(`${table.name}.${column.name}`.toLowerCase());
        return appDefault === undefined ? column : { ...column, appDefault };
      }),
    })),
  };
}
