import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../src/rules/compare.js';
import { ruleCases } from '../helpers/rule-cases.js';
import { at, col, schema, table } from '../helpers/schema.js';

ruleCases('table-extra', [
  {
    name: 'a table no model declares: DROP TABLE',
    actualSql: 'CREATE TABLE scheduled_sessions (id INTEGER PRIMARY KEY);',
    expected: schema([]),
    want: [
      {
        severity: 'warning',
        table: 'scheduled_sessions',
        message: 'table scheduled_sessions is created by the migrations but the model does not declare it',
        expected: null,
        actual: 'scheduled_sessions (id)',
        fix: /^DROP TABLE scheduled_sessions;$/,
      },
    ],
  },
  {
    name: 'an ignored table (a migration tool’s) is not extra',
    actualSql: 'CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL);',
    expected: schema([]),
    options: { ignore: (t) => t === 'alembic_version' },
    want: [],
  },
]);

describe('table-extra locations', () => {
  it('points at the migration that created the table', () => {
    const actual = schema([table('legacy', [col('id')], { source: at('migrations/0002_legacy.sql', 1) })]);
    const [finding] = compareSchemas(actual, schema([]));
    expect(finding).toMatchObject({
      message: 'table legacy is created by migrations/0002_legacy.sql:1 but the model does not declare it',
      locations: [at('migrations/0002_legacy.sql', 1)],
    });
  });
});
