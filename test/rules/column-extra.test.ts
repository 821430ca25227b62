import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../src/rules/compare.js';
import { ruleCases } from '../helpers/rule-cases.js';
import { at, col, idx, schema, table } from '../helpers/schema.js';

const goals = schema([table('goals', [col('id', 'INTEGER'), col('title', 'TEXT')], { primaryKey: ['id'] })]);

ruleCases('column-extra', [
  {
    name: 'an unindexed column: DROP COLUMN',
    actualSql:
      "CREATE TABLE goals (id INTEGER PRIMARY KEY, title TEXT, legacy_flag INTEGER NOT NULL DEFAULT 0);\nINSERT INTO goals (title) VALUES ('a');",
    expected: goals,
    want: [
      {
        severity: 'warning',
        table: 'goals',
        column: 'legacy_flag',
        message: 'goals.legacy_flag is created by the migrations but the model does not declare it',
        expected: null,
        actual: 'INTEGER',
        fix: /^ALTER TABLE goals DROP COLUMN legacy_flag;$/,
      },
    ],
    after: (rows) => expect(rows('SELECT * FROM goals')).toEqual([{ id: 1, title: 'a' }]),
  },
  {
    name: 'an indexed column cannot be dropped in place: rebuild, rows survive',
    actualSql:
      "CREATE TABLE goals (id INTEGER PRIMARY KEY, title TEXT, legacy TEXT);\nCREATE INDEX goals_legacy ON goals (legacy);\nINSERT INTO goals (title, legacy) VALUES ('a', 'x');",
    expected: goals,
    want: [
      {
        column: 'legacy',
        fix: /CREATE TABLE new_goals[\s\S]*INSERT INTO new_goals \(id, title\)\n {2}SELECT id, title FROM goals;/,
      },
    ],
    after: (rows) => expect(rows('SELECT * FROM goals')).toEqual([{ id: 1, title: 'a' }]),
  },
  {
    name: 'a column a view reads is rebuilt around the view',
    actualSql:
      'CREATE TABLE goals (id INTEGER PRIMARY KEY, title TEXT, legacy TEXT);\nCREATE VIEW legacy_goals AS SELECT id, legacy FROM goals;',
    expected: goals,
    options: {
      capabilities: { expected: { views: false, triggers: false, checks: true, indexNames: true } },
    },
    want: [
      {
        fix: /DROP VIEW IF EXISTS legacy_goals;[\s\S]*CREATE VIEW legacy_goals AS SELECT id, legacy FROM goals;/,
      },
    ],
  },
  {
    name: 'an ignored column is not extra',
    actualSql: 'CREATE TABLE goals (id INTEGER PRIMARY KEY, title TEXT, x TEXT);',
    expected: goals,
    options: { ignore: (_, c) => c === 'x' },
    want: [],
  },
]);

describe('column-extra locations', () => {
  it('points at the migration that added the column', () => {
    const actual = schema([
      table(
        'goals',
        [col('id', 'INTEGER'), col('title', 'TEXT'), col('x', 'TEXT', { source: at('m/0004.sql', 2) })],
        {
          primaryKey: ['id'],
          indexes: [idx('ix', ['x'])],
        },
      ),
    ]);
    const found = compareSchemas(actual, goals).filter((f) => f.rule === 'column-extra');
    expect(found.map((f) => [f.message, f.locations])).toEqual([
      [
        'goals.x is created by m/0004.sql:2 but the model does not declare it (one rebuild fixes all of this table’s differences)',
        [at('m/0004.sql', 2)],
      ],
    ]);
  });
});
