import { quoteIdent } from '../schema/render.js';
import { describeTable, extraMessage } from './phrases.js';
import { defineRule } from './types.js';

/** A table the migrations create that no model declares. */
export const tableExtra = defineRule({
  id: 'table-extra',
  kinds: ['table-extra'],
  docs: {
    antiPattern: 'CREATE TABLE scheduled_sessions (…);  -- the model was deleted, the table stayed',
    fix: 'DROP TABLE scheduled_sessions;  -- or declare the model, or ignore the table in driftcheck.json',
  },
  report({ actual: table }, { sides }) {
    return {
      table: table.name,
      message: extraMessage(`table ${quoteIdent(table.name)}`, sides, table.source),
      expected: null,
      actual: describeTable(table),
      locations: [table.source],
      fix: { sql: `DROP TABLE ${quoteIdent(table.name)};` },
    };
  },
});
