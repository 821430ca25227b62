import { ruleCases } from '../helpers/rule-cases.js';
import { col, idx, schema, table } from '../helpers/schema.js';

const goals = (...indexes: ReturnType<typeof idx>[]) =>
  schema([
    table(
      'goals',
      [col('id', 'INTEGER'), col('root_id', 'TEXT'), col('type', 'TEXT'), col('completed', 'BOOLEAN')],
      { primaryKey: ['id'], indexes },
    ),
  ]);
const create = 'CREATE TABLE goals (id INTEGER PRIMARY KEY, root_id TEXT, type TEXT, completed BOOLEAN);\n';
const named = {
  capabilities: { expected: { views: true, triggers: true, checks: true, indexNames: false } },
};

ruleCases('index', [
  {
    name: 'missing: CREATE INDEX IF NOT EXISTS with the model’s name',
    actualSql: create,
    expected: goals(idx('idx_goals_root_type', ['root_id', 'type'])),
    want: [
      {
        severity: 'warning',
        message:
          'index idx_goals_root_type on goals (root_id, type) is declared in the model but no migration creates it',
        expected: '(root_id, type)',
        fix: /^CREATE INDEX IF NOT EXISTS idx_goals_root_type ON goals \(root_id, type\);$/,
      },
    ],
  },
  {
    name: 'extra: DROP INDEX',
    actualSql: `${create}CREATE INDEX idx_goals_type ON goals (type);`,
    expected: goals(),
    want: [{ column: 'type', actual: '(type)', fix: /^DROP INDEX IF EXISTS idx_goals_type;$/ }],
  },
  {
    name: 'a partial index WHERE differs: missing + extra',
    actualSql: `${create}CREATE INDEX idx_goals_completed ON goals (root_id, type);`,
    expected: goals(idx('idx_goals_completed', ['root_id', 'type'], { where: 'completed = 1' })),
    want: [
      {
        expected: '(root_id, type) WHERE completed = 1',
        actual: '(root_id, type)',
        fix: /^DROP INDEX IF EXISTS idx_goals_completed;\nCREATE INDEX IF NOT EXISTS idx_goals_completed ON goals \(root_id, type\) WHERE completed = 1;$/,
      },
    ],
  },
  {
    name: 'name only: notice',
    actualSql: `${create}CREATE INDEX goals_root ON goals (root_id);`,
    expected: goals(idx('idx_goals_root_id', ['root_id'])),
    want: [
      {
        severity: 'notice',
        message:
          'goals (root_id): the index is named idx_goals_root_id in the model, goals_root in the migrations',
        expected: 'idx_goals_root_id',
        actual: 'goals_root',
      },
    ],
  },
  {
    name: 'name only, and the model side generates names: nothing',
    actualSql: `${create}CREATE INDEX goals_root ON goals (root_id);`,
    expected: goals(idx('ix_goals_root_id', ['root_id'])),
    options: named,
    want: [],
  },
]);
