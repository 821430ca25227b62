import { columnName, differsMessage, list } from './phrases.js';
import { defineRule } from './types.js';

/** The primary key columns (in key order) differ. */
export const primaryKey = defineRule({
  id: 'primary-key',
  kinds: ['primary-key-changed'],
  docs: {
    antiPattern:
      'CREATE TABLE practice_session_goals (session_id TEXT, goal_id TEXT);  -- the model keys on both',
    fix: 'Rebuild the table with PRIMARY KEY (session_id, goal_id).',
  },
  report({ tables, expected, actual }, { sides }) {
    const text = (key: readonly string[]) =>
      key.length > 0 ? `PRIMARY KEY ${list(key)}` : 'no primary key (rowid)';
    const column =
      expected.length === 1
        ? expected[0]
        : actual.length === 1 && expected.length === 0
          ? actual[0]
          : undefined;
    return {
      table: tables.expected.name,
      ...(column ? { column } : {}),
      message: differsMessage(
        column ? columnName(tables.expected.name, column) : tables.expected.name,
        sides,
        text(expected),
        text(actual),
      ),
      expected: expected.length > 0 ? list(expected) : null,
      actual: actual.length > 0 ? list(actual) : null,
      locations: [tables.expected.source, tables.actual.source],
      fix: { rebuild: tables },
      pair: tables,
    };
  },
});
