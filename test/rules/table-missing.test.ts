import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../src/rules/compare.js';
import { ruleCases } from '../helpers/rule-cases.js';
import { at, col, fk, idx, schema, table } from '../helpers/schema.js';

const goals = table(
  'goals',
  [col('id', 'TEXT', { notNull: true }), col('title', 'VARCHAR(200)', { notNull: true })],
  {
    primaryKey: ['id'],
    source: at('models.py', 3),
  },
);
const templates = table(
  'program_day_templates',
  [
    col('program_day_id', 'TEXT', { notNull: true }),
    col('session_template_id', 'TEXT', { notNull: true }),
    col('order', 'INTEGER', { default: '0' }),
  ],
  {
    primaryKey: ['program_day_id', 'session_template_id'],
    foreignKeys: [fk(['program_day_id'], 'goals', ['id'], { onDelete: 'CASCADE' })],
    indexes: [
      idx('ix_pdt_order', ['order']),
      idx('sqlite_autoindex_program_day_templates_2', ['session_template_id', 'order'], {
        unique: true,
        origin: 'u',
      }),
    ],
  },
);

ruleCases('table-missing', [
  {
    name: 'CREATE TABLE with its key, foreign key, UNIQUE and indexes',
    actualSql: 'CREATE TABLE goals (id TEXT NOT NULL PRIMARY KEY, title VARCHAR(200) NOT NULL);',
    expected: schema([goals, templates]),
    want: [
      {
        severity: 'error',
        table: 'program_day_templates',
        message: 'table program_day_templates is declared in the model but no migration creates it',
        expected: 'program_day_templates (program_day_id, session_template_id, order)',
        actual: null,
        fix: /^CREATE TABLE program_day_templates \([\s\S]*"order" INTEGER DEFAULT 0,[\s\S]*PRIMARY KEY \(program_day_id, session_template_id\),\n {2}UNIQUE \(session_template_id, "order"\),\n {2}FOREIGN KEY \(program_day_id\) REFERENCES goals \(id\) ON DELETE CASCADE\n\);\nCREATE INDEX IF NOT EXISTS ix_pdt_order ON program_day_templates \("order"\);$/,
      },
    ],
  },
  {
    name: 'a table spelled in another case is not missing',
    actualSql: 'CREATE TABLE "GOALS" (id TEXT NOT NULL PRIMARY KEY, title VARCHAR(200) NOT NULL);',
    expected: schema([goals]),
    want: [],
  },
]);

describe('table-missing messages', () => {
  it('points at the model line', () => {
    const [finding] = compareSchemas(schema([]), schema([goals]));
    expect(finding).toMatchObject({
      message: 'table goals is declared in models.py:3 but no migration creates it',
      locations: [at('models.py', 3)],
    });
  });

  it('reads as a comparison of two databases in diff mode (seed 002)', () => {
    const [finding] = compareSchemas(schema([]), schema([templates]), {
      sides: { expected: { label: 'dev.db', kind: 'schema' }, actual: { label: 'prod.db', kind: 'schema' } },
    });
    expect(finding?.message).toBe('table program_day_templates is in dev.db but prod.db does not have it');
  });
});
