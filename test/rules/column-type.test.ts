import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../src/rules/compare.js';
import { ruleCases } from '../helpers/rule-cases.js';
import { at, col, schema, table } from '../helpers/schema.js';

const one = (type: string, extra = {}) =>
  schema([table('t', [col('id', 'INTEGER'), col('v', type, extra)], { primaryKey: ['id'] })]);
const sql = (type: string, value = "'0123'") =>
  `CREATE TABLE t (id INTEGER PRIMARY KEY, v ${type});\nINSERT INTO t (v) VALUES (${value});`;

ruleCases('column-type', [
  {
    name: 'STRING (NUMERIC) where the model says VARCHAR (TEXT): error; rebuild keeps the row',
    actualSql: sql('STRING'),
    expected: one('VARCHAR'),
    want: [
      {
        severity: 'error',
        column: 'v',
        message:
          "t.v: the model declares VARCHAR (TEXT affinity), the migrations give STRING (NUMERIC affinity): '0123' would be stored as 123",
        expected: 'VARCHAR',
        actual: 'STRING',
        fix: /CREATE TABLE new_t \(\n {2}id INTEGER PRIMARY KEY,\n {2}v VARCHAR\n\);/,
      },
    ],
    after: (rows) =>
      expect(rows('SELECT id, v, typeof(v) AS t FROM t')).toEqual([{ id: 1, v: '123', t: 'text' }]),
  },
  {
    name: 'TEXT where the model says INTEGER: error',
    actualSql: sql('TEXT', '7'),
    expected: one('INTEGER'),
    want: [
      {
        severity: 'error',
        message:
          "t.v: the model declares INTEGER (INTEGER affinity), the migrations give TEXT (TEXT affinity): 123 would be stored as the text '123'",
      },
    ],
  },
  {
    name: 'REAL vs TEXT: error',
    actualSql: sql('REAL', '1.5'),
    expected: one('TEXT'),
    want: [{ severity: 'error' }],
  },
  {
    name: 'no type (BLOB) vs INTEGER: error',
    actualSql: sql('', '1'),
    expected: one('INTEGER'),
    want: [{ severity: 'error', actual: '' }],
  },
  {
    name: 'INTEGER vs NUMERIC only differ in CAST: notice',
    actualSql: sql('NUMERIC', '1'),
    expected: one('INTEGER'),
    want: [
      {
        severity: 'notice',
        message:
          't.v: the model declares INTEGER (INTEGER affinity), the migrations give NUMERIC (NUMERIC affinity)',
      },
    ],
  },
  {
    name: 'same affinity, other spelling (VARCHAR(255) vs TEXT): notice',
    actualSql: sql('TEXT'),
    expected: one('VARCHAR(255)'),
    want: [{ severity: 'notice' }],
  },
  {
    name: 'collation differs: warning',
    actualSql: 'CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);',
    expected: one('TEXT', { collate: 'NOCASE' }),
    want: [{ severity: 'warning', expected: 'NOCASE', actual: 'BINARY' }],
  },
  {
    name: 'NUMERIC(10,2) = NUMERIC(10, 2) and case does not matter',
    actualSql: sql('numeric(10,2)', '1'),
    expected: one('NUMERIC(10, 2)'),
    want: [],
  },
]);

describe('column-type locations', () => {
  it('names the model line first, then the migration that declared the type', () => {
    const actual = schema([
      table('activity_instances', [col('notes', 'STRING', { source: at('migrations/003_hotfix.sql', 2) })]),
    ]);
    const expected = schema([
      table('activity_instances', [col('notes', 'VARCHAR', { source: at('models.py', 88) })]),
    ]);
    const [finding] = compareSchemas(actual, expected);
    expect(finding?.locations).toEqual([at('models.py', 88), at('migrations/003_hotfix.sql', 2)]);
  });
});
