import type { ForeignKey } from '../schema/types.js';
import { describeForeignKey, differsMessage, extraMessage, missingMessage } from './phrases.js';
import { defineRule } from './types.js';

/** A foreign key is missing, extra, or points elsewhere / acts differently on delete or update. */
export const foreignKey = defineRule({
  id: 'foreign-key',
  kinds: ['foreign-key-missing', 'foreign-key-extra', 'foreign-key-changed'],
  docs: {
    antiPattern:
      "ALTER TABLE activity_instances ADD COLUMN root_id STRING;  -- the model: ForeignKey('goals.id', ondelete='CASCADE')",
    fix: 'Rebuild the table with FOREIGN KEY (root_id) REFERENCES goals (id) ON DELETE CASCADE.',
  },
  report(change, { sides }) {
    const { tables } = change;
    const table = tables.expected.name;
    const base = { table, pair: tables, fix: { rebuild: tables } } as const;
    const fk = change.kind === 'foreign-key-extra' ? change.actual : change.expected;
    const what = `${subject(table, fk)} → ${fk.table}`;
    const column = fk.columns.length === 1 ? { column: fk.columns[0]! } : {};
    switch (change.kind) {
      case 'foreign-key-missing':
        return {
          ...base,
          ...column,
          message: missingMessage(
            `foreign key ${what}`,
            sides,
            change.expected.source ?? tables.expected.source,
          ),
          expected: describeForeignKey(change.expected),
          actual: null,
          locations: [change.expected.source ?? tables.expected.source],
        };
      case 'foreign-key-extra':
        return {
          ...base,
          ...column,
          message: extraMessage(`foreign key ${what}`, sides, change.actual.source ?? tables.actual.source),
          expected: null,
          actual: describeForeignKey(change.actual),
          locations: [change.actual.source ?? tables.actual.source],
        };
      case 'foreign-key-changed':
        return {
          ...base,
          ...column,
          message: differsMessage(
            `foreign key on ${subject(table, fk)}`,
            sides,
            describeForeignKey(change.expected),
            describeForeignKey(change.actual),
          ),
          expected: describeForeignKey(change.expected),
          actual: describeForeignKey(change.actual),
          locations: [
            change.expected.source ?? tables.expected.source,
            change.actual.source ?? tables.actual.source,
          ],
        };
    }
  },
});

function subject(table: string, fk: ForeignKey): string {
  return fk.columns.length === 1 ? `${table}.${fk.columns[0]}` : `${table} (${fk.columns.join(', ')})`;
}
