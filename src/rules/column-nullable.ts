import { effectiveNotNull } from '../diff/columns.js';
import { columnName } from './phrases.js';
import { defineRule } from './types.js';

/** NOT NULL differs; `INTEGER PRIMARY KEY` counts as NOT NULL, as SQLite enforces it. */
export const columnNullable = defineRule({
  id: 'column-nullable',
  kinds: ['column-nullable-changed'],
  docs: {
    antiPattern:
      'ALTER TABLE activity_instances ADD COLUMN root_id STRING;  -- the model says nullable=False',
    fix: 'Rebuild the table with root_id … NOT NULL (SQLite cannot add NOT NULL in place).',
  },
  report({ tables, expected, actual }, { sides }) {
    const what = columnName(tables.expected.name, expected.name);
    const required = effectiveNotNull(tables.expected, expected);
    const message = required
      ? `${what} is NOT NULL in ${sides.expected.label} but nullable in ${sides.actual.label}: NULLs can be stored that the application does not expect`
      : `${what} is nullable in ${sides.expected.label} but NOT NULL in ${sides.actual.label}: inserts without a value for it fail`;
    return {
      table: tables.expected.name,
      column: expected.name,
      message,
      expected: required ? 'NOT NULL' : 'NULL',
      actual: required ? 'NULL' : 'NOT NULL',
      locations: [expected.source, actual.source],
      fix: { rebuild: tables },
      pair: tables,
    };
  },
});
