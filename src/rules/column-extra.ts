import { dropColumnSql } from './fix/drop-column.js';
import { columnName, extraMessage } from './phrases.js';
import { defineRule } from './types.js';

/** A column the migrations add that the model does not declare. */
export const columnExtra = defineRule({
  id: 'column-extra',
  kinds: ['column-extra'],
  docs: {
    antiPattern: 'ALTER TABLE goals ADD COLUMN legacy_flag INTEGER NOT NULL DEFAULT 0;  -- not in the model',
    fix: 'Declare legacy_flag in the model, or: ALTER TABLE goals DROP COLUMN legacy_flag;',
  },
  report({ tables, actual: column }, { sides, actual }) {
    const { actual: table } = tables;
    const sql = dropColumnSql(table, column, actual);
    return {
      table: tables.expected.name,
      column: column.name,
      message: extraMessage(
        columnName(tables.expected.name, column.name),
        sides,
        column.source ?? table.source,
      ),
      expected: null,
      actual: column.type || null,
      locations: [column.source ?? table.source],
      fix: sql ? { sql } : { rebuild: tables },
      pair: tables,
    };
  },
});
