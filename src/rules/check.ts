import { extraMessage, missingMessage } from './phrases.js';
import { defineRule } from './types.js';

/** A CHECK constraint is on one side only (compared by normalized expression, names ignored). */
export const check = defineRule({
  id: 'check',
  kinds: ['check-missing', 'check-extra'],
  docs: {
    antiPattern: "CheckConstraint('duration_seconds >= 0') in the model; the migrations never add it",
    fix: 'Rebuild the table with CHECK (duration_seconds >= 0) (SQLite cannot add a CHECK in place).',
  },
  report(change, { sides }) {
    const { tables } = change;
    const base = { table: tables.expected.name, pair: tables, fix: { rebuild: tables } } as const;
    if (change.kind === 'check-missing') {
      const source = change.expected.source ?? tables.expected.source;
      return {
        ...base,
        message: missingMessage(
          `${tables.expected.name}: CHECK (${change.expected.expression})`,
          sides,
          source,
        ),
        expected: change.expected.expression,
        actual: null,
        locations: [source],
      };
    }
    const source = change.actual.source ?? tables.actual.source;
    return {
      ...base,
      message: extraMessage(`${tables.expected.name}: CHECK (${change.actual.expression})`, sides, source),
      expected: null,
      actual: change.actual.expression,
      locations: [source],
    };
  },
});
