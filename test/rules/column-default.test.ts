import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../src/rules/compare.js';
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

describe('rule column-default: defaults the ORM applies on insert', () => {
  const migrated = t(col('sort_order', 'INTEGER', { default: '0' }));

  it('a database default the model has only as a client-side default= is a notice that says so', () => {
    const model = t(col('sort_order', 'INTEGER', { appDefault: 'default=0' }));
    expect(compareSchemas(migrated, model)).toEqual([
      expect.objectContaining({
        rule: 'column-default',
        severity: 'notice',
        message:
          't.sort_order: the migrations give DEFAULT 0; the model declares only default=0, which the ORM applies on insert (not a database default), so rows inserted through the application get a value either way',
        expected: null,
        actual: 'DEFAULT 0',
      }),
    ]);
    expect(compareSchemas(migrated, model)[0]).not.toHaveProperty('fix');
  });

  it('names the sides the other way round when the ORM side is the checked one (diff)', () => {
    const model = t(col('sort_order', 'INTEGER', { appDefault: 'default=0' }));
    const [finding] = compareSchemas(model, migrated);
    expect(finding).toMatchObject({ severity: 'notice' });
    expect(finding!.message).toContain('the model declares DEFAULT 0; the migrations give only default=0');
  });

  it('a server default that differs stays a warning, client-side default or not', () => {
    const model = t(col('sort_order', 'INTEGER', { default: '1', appDefault: 'default=1' }));
    expect(compareSchemas(migrated, model)).toEqual([
      expect.objectContaining({ rule: 'column-default', severity: 'warning' }),
    ]);
  });

  it('a client-side default alone, with no database default anywhere, is not a difference', () => {
    const model = t(col('sort_order', 'INTEGER', { appDefault: 'default=0' }));
    expect(compareSchemas(t(col('sort_order', 'INTEGER')), model)).toEqual([]);
  });

  it('reads the same for a Prisma or Drizzle client-side default, in the words the model uses', () => {
    const ids = schema([table('t', [col('id', 'TEXT', { default: "'x'" })], { primaryKey: ['id'] })]);
    for (const appDefault of ['@default(uuid())', '$defaultFn(() => crypto.randomUUID())']) {
      const model = schema([table('t', [col('id', 'TEXT', { appDefault })], { primaryKey: ['id'] })]);
      const [finding] = compareSchemas(ids, model);
      expect(finding).toMatchObject({ rule: 'column-default', severity: 'notice' });
      expect(finding!.message).toBe(
        `t.id: the migrations give DEFAULT 'x'; the model declares only ${appDefault}, which the ORM applies on insert (not a database default), so rows inserted through the application get a value either way`,
      );
    }
  });
});
