import { addColumnSql } from './fix/add-column.js';
import { columnName, missingMessage } from './phrases.js';
import { defineRule } from './types.js';

/** A column the model declares that no migration adds. */
export const columnMissing = defineRule({
  id: 'column-missing',
  kinds: ['column-missing'],
  docs: {
    antiPattern: 'notes = Column(String)  # added to the model; no migration adds activity_instances.notes',
    fix: 'ALTER TABLE activity_instances ADD COLUMN notes VARCHAR;  -- in a new migration',
  },
  report({ tables, expected: column }, { sides }) {
    const { expected: table } = tables;
    const sql = addColumnSql(table, column);
    return {
      table: table.name,
      column: column.name,
      message: missingMessage(columnName(table.name, column.name), sides, column.source ?? table.source),
      expected: column.type || null,
      actual: null,
      locations: [column.source ?? table.source],
      fix: sql ? { sql } : { rebuild: tables },
      pair: tables,
    };
  },
});
