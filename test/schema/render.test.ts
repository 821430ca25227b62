import { describe, expect, it } from 'vitest';
import { diffSchemas } from '../../src/diff/index.js';
import {
  quoteIdent,
  renderCreateIndex,
  renderCreateTable,
  renderDefault,
  renderSchema,
} from '../../src/schema/render.js';
import { col, fk, idx, schema, table } from '../helpers/schema.js';
import { databaseFrom, inspectLite } from '../helpers/sqlite.js';

describe('quoteIdent', () => {
  it.each([
    ['users', 'users'],
    ['_x1', '_x1'],
    ['order', '"order"'],
    ['Select', '"Select"'],
    ['my col', '"my col"'],
    ['1st', '"1st"'],
    ['a"b', '"a""b"'],
  ])('%s → %s', (name, quoted) => {
    expect(quoteIdent(name)).toBe(quoted);
  });
});

describe('renderDefault', () => {
  it.each([
    ['0', '0'],
    ['-1.5', '-1.5'],
    ["'it''s'", "'it''s'"],
    ['NULL', 'NULL'],
    ['CURRENT_TIMESTAMP', 'CURRENT_TIMESTAMP'],
    ["datetime('now')", "(datetime('now'))"],
    ['(1 + 2)', '(1 + 2)'],
    ['(a) + (b)', '((a) + (b))'],
    // Normalized defaults are lower-case; fixes show keywords as users write them.
    ['current_timestamp', 'CURRENT_TIMESTAMP'],
    ["(case when 1 then 'current_date' else null end)", "(CASE WHEN 1 THEN 'current_date' ELSE NULL END)"],
    ["replace(lower('x'), 'a', 'b')", "(replace(lower('x'), 'a', 'b'))"],
  ])('%s → DEFAULT %s', (value, rendered) => {
    expect(renderDefault(value)).toBe(rendered);
  });
});

const full = schema(
  [
    table(
      'goals',
      [col('id', 'INTEGER'), col('title', 'VARCHAR(200)', { notNull: true, collate: 'NOCASE' })],
      {
        primaryKey: ['id'],
        autoincrement: true,
        indexes: [idx('ix_goals_title', ['title'], { where: "title <> ''" })],
      },
    ),
    table(
      'order',
      [
        col('goal_id', 'INTEGER', { notNull: true }),
        col('n', 'INTEGER', { default: '0' }),
        col('at', 'DATETIME', { default: 'CURRENT_TIMESTAMP' }),
        col('twice', 'INTEGER', { generated: { kind: 'virtual', expression: 'n * 2' } }),
      ],
      {
        primaryKey: ['goal_id', 'n'],
        foreignKeys: [fk(['goal_id'], 'goals', ['id'], { onDelete: 'CASCADE' })],
        checks: [{ name: 'n_positive', expression: 'n >= 0' }],
        indexes: [
          idx('sqlite_autoindex_order_2', ['at'], { unique: true, origin: 'u' }),
          idx('sqlite_autoindex_order_1', ['goal_id', 'n'], { unique: true, origin: 'pk' }),
        ],
        withoutRowid: true,
      },
    ),
  ],
  {
    views: [{ name: 'recent', definition: 'SELECT * FROM "order" WHERE n > 0' }],
    triggers: [
      {
        name: 'goals_ai',
        table: 'goals',
        definition: 'CREATE TRIGGER goals_ai AFTER INSERT ON goals BEGIN SELECT 1; END',
      },
    ],
  },
);

describe('renderCreateTable / renderCreateIndex', () => {
  it('writes a single-column key inline and a composite one as a constraint', () => {
    expect(renderCreateTable(full.tables[0]!)).toBe(
      'CREATE TABLE goals (\n  id INTEGER PRIMARY KEY AUTOINCREMENT,\n  title VARCHAR(200) NOT NULL COLLATE NOCASE\n);',
    );
    expect(renderCreateTable(full.tables[1]!)).toBe(
      [
        'CREATE TABLE "order" (',
        '  goal_id INTEGER NOT NULL,',
        '  n INTEGER DEFAULT 0,',
        '  at DATETIME DEFAULT CURRENT_TIMESTAMP,',
        '  twice INTEGER GENERATED ALWAYS AS (n * 2) VIRTUAL,',
        '  PRIMARY KEY (goal_id, n),',
        '  UNIQUE (at),',
        '  FOREIGN KEY (goal_id) REFERENCES goals (id) ON DELETE CASCADE,',
        '  CONSTRAINT n_positive CHECK (n >= 0)',
        ') WITHOUT ROWID;',
      ].join('\n'),
    );
  });

  it('renders partial and unique indexes, with IF NOT EXISTS on request', () => {
    expect(
      renderCreateIndex(idx('i', ['a', 'b DESC'], { unique: true, where: 'a > 0' }), 't', {
        ifNotExists: true,
      }),
    ).toBe('CREATE UNIQUE INDEX IF NOT EXISTS i ON t (a, b DESC) WHERE a > 0;');
    expect(renderCreateIndex(idx('e', ['lower(email)']), 'users')).toBe(
      'CREATE INDEX e ON users (lower(email));',
    );
    // A normalized WHERE is lower-case; the rendered one reads as written.
    expect(renderCreateIndex(idx('p', ['a'], { where: 'deleted_at is null' }), 't')).toBe(
      'CREATE INDEX p ON t (a) WHERE deleted_at IS NULL;',
    );
  });
});

describe('renderSchema', () => {
  it('produces DDL that SQLite runs and that reads back as the same schema', async () => {
    const sql = renderSchema(full);
    const db = await databaseFrom(sql);
    const back = inspectLite(db);
    // The lite inspector sees the trigger's definition as stored: compare tables and views only.
    expect(diffSchemas(back, { ...full, triggers: back.triggers })).toEqual([]);
    expect(back.triggers.map((t) => t.name)).toEqual(['goals_ai']);
  });

  it('is empty for an empty schema', () => {
    expect(renderSchema(schema([]))).toBe('');
  });
});
