import { expect } from 'vitest';
import { ruleCases } from '../helpers/rule-cases.js';
import { col, schema, table } from '../helpers/schema.js';

const t = (...cols: ReturnType<typeof col>[]) =>
  schema([table('t', [col('id', 'INTEGER'), ...cols], { primaryKey: ['id'] })]);

ruleCases('column-default', [
  {
    name: 'a default the migrations lack: warning; rebuild adds it, rows survive',
    actualSql:
      'CREATE TABLE t (id INTEGER PRIMARY KEY, sort_order INTEGER);\nINSERT INTO t (sort_order) VALUES (5);',
    expected: t(col('sort_order', 'INTEGER', { default: '0' })),
    want: [
      {
        severity: 'warning',
        column: 'sort_order',
        message: 't.sort_order: the model declares DEFAULT 0, the migrations give no default',
        expected: 'DEFAULT 0',
        actual: null,
        fix: /sort_order INTEGER DEFAULT 0/,
      },
    ],
    after: (rows) => expect(rows('SELECT sort_order FROM t')).toEqual([{ sort_order: 5 }]),
  },
  {
    name: 'a different default',
    actualSql: "CREATE TABLE t (id INTEGER PRIMARY KEY, status TEXT DEFAULT 'new');",
    expected: t(col('status', 'TEXT', { default: "'draft'" })),
    want: [{ expected: "DEFAULT 'draft'", actual: "DEFAULT 'new'" }],
  },
  {
    name: 'generated in the model, plain in the migrations',
    actualSql: 'CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);',
    expected: t(col('n', 'INTEGER', { generated: { kind: 'virtual', expression: 'id * 2' } })),
    want: [
      {
        message:
          't.n: the model declares GENERATED ALWAYS AS (id * 2) VIRTUAL, the migrations give a plain (not generated) column',
      },
    ],
  },
  {
    name: 'DEFAULT false = DEFAULT 0 and (CURRENT_TIMESTAMP) = CURRENT_TIMESTAMP',
    actualSql:
      'CREATE TABLE t (id INTEGER PRIMARY KEY, done BOOLEAN DEFAULT 0, at DATETIME DEFAULT CURRENT_TIMESTAMP);',
    expected: t(
      col('done', 'BOOLEAN', { default: 'false' }),
      col('at', 'DATETIME', { default: '(CURRENT_TIMESTAMP)' }),
    ),
    want: [],
  },
]);
