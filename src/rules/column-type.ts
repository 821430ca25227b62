import { affinitiesStoreDifferently } from '../schema/affinity.js';
import type { Column } from '../schema/types.js';
import { affinityEffect } from './affinity-effect.js';
import { columnName, differsMessage } from './phrases.js';
import { defineRule } from './types.js';

/**
 * A column's declared type (or collation) differs. Error when the affinities store values
 * differently, notice when they only differ in spelling (or are INTEGER vs NUMERIC, which differ only
 * in CAST); a different collation is a warning, as it changes equality, ordering and uniqueness.
 */
export const columnType = defineRule({
  id: 'column-type',
  kinds: ['column-type-changed', 'column-collate-changed'],
  docs: {
    antiPattern:
      "ALTER TABLE activity_instances ADD COLUMN notes STRING;  -- NUMERIC affinity: '0123' is stored as 123",
    fix: 'Rebuild the table with notes VARCHAR (SQLite cannot change a column type in place).',
  },
  report(change, { sides }) {
    const { tables, expected, actual } = change;
    const what = columnName(tables.expected.name, expected.name);
    const base = { table: tables.expected.name, column: expected.name, pair: tables };
    const locations = [expected.source, actual.source];
    if (change.kind === 'column-collate-changed') {
      const e = expected.collate ?? 'BINARY';
      const a = actual.collate ?? 'BINARY';
      return {
        ...base,
        severity: 'warning',
        message: `${differsMessage(what, sides, `COLLATE ${e}`, `COLLATE ${a}`)}: comparisons, ordering and uniqueness differ`,
        expected: e,
        actual: a,
        locations,
        fix: { rebuild: tables },
      };
    }
    const effect = affinityEffect(expected.affinity, actual.affinity);
    const stored = affinitiesStoreDifferently(expected.affinity, actual.affinity);
    return {
      ...base,
      severity: stored ? 'error' : 'notice',
      message:
        differsMessage(what, sides, typeText(expected), typeText(actual)) +
        (stored && effect ? `: ${effect}` : ''),
      expected: expected.type,
      actual: actual.type,
      locations,
      fix: { rebuild: tables },
    };
  },
});

function typeText(column: Column): string {
  return `${column.type || 'no type'} (${column.affinity} affinity)`;
}
