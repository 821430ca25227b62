import { ruleCases } from '../helpers/rule-cases.js';
import { col, schema, table } from '../helpers/schema.js';

const t = (...checks: { expression: string }[]) =>
  schema([table('t', [col('id', 'INTEGER'), col('n', 'INTEGER')], { primaryKey: ['id'], checks })]);

ruleCases('check', [
  {
    name: 'a CHECK the migrations lack: notice; rebuild adds it',
    actualSql: 'CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);\nINSERT INTO t (n) VALUES (3);',
    expected: t({ expression: 'n >= 0' }),
    want: [
      {
        severity: 'notice',
        message: 't: CHECK (n >= 0) is declared in the model but no migration creates it',
        expected: 'n >= 0',
        actual: null,
        fix: /CHECK \(n >= 0\)/,
      },
    ],
  },
  {
    name: 'a CHECK the model lacks',
    actualSql: 'CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER CHECK (n < 10));',
    expected: t(),
    want: [
      {
        message: 't: CHECK (n < 10) is created by the migrations but the model does not declare it',
        expected: null,
        actual: 'n < 10',
      },
    ],
  },
  {
    name: 'a model source without CHECKs: not compared, and a rebuild keeps the migrations’ CHECK',
    actualSql: 'CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER CHECK (n < 10));',
    expected: t(),
    options: { capabilities: { expected: { views: true, triggers: true, checks: false, indexNames: true } } },
    want: [],
  },
  {
    name: 'same CHECK up to spacing and case',
    actualSql: 'CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, CHECK(N>=0));',
    expected: t({ expression: 'n >= 0' }),
    want: [],
  },
]);
