import { ruleCases } from '../helpers/rule-cases.js';
import { col, schema, table } from '../helpers/schema.js';

const goals = table('goals', [col('id', 'INTEGER'), col('deleted_at', 'DATETIME')], { primaryKey: ['id'] });
const create = 'CREATE TABLE goals (id INTEGER PRIMARY KEY, deleted_at DATETIME);\n';
const active = { name: 'active_goals', definition: 'SELECT * FROM goals WHERE deleted_at IS NULL' };

ruleCases('view', [
  {
    name: 'missing: CREATE VIEW',
    actualSql: create,
    expected: schema([goals], { views: [active] }),
    want: [
      {
        severity: 'warning',
        message: 'view active_goals is declared in the model but no migration creates it',
        fix: /^CREATE VIEW active_goals AS SELECT \* FROM goals WHERE deleted_at IS NULL;$/,
      },
    ],
  },
  {
    name: 'extra: DROP VIEW',
    actualSql: `${create}CREATE VIEW old_goals AS SELECT id FROM goals;`,
    expected: schema([goals]),
    want: [{ fix: /^DROP VIEW IF EXISTS old_goals;$/ }],
  },
  {
    name: 'changed: drop and recreate',
    actualSql: `${create}CREATE VIEW active_goals AS SELECT * FROM goals;`,
    expected: schema([goals], { views: [active] }),
    want: [
      {
        expected: active.definition,
        actual: 'SELECT * FROM goals',
        fix: /^DROP VIEW IF EXISTS active_goals;\nCREATE VIEW/,
      },
    ],
  },
  {
    name: 'same SELECT up to spacing and case',
    actualSql: `${create}CREATE VIEW active_goals AS select *  from GOALS where deleted_at is null;`,
    expected: schema([goals], { views: [active] }),
    want: [],
  },
  {
    name: 'a model source without views: not compared',
    actualSql: `${create}CREATE VIEW old_goals AS SELECT id FROM goals;`,
    expected: schema([goals]),
    options: { capabilities: { expected: { views: false, triggers: true, checks: true, indexNames: true } } },
    want: [],
  },
]);
