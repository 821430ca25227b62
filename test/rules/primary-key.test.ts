import { expect } from 'vitest';
import { ruleCases } from '../helpers/rule-cases.js';
import { col, schema, table } from '../helpers/schema.js';

const link = (primaryKey: string[]) =>
  schema([
    table(
      'practice_session_goals',
      [col('session_id', 'TEXT', { notNull: true }), col('goal_id', 'TEXT', { notNull: true })],
      { primaryKey },
    ),
  ]);

ruleCases('primary-key', [
  {
    name: 'no key after migrations, composite in the model: error; rebuild keeps rows',
    actualSql:
      "CREATE TABLE practice_session_goals (session_id TEXT NOT NULL, goal_id TEXT NOT NULL);\nINSERT INTO practice_session_goals VALUES ('s', 'g');",
    expected: link(['session_id', 'goal_id']),
    want: [
      {
        severity: 'error',
        message:
          'practice_session_goals: the model declares PRIMARY KEY (session_id, goal_id), the migrations give no primary key (rowid)',
        expected: '(session_id, goal_id)',
        actual: null,
        fix: /PRIMARY KEY \(session_id, goal_id\)/,
      },
    ],
    after: (rows) =>
      expect(rows('SELECT * FROM practice_session_goals')).toEqual([{ session_id: 's', goal_id: 'g' }]),
  },
  {
    name: 'key columns in another order',
    actualSql:
      'CREATE TABLE practice_session_goals (session_id TEXT NOT NULL, goal_id TEXT NOT NULL, PRIMARY KEY (goal_id, session_id));',
    expected: link(['session_id', 'goal_id']),
    want: [{ expected: '(session_id, goal_id)', actual: '(goal_id, session_id)' }],
  },
  {
    name: 'a single-column key inline = as a table constraint',
    actualSql: 'CREATE TABLE kv (k TEXT NOT NULL, v TEXT, PRIMARY KEY (k));',
    expected: schema([
      table('kv', [col('k', 'TEXT', { notNull: true }), col('v', 'TEXT')], { primaryKey: ['k'] }),
    ]),
    want: [],
  },
]);
