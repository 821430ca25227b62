import type { Column } from '../schema/types.js';
import { columnName, differsMessage, says } from './phrases.js';
import { defineRule, type RuleContext, type Side } from './types.js';

/**
 * A column's server-side default differs, or one side computes the column (GENERATED ALWAYS AS)
 * and the other does not: either way, the value a row gets without the application saying so.
 */
export const columnDefault = defineRule({
  id: 'column-default',
  kinds: ['column-default-changed', 'column-generated-changed'],
  docs: {
    antiPattern: 'ALTER TABLE goals ADD COLUMN sort_order INTEGER;  -- the model has server_default="0"',
    fix: 'Rebuild the table with sort_order INTEGER DEFAULT 0 (SQLite cannot change a default in place).',
  },
  report(change, { sides }) {
    const { tables, expected, actual } = change;
    const what = columnName(tables.expected.name, expected.name);
    const isDefault = change.kind === 'column-default-changed';
    const clientSide = isDefault ? appDefaultOnly(expected, actual, sides) : undefined;
    if (clientSide) {
      return {
        severity: 'notice',
        table: tables.expected.name,
        column: expected.name,
        message: `${what}: ${clientSide}`,
        expected: defaultText(expected) ?? null,
        actual: defaultText(actual) ?? null,
        locations: [expected.source, actual.source],
      };
    }
    const text = isDefault ? defaultText : generatedText;
    const none = isDefault ? 'no default' : 'a plain (not generated) column';
    return {
      table: tables.expected.name,
      column: expected.name,
      message: differsMessage(what, sides, text(expected) ?? none, text(actual) ?? none),
      expected: text(expected) ?? null,
      actual: text(actual) ?? null,
      locations: [expected.source, actual.source],
      fix: { rebuild: tables },
      pair: tables,
    };
  },
});

/**
 * When the only default one side has is applied by the ORM on insert (SQLAlchemy `default=`),
 * and the other side's database default gives the same rows through the ORM, the difference is
 * worth knowing (raw SQL inserts get the database default) but is not drift: explain it.
 */
function appDefaultOnly(expected: Column, actual: Column, sides: RuleContext['sides']): string | undefined {
  const explain = (client: Column, clientSide: Side, database: Column, databaseSide: Side) =>
    client.default === undefined && client.appDefault !== undefined && database.default !== undefined
      ? `${says(databaseSide)} DEFAULT ${database.default}; ${says(clientSide)} only ${client.appDefault}, which the ORM applies on insert (not a database default), so rows inserted through the application get a value either way`
      : undefined;
  return (
    explain(expected, sides.expected, actual, sides.actual) ??
    explain(actual, sides.actual, expected, sides.expected)
  );
}

function defaultText(column: Column): string | undefined {
  return column.default === undefined ? undefined : `DEFAULT ${column.default}`;
}

function generatedText(column: Column): string | undefined {
  const g = column.generated;
  return g ? `GENERATED ALWAYS AS (${g.expression}) ${g.kind.toUpperCase()}` : undefined;
}
