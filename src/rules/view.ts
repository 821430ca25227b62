import { quoteIdent, renderCreateView } from '../schema/render.js';
import { extraMessage, missingMessage, says } from './phrases.js';
import { defineRule } from './types.js';

/** A view is missing, extra, or selects something else (compared by normalized SELECT). */
export const view = defineRule({
  id: 'view',
  kinds: ['view-missing', 'view-extra', 'view-changed'],
  docs: {
    antiPattern: 'CREATE VIEW active_goals AS SELECT * FROM goals;  -- the model filters deleted_at IS NULL',
    fix: 'DROP VIEW IF EXISTS active_goals; CREATE VIEW active_goals AS SELECT * FROM goals WHERE deleted_at IS NULL;',
  },
  report(change, { sides }) {
    const drop = (name: string) => `DROP VIEW IF EXISTS ${quoteIdent(name)};`;
    switch (change.kind) {
      case 'view-missing':
        return {
          message: missingMessage(`view ${change.expected.name}`, sides, change.expected.source),
          expected: change.expected.definition,
          actual: null,
          locations: [change.expected.source],
          fix: { sql: renderCreateView(change.expected) },
        };
      case 'view-extra':
        return {
          message: extraMessage(`view ${change.actual.name}`, sides, change.actual.source),
          expected: null,
          actual: change.actual.definition,
          locations: [change.actual.source],
          fix: { sql: drop(change.actual.name) },
        };
      case 'view-changed':
        return {
          message: `view ${change.expected.name} is defined differently: ${says(sides.expected)} ${change.expected.definition}; ${says(sides.actual)} ${change.actual.definition}`,
          expected: change.expected.definition,
          actual: change.actual.definition,
          locations: [change.expected.source, change.actual.source],
          fix: { sql: `${drop(change.actual.name)}\n${renderCreateView(change.expected)}` },
        };
    }
  },
});
