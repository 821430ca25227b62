import { expect } from 'vitest';
import { ruleCases } from '../helpers/rule-cases.js';
import { col, schema, table } from '../helpers/schema.js';

const t = (notNull: boolean) =>
  schema([table('t', [col('id', 'INTEGER'), col('v', 'TEXT', { notNull })], { primaryKey: ['id'] })]);

ruleCases('column-nullable', [
  {
    name: 'NOT NULL in the model, nullable after migrations: warning; rebuild adds NOT NULL, rows survive',
    actualSql: "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);\nINSERT INTO t (v) VALUES ('x');",
    expected: t(true),
    want: [
      {
        severity: 'warning',
        column: 'v',
        message:
          't.v is NOT NULL in the model but nullable in the migrations: NULLs can be stored that the application does not expect',
        expected: 'NOT NULL',
        actual: 'NULL',
        fix: /v TEXT NOT NULL\n\);\n-- v becomes NOT NULL: rows where it is NULL must be updated first\./,
      },
    ],
    after: (rows) => expect(rows('SELECT v FROM t')).toEqual([{ v: 'x' }]),
  },
  {
    name: 'nullable in the model, NOT NULL after migrations',
    actualSql: 'CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);',
    expected: t(false),
    want: [
      {
        message:
          't.v is nullable in the model but NOT NULL in the migrations: inserts without a value for it fail',
        expected: 'NULL',
        actual: 'NOT NULL',
      },
    ],
  },
  {
    name: 'INTEGER PRIMARY KEY is NOT NULL whether or not it says so',
    actualSql: 'CREATE TABLE t (id INTEGER NOT NULL, v TEXT, PRIMARY KEY (id));',
    expected: t(false),
    want: [],
  },
]);
