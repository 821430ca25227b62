import { quoteIdent, renderCreateTrigger } from '../schema/render.js';
import { extraMessage, missingMessage } from './phrases.js';
import { defineRule } from './types.js';

/** A trigger is missing, extra, or does something else (compared by normalized definition). */
export const trigger = defineRule({
  id: 'trigger',
  kinds: ['trigger-missing', 'trigger-extra', 'trigger-changed'],
  docs: {
    antiPattern:
      'A trigger that keeps goals.updated_at current exists in the snapshot; no migration creates it.',
    fix: 'CREATE TRIGGER goals_touch AFTER UPDATE ON goals BEGIN UPDATE goals SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id; END;',
  },
  report(change, { sides }) {
    const drop = (name: string) => `DROP TRIGGER IF EXISTS ${quoteIdent(name)};`;
    switch (change.kind) {
      case 'trigger-missing':
        return {
          table: change.expected.table,
          message: missingMessage(
            `trigger ${change.expected.name} on ${change.expected.table}`,
            sides,
            change.expected.source,
          ),
          expected: change.expected.definition,
          actual: null,
          locations: [change.expected.source],
          fix: { sql: renderCreateTrigger(change.expected) },
        };
      case 'trigger-extra':
        return {
          table: change.actual.table,
          message: extraMessage(
            `trigger ${change.actual.name} on ${change.actual.table}`,
            sides,
            change.actual.source,
          ),
          expected: null,
          actual: change.actual.definition,
          locations: [change.actual.source],
          fix: { sql: drop(change.actual.name) },
        };
      case 'trigger-changed':
        return {
          table: change.expected.table,
          message: `trigger ${change.expected.name} on ${change.expected.table} is defined differently in ${sides.expected.label} and ${sides.actual.label}`,
          expected: change.expected.definition,
          actual: change.actual.definition,
          locations: [change.expected.source, change.actual.source],
          fix: { sql: `${drop(change.actual.name)}\n${renderCreateTrigger(change.expected)}` },
        };
    }
  },
});
