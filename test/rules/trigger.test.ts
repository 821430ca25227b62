import { ruleCases } from '../helpers/rule-cases.js';
import { col, schema, table } from '../helpers/schema.js';

const goals = table('goals', [col('id', 'INTEGER'), col('updated_at', 'DATETIME')], { primaryKey: ['id'] });
const create = 'CREATE TABLE goals (id INTEGER PRIMARY KEY, updated_at DATETIME);\n';
const touch = {
  name: 'goals_touch',
  table: 'goals',
  definition:
    'CREATE TRIGGER goals_touch AFTER UPDATE ON goals BEGIN UPDATE goals SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id; END',
};

ruleCases('trigger', [
  {
    name: 'missing: CREATE TRIGGER',
    actualSql: create,
    expected: schema([goals], { triggers: [touch] }),
    want: [
      {
        severity: 'warning',
        table: 'goals',
        message: 'trigger goals_touch on goals is declared in the model but no migration creates it',
        fix: /^CREATE TRIGGER goals_touch [\s\S]*END;$/,
      },
    ],
  },
  {
    name: 'extra: DROP TRIGGER',
    actualSql: `${create}CREATE TRIGGER goals_log AFTER INSERT ON goals BEGIN SELECT 1; END;`,
    expected: schema([goals]),
    want: [{ fix: /^DROP TRIGGER IF EXISTS goals_log;$/ }],
  },
  {
    name: 'changed: drop and recreate',
    actualSql: `${create}CREATE TRIGGER goals_touch AFTER UPDATE ON goals BEGIN SELECT 1; END;`,
    expected: schema([goals], { triggers: [touch] }),
    want: [
      {
        message: 'trigger goals_touch on goals is defined differently in the model and the migrations',
        fix: /^DROP TRIGGER IF EXISTS goals_touch;\nCREATE TRIGGER/,
      },
    ],
  },
  {
    name: 'a model source without triggers: not compared (Prisma)',
    actualSql: `${create}CREATE TRIGGER goals_log AFTER INSERT ON goals BEGIN SELECT 1; END;`,
    expected: schema([goals]),
    options: { capabilities: { expected: { views: true, triggers: false, checks: true, indexNames: true } } },
    want: [],
  },
]);
