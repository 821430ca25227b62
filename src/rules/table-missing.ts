import {
  indexNameFor,
  quoteIdent,
  renderCreateIndex,
  renderCreateTable,
  standaloneIndexes,
} from '../schema/render.js';
import { describeTable, missingMessage } from './phrases.js';
import { defineRule } from './types.js';

/** A table the models declare that replaying the migrations never creates. */
export const tableMissing = defineRule({
  id: 'table-missing',
  kinds: ['table-missing'],
  docs: {
    antiPattern:
      'class ProgramDayTemplate(Base): __tablename__ = "program_day_templates"  # no migration creates it',
    fix: 'CREATE TABLE program_day_templates (…);  -- in a new migration',
  },
  report({ expected: table }, { sides }) {
    const sql = [
      renderCreateTable(table),
      ...standaloneIndexes(table).map((i) =>
        renderCreateIndex(i, table.name, { ifNotExists: true, name: indexNameFor(i, table.name) }),
      ),
    ].join('\n');
    return {
      table: table.name,
      message: missingMessage(`table ${quoteIdent(table.name)}`, sides, table.source),
      expected: describeTable(table),
      actual: null,
      locations: [table.source],
      fix: { sql },
    };
  },
});
