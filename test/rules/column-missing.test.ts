import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../src/rules/compare.js';
import { ruleCases } from '../helpers/rule-cases.js';
import { at, col, fk, schema, table } from '../helpers/schema.js';

const posts =
  "CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL);\nINSERT INTO posts (title) VALUES ('hello');";
const postsWith = (...extra: ReturnType<typeof col>[]) =>
  schema([
    table('posts', [col('id', 'INTEGER'), col('title', 'TEXT', { notNull: true }), ...extra], {
      primaryKey: ['id'],
    }),
  ]);

ruleCases('column-missing', [
  {
    name: 'a nullable column: ADD COLUMN, at the model line',
    actualSql: posts,
    expected: postsWith(col('deleted_at', 'DATETIME', { source: at('schema.sql', 18) })),
    want: [
      {
        severity: 'error',
        table: 'posts',
        column: 'deleted_at',
        message: 'posts.deleted_at is declared in schema.sql:18 but no migration creates it',
        expected: 'DATETIME',
        actual: null,
        locations: [at('schema.sql', 18)],
        fix: /^ALTER TABLE posts ADD COLUMN deleted_at DATETIME;$/,
      },
    ],
  },
  {
    name: 'NOT NULL with a constant default: ADD COLUMN keeps both',
    actualSql: posts,
    expected: postsWith(col('sort_order', 'INTEGER', { notNull: true, default: '0' })),
    want: [{ fix: /^ALTER TABLE posts ADD COLUMN sort_order INTEGER NOT NULL DEFAULT 0;$/ }],
    after: (rows) => expect(rows('SELECT sort_order FROM posts')).toEqual([{ sort_order: 0 }]),
  },
  {
    name: 'a non-constant default (CURRENT_TIMESTAMP) needs a rebuild; rows survive',
    actualSql: posts,
    expected: postsWith(col('created_at', 'DATETIME', { default: 'CURRENT_TIMESTAMP' })),
    want: [{ fix: /PRAGMA foreign_keys=OFF;[\s\S]*CREATE TABLE new_posts[\s\S]*DEFAULT CURRENT_TIMESTAMP/ }],
    after: (rows) =>
      expect(rows('SELECT title, created_at IS NOT NULL AS stamped FROM posts')).toEqual([
        { title: 'hello', stamped: 1 },
      ]),
  },
  {
    name: 'NOT NULL without a default needs a rebuild',
    actualSql: 'CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL);',
    expected: postsWith(col('slug', 'TEXT', { notNull: true })),
    want: [{ fix: /-- slug is new and NOT NULL without a default: existing rows need a value for it\./ }],
  },
  {
    name: 'a column with a foreign key: ADD COLUMN … REFERENCES',
    actualSql: `CREATE TABLE goals (id TEXT PRIMARY KEY);\n${posts}`,
    expected: schema([
      table('goals', [col('id', 'TEXT')], { primaryKey: ['id'] }),
      table(
        'posts',
        [col('id', 'INTEGER'), col('title', 'TEXT', { notNull: true }), col('root_id', 'VARCHAR')],
        {
          primaryKey: ['id'],
          foreignKeys: [fk(['root_id'], 'goals', ['id'], { onDelete: 'CASCADE' })],
        },
      ),
    ]),
    want: [
      { fix: /^ALTER TABLE posts ADD COLUMN root_id VARCHAR REFERENCES goals \(id\) ON DELETE CASCADE;$/ },
    ],
  },
  {
    name: 'a VIRTUAL generated column can be added; a STORED one cannot',
    actualSql: posts,
    expected: postsWith(
      col('title_len', 'INTEGER', { generated: { kind: 'virtual', expression: 'length(title)' } }),
      col('title_up', 'TEXT', { generated: { kind: 'stored', expression: 'upper(title)' } }),
    ),
    want: [
      { column: 'title_len', fix: /CREATE TABLE new_posts/ },
      { column: 'title_up', fix: /CREATE TABLE new_posts/ },
    ],
    after: (rows) =>
      expect(rows('SELECT title_len, title_up FROM posts')).toEqual([{ title_len: 5, title_up: 'HELLO' }]),
  },
  {
    name: 'a keyword column name is quoted',
    actualSql: posts,
    expected: postsWith(col('order', 'INTEGER')),
    want: [{ fix: /^ALTER TABLE posts ADD COLUMN "order" INTEGER;$/ }],
  },
  {
    name: 'a column that only differs in case and quoting is not missing',
    actualSql: 'CREATE TABLE posts (id INTEGER PRIMARY KEY, "Title" TEXT NOT NULL);',
    expected: postsWith(),
    want: [],
  },
]);

describe('column-missing messages', () => {
  it('names the reference and the checked side by their labels in diff mode (seed 002)', () => {
    const prod = schema([table('goals', [col('id', 'TEXT')])]);
    const dev = schema([table('goals', [col('id', 'TEXT'), col('completed_at', 'DATETIME')])]);
    const [finding] = compareSchemas(prod, dev, {
      sides: { expected: { label: 'dev.db', kind: 'schema' }, actual: { label: 'prod.db', kind: 'schema' } },
    });
    expect(finding?.message).toBe('goals.completed_at is in dev.db but prod.db does not have it');
    expect(finding?.locations).toEqual([]);
  });

  it('falls back to the table location when the column has none', () => {
    const [finding] = compareSchemas(
      schema([table('t', [col('a')])]),
      schema([table('t', [col('a'), col('b', 'TEXT')], { source: at('models.py', 4) })]),
    );
    expect(finding?.locations).toEqual([at('models.py', 4)]);
    expect(finding?.message).toBe('t.b is declared in models.py:4 but no migration creates it');
  });
});
