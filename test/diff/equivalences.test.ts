import { describe, expect, it } from 'vitest';
import type { DiffOptions } from '../../src/diff/index.js';
import { diffSchemas } from '../../src/diff/index.js';
import type { Schema } from '../../src/schema/types.js';
import { col, fk, idx, schema, table } from '../helpers/schema.js';

interface Case {
  readonly name: string;
  readonly actual: Schema;
  readonly expected: Schema;
  readonly options?: DiffOptions;
}

const users = (cols = [col('id', 'INTEGER'), col('email', 'TEXT')], extra = {}) =>
  table('users', cols, { primaryKey: ['id'], ...extra });

/** Things a user expects to be the same: none of them is drift. */
const equivalent: readonly Case[] = [
  {
    name: 'identifier case and quoting',
    actual: schema([table('Users', [col('"ID"', 'integer'), col('[Email]', 'text')])]),
    expected: schema([table('users', [col('id', 'INTEGER'), col('email', 'TEXT')])]),
  },
  {
    name: 'INTEGER PRIMARY KEY is NOT NULL whether written or not',
    actual: schema([users([col('id', 'INTEGER', { notNull: true }), col('email', 'TEXT')])]),
    expected: schema([users()]),
  },
  {
    name: 'WITHOUT ROWID key columns are NOT NULL',
    actual: schema([
      table('kv', [col('k', 'TEXT', { notNull: true })], { primaryKey: ['k'], withoutRowid: true }),
    ]),
    expected: schema([table('kv', [col('k', 'TEXT')], { primaryKey: ['k'], withoutRowid: true })]),
  },
  {
    name: 'DEFAULT false = DEFAULT 0, DEFAULT true = DEFAULT 1',
    actual: schema([
      table('t', [col('a', 'BOOLEAN', { default: '0' }), col('b', 'BOOLEAN', { default: '1' })]),
    ]),
    expected: schema([
      table('t', [col('a', 'BOOLEAN', { default: 'false' }), col('b', 'BOOLEAN', { default: 'TRUE' })]),
    ]),
  },
  {
    name: '(CURRENT_TIMESTAMP) = CURRENT_TIMESTAMP, DEFAULT NULL = no default',
    actual: schema([
      table('t', [col('at', 'DATETIME', { default: '(CURRENT_TIMESTAMP)' }), col('n', 'TEXT')]),
    ]),
    expected: schema([
      table('t', [
        col('at', 'DATETIME', { default: 'current_timestamp' }),
        col('n', 'TEXT', { default: 'NULL' }),
      ]),
    ]),
  },
  {
    name: 'NUMERIC(10,2) = NUMERIC(10, 2)',
    actual: schema([table('t', [col('price', 'NUMERIC(10,2)')])]),
    expected: schema([table('t', [col('price', 'numeric(10, 2)')])]),
  },
  {
    name: 'UNIQUE constraint = unique index on the same columns',
    actual: schema([users(undefined, { indexes: [idx('users_email_key', ['email'], { unique: true })] })]),
    expected: schema([
      users(undefined, {
        indexes: [idx('sqlite_autoindex_users_1', ['email'], { unique: true, origin: 'u' })],
      }),
    ]),
  },
  {
    name: 'the auto-index behind a PRIMARY KEY is not an index',
    actual: schema([
      table('kv', [col('k', 'TEXT')], {
        primaryKey: ['k'],
        indexes: [idx('sqlite_autoindex_kv_1', ['k'], { unique: true, origin: 'pk' })],
      }),
    ]),
    expected: schema([table('kv', [col('k', 'TEXT')], { primaryKey: ['k'] })]),
  },
  {
    name: 'index names do not count when the model side generates them',
    actual: schema([users(undefined, { indexes: [idx('idx_users_email', ['email'])] })]),
    expected: schema([users(undefined, { indexes: [idx('ix_users_email', ['email'])] })]),
    options: { capabilities: { expected: { views: true, triggers: true, checks: true, indexNames: false } } },
  },
  {
    name: 'expression and DESC index columns compared up to case and spacing',
    actual: schema([users(undefined, { indexes: [idx('i', ['lower(email)', 'id DESC'])] })]),
    expected: schema([users(undefined, { indexes: [idx('i', ['LOWER( email )', 'id desc'])] })]),
  },
  {
    name: 'partial index WHERE compared up to case and spacing',
    actual: schema([users(undefined, { indexes: [idx('i', ['email'], { where: "email<>''" })] })]),
    expected: schema([users(undefined, { indexes: [idx('I', ['EMAIL'], { where: "email <> ''" })] })]),
  },
  {
    name: 'REFERENCES parent = REFERENCES parent(its primary key); NO ACTION = omitted',
    actual: schema([
      users(),
      table('posts', [col('user_id', 'INTEGER')], { foreignKeys: [fk(['user_id'], 'users')] }),
    ]),
    expected: schema([
      users(),
      table('posts', [col('user_id', 'INTEGER')], {
        foreignKeys: [fk(['user_id'], 'Users', ['ID'], { onDelete: 'NO ACTION' })],
      }),
    ]),
  },
  {
    name: 'CHECK compared up to case and whitespace, names ignored',
    actual: schema([table('t', [col('n', 'INTEGER')], { checks: [{ expression: 'n>=0' }] })]),
    expected: schema([
      table('t', [col('n', 'INTEGER')], { checks: [{ name: 'n_positive', expression: 'N >= 0' }] }),
    ]),
  },
  {
    name: 'views and triggers the model cannot express are not compared',
    actual: schema([users()], {
      views: [{ name: 'v', definition: 'SELECT 1' }],
      triggers: [
        {
          name: 'tr',
          table: 'users',
          definition: 'CREATE TRIGGER tr AFTER INSERT ON users BEGIN SELECT 1; END',
        },
      ],
    }),
    expected: schema([users()]),
    options: {
      capabilities: { expected: { views: false, triggers: false, checks: true, indexNames: true } },
    },
  },
  {
    name: 'checks the model cannot express are not compared',
    actual: schema([table('t', [col('n', 'INTEGER')], { checks: [{ expression: 'n >= 0' }] })]),
    expected: schema([table('t', [col('n', 'INTEGER')])]),
    options: { capabilities: { expected: { views: true, triggers: true, checks: false, indexNames: true } } },
  },
  {
    name: 'ignored tables and columns',
    actual: schema([
      table('alembic_version', [col('version_num', 'VARCHAR(32)')]),
      table('t', [col('a', 'TEXT'), col('legacy', 'TEXT')]),
    ]),
    expected: schema([table('t', [col('a', 'TEXT')])]),
    options: { ignore: (t, c) => t === 'alembic_version' || c === 'legacy' },
  },
];

describe('diffSchemas equivalences', () => {
  it.each(equivalent)('$name: no change', ({ actual, expected, options }) => {
    expect(diffSchemas(actual, expected, options)).toEqual([]);
  });
});

/** Each difference, reported as exactly these change kinds. */
const different: readonly (Case & { readonly kinds: readonly string[] })[] = [
  {
    name: 'missing and extra tables',
    actual: schema([table('old', [col('a')])]),
    expected: schema([table('new', [col('a')])]),
    kinds: ['table-missing', 'table-extra'],
  },
  {
    name: 'missing and extra columns',
    actual: schema([table('t', [col('a', 'TEXT'), col('x', 'TEXT')])]),
    expected: schema([table('t', [col('a', 'TEXT'), col('b', 'TEXT')])]),
    kinds: ['column-missing', 'column-extra'],
  },
  {
    name: 'every column facet',
    actual: schema([
      table('t', [col('a', 'STRING', { default: '1', collate: 'NOCASE' }), col('g', 'INTEGER')]),
    ]),
    expected: schema([
      table('t', [
        col('a', 'VARCHAR', { notNull: true, default: "'1'" }),
        col('g', 'INTEGER', { generated: { kind: 'virtual', expression: 'length(a)' } }),
      ]),
    ]),
    kinds: [
      'column-type-changed',
      'column-nullable-changed',
      'column-default-changed',
      'column-collate-changed',
      'column-generated-changed',
    ],
  },
  {
    name: 'INT PRIMARY KEY is not a rowid alias: it may be NULL',
    actual: schema([table('t', [col('id', 'INT')], { primaryKey: ['id'] })]),
    expected: schema([table('t', [col('id', 'INT', { notNull: true })], { primaryKey: ['id'] })]),
    kinds: ['column-nullable-changed'],
  },
  {
    name: 'primary key order',
    actual: schema([table('t', [col('a'), col('b')], { primaryKey: ['b', 'a'] })]),
    expected: schema([table('t', [col('a'), col('b')], { primaryKey: ['a', 'b'] })]),
    kinds: ['primary-key-changed'],
  },
  {
    name: 'index name only (notice-level rename)',
    actual: schema([table('t', [col('a')], { indexes: [idx('old_name', ['a'])] })]),
    expected: schema([table('t', [col('a')], { indexes: [idx('new_name', ['a'])] })]),
    kinds: ['index-renamed'],
  },
  {
    name: 'same index name, other columns',
    actual: schema([table('t', [col('a'), col('b')], { indexes: [idx('i', ['a'])] })]),
    expected: schema([table('t', [col('a'), col('b')], { indexes: [idx('i', ['a', 'b'])] })]),
    kinds: ['index-changed'],
  },
  {
    name: 'uniqueness and WHERE make indexes different',
    actual: schema([
      table('t', [col('a'), col('b')], { indexes: [idx('i1', ['a']), idx('i2', ['b'], { where: 'b > 0' })] }),
    ]),
    expected: schema([
      table('t', [col('a'), col('b')], {
        indexes: [idx('u1', ['a'], { unique: true, origin: 'u' }), idx('i2', ['b'])],
      }),
    ]),
    kinds: ['index-missing', 'index-extra', 'index-changed'],
  },
  {
    name: 'foreign keys missing, extra, changed',
    actual: schema([
      table('t', [col('a'), col('b'), col('c')], {
        foreignKeys: [fk(['b'], 'p', ['id']), fk(['c'], 'p', ['id'])],
      }),
    ]),
    expected: schema([
      table('t', [col('a'), col('b'), col('c')], {
        foreignKeys: [fk(['a'], 'p', ['id']), fk(['b'], 'p', ['id'], { onDelete: 'CASCADE' })],
      }),
    ]),
    kinds: ['foreign-key-missing', 'foreign-key-extra', 'foreign-key-changed'],
  },
  {
    name: 'a single-column foreign key on a missing column is carried by column-missing',
    actual: schema([table('t', [col('a')])]),
    expected: schema([
      table('t', [col('a'), col('root_id', 'TEXT')], { foreignKeys: [fk(['root_id'], 'goals', ['id'])] }),
    ]),
    kinds: ['column-missing'],
  },
  {
    name: 'checks',
    actual: schema([table('t', [col('n')], { checks: [{ expression: 'n < 10' }] })]),
    expected: schema([table('t', [col('n')], { checks: [{ expression: 'n >= 0' }] })]),
    kinds: ['check-missing', 'check-extra'],
  },
  {
    name: 'views and triggers',
    actual: schema([], {
      views: [
        { name: 'v', definition: 'SELECT 1' },
        { name: 'old', definition: 'SELECT 2' },
      ],
      triggers: [
        { name: 'tr', table: 't', definition: 'CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END' },
      ],
    }),
    expected: schema([], {
      views: [
        { name: 'v', definition: 'SELECT 2' },
        { name: 'new', definition: 'SELECT 3' },
      ],
      triggers: [
        { name: 'tr2', table: 't', definition: 'CREATE TRIGGER tr2 AFTER INSERT ON t BEGIN SELECT 1; END' },
      ],
    }),
    kinds: ['view-missing', 'view-extra', 'view-changed', 'trigger-missing', 'trigger-extra'],
  },
];

describe('diffSchemas differences', () => {
  it.each(different)('$name', ({ actual, expected, options, kinds }) => {
    expect(diffSchemas(actual, expected, options).map((c) => c.kind)).toEqual(kinds);
  });

  it('orders facets: tables, then per table columns, key, indexes, foreign keys, checks; then views, triggers', () => {
    const actual = schema(
      [table('a', [col('x', 'TEXT')], { checks: [{ expression: 'x <> 1' }] }), table('gone', [])],
      {
        triggers: [{ name: 'tr', table: 'a', definition: 'CREATE TRIGGER tr …' }],
      },
    );
    const expected = schema(
      [
        table('a', [col('x', 'INTEGER'), col('y')], {
          primaryKey: ['x'],
          indexes: [idx('ix', ['y'])],
          foreignKeys: [fk(['x'], 'b', ['id'])],
        }),
        table('b', [col('id')]),
      ],
      { views: [{ name: 'v', definition: 'SELECT 1' }] },
    );
    expect(diffSchemas(actual, expected).map((c) => c.kind)).toEqual([
      'table-missing',
      'table-extra',
      'column-missing',
      'column-type-changed',
      'column-nullable-changed', // x becomes an INTEGER PRIMARY KEY: implicitly NOT NULL
      'primary-key-changed',
      'index-missing',
      'foreign-key-missing',
      'check-extra',
      'view-missing',
      'trigger-extra',
    ]);
  });

  it('is pure: the same input gives the same output and leaves the input untouched', () => {
    const actual = schema([table('t', [col('a', 'TEXT')])]);
    const expected = schema([table('t', [col('a', 'INTEGER'), col('b')])]);
    const before = JSON.stringify([actual, expected]);
    expect(diffSchemas(actual, expected)).toEqual(diffSchemas(actual, expected));
    expect(JSON.stringify([actual, expected])).toBe(before);
  });
});
