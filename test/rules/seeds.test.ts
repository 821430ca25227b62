import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSchemas } from '../../src/diff/index.js';
import type { Finding } from '../../src/findings.js';
import { compareSchemas } from '../../src/rules/compare.js';
import { migrationScript } from '../../src/rules/fix/script.js';
import type { CompareOptions } from '../../src/rules/types.js';
import type { Capabilities, Schema } from '../../src/schema/types.js';
import { at, col, fk, idx, schema, table } from '../helpers/schema.js';
import { databaseFrom, inspectLite, rows } from '../helpers/sqlite.js';

/**
 * The incidents driftcheck exists for (shared/seeds), with both schemas built by hand the way the
 * sources would hand them over. Golden findings live in test/fixtures/rules/<case>/expected.json
 * (UPDATE_GOLDEN=1 rewrites them); every fix runs against the case's actual.sql.
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/rules');
const SQLALCHEMY: Capabilities = { views: false, triggers: false, checks: true, indexNames: false };
const m = (line: number) => at('models.py', line);
const mig = (line: number) => at('python-scripts/migrate_database_improvements.py', line);

const baseInstanceColumns = [
  col('id', 'VARCHAR', { notNull: true, source: m(80) }),
  col('practice_session_id', 'VARCHAR', { notNull: true, source: m(81) }),
  col('activity_definition_id', 'VARCHAR', { source: m(82) }),
  col('created_at', 'DATETIME', { source: m(83) }),
  col('time_start', 'DATETIME', { source: m(84) }),
  col('time_stop', 'DATETIME', { source: m(85) }),
  col('duration_seconds', 'INTEGER', { source: m(86) }),
];
const migratedInstanceColumns = baseInstanceColumns.map(({ source: _, ...c }) => ({
  ...c,
  source: at('migrations/001_initial.sql', 2),
}));

/** The model after the "Database-Only Architecture" update: completed, notes, data (seed 000). */
const model000 = schema([
  table(
    'activity_instances',
    [
      ...baseInstanceColumns,
      col('completed', 'BOOLEAN', { source: m(87) }),
      col('notes', 'VARCHAR', { source: m(88) }),
      col('data', 'TEXT', { source: m(89) }),
    ],
    { primaryKey: ['id'], source: m(78) },
  ),
]);

const hotfix = at('migrations/003_hotfix.sql', 1);
const cases: readonly {
  name: string;
  actual: Schema;
  expected: Schema;
  options: CompareOptions;
  rules: readonly string[];
}[] = [
  {
    name: 'seed-000-missing',
    actual: schema([table('activity_instances', migratedInstanceColumns, { primaryKey: ['id'] })]),
    expected: model000,
    options: { capabilities: { expected: SQLALCHEMY } },
    rules: ['column-missing', 'column-missing', 'column-missing'],
  },
  {
    name: 'seed-000-hotfix',
    actual: schema([
      table(
        'activity_instances',
        [
          ...migratedInstanceColumns,
          col('completed', 'BOOLEAN', { default: '0', source: hotfix }),
          col('notes', 'STRING', { source: { ...hotfix, line: 2 } }),
          col('data', 'STRING', { source: { ...hotfix, line: 3 } }),
        ],
        { primaryKey: ['id'] },
      ),
    ]),
    expected: model000,
    options: { capabilities: { expected: SQLALCHEMY } },
    // completed: `default=False` in SQLAlchemy is Python-side, the hotfix's DEFAULT 0 is not in the model.
    rules: ['column-default', 'column-type', 'column-type'],
  },
  {
    name: 'seed-001-root-id',
    actual: schema([
      table('goals', [col('id', 'VARCHAR', { notNull: true }), col('name', 'VARCHAR', { notNull: true })], {
        primaryKey: ['id'],
      }),
      table(
        'activity_instances',
        [
          col('id', 'VARCHAR', { notNull: true }),
          col('practice_session_id', 'VARCHAR', { notNull: true }),
          col('root_id', 'STRING', { source: mig(52) }),
        ],
        {
          primaryKey: ['id'],
          foreignKeys: [fk(['practice_session_id'], 'goals', ['id'])],
          indexes: [idx('idx_activity_instances_root', ['root_id'], { source: mig(120) })],
        },
      ),
    ]),
    expected: schema([
      table('goals', [col('id', 'VARCHAR', { notNull: true }), col('name', 'VARCHAR', { notNull: true })], {
        primaryKey: ['id'],
      }),
      table(
        'activity_instances',
        [
          col('id', 'VARCHAR', { notNull: true }),
          col('practice_session_id', 'VARCHAR', { notNull: true }),
          col('root_id', 'VARCHAR', { notNull: true, source: m(44) }),
        ],
        {
          primaryKey: ['id'],
          foreignKeys: [
            fk(['practice_session_id'], 'goals', ['id']),
            fk(['root_id'], 'goals', ['id'], { onDelete: 'CASCADE', source: m(44) }),
          ],
          indexes: [idx('ix_activity_instances_root_id', ['root_id'], { source: m(44) })],
        },
      ),
    ]),
    options: { capabilities: { expected: SQLALCHEMY } },
    rules: ['column-type', 'column-nullable', 'foreign-key'],
  },
  {
    name: 'seed-002-prod-vs-dev',
    actual: schema([
      table('goals', [col('id', 'TEXT', { notNull: true }), col('name', 'TEXT', { notNull: true })], {
        primaryKey: ['id'],
      }),
      table('program_days', [col('id', 'TEXT', { notNull: true }), col('name', 'TEXT')], {
        primaryKey: ['id'],
      }),
      table('session_templates', [col('id', 'TEXT', { notNull: true }), col('name', 'TEXT')], {
        primaryKey: ['id'],
      }),
      table('scheduled_sessions', [col('id', 'TEXT', { notNull: true }), col('program_day_id', 'TEXT')], {
        primaryKey: ['id'],
        foreignKeys: [fk(['program_day_id'], 'program_days', ['id'])],
      }),
    ]),
    expected: schema([
      table(
        'goals',
        [
          col('id', 'TEXT', { notNull: true }),
          col('name', 'TEXT', { notNull: true }),
          col('completed_at', 'DATETIME'),
          col('program_day_id', 'TEXT'),
        ],
        { primaryKey: ['id'], foreignKeys: [fk(['program_day_id'], 'program_days', ['id'])] },
      ),
      table(
        'program_days',
        [
          col('id', 'TEXT', { notNull: true }),
          col('name', 'TEXT'),
          col('is_completed', 'BOOLEAN', { default: '0' }),
        ],
        {
          primaryKey: ['id'],
        },
      ),
      table('session_templates', [col('id', 'TEXT', { notNull: true }), col('name', 'TEXT')], {
        primaryKey: ['id'],
      }),
      table(
        'program_day_templates',
        [
          col('program_day_id', 'TEXT', { notNull: true }),
          col('session_template_id', 'TEXT', { notNull: true }),
          col('order', 'INTEGER', { default: '0' }),
        ],
        {
          primaryKey: ['program_day_id', 'session_template_id'],
          foreignKeys: [
            fk(['program_day_id'], 'program_days', ['id'], { onDelete: 'CASCADE' }),
            fk(['session_template_id'], 'session_templates', ['id'], { onDelete: 'CASCADE' }),
          ],
        },
      ),
    ]),
    options: {
      sides: { expected: { label: 'dev.db', kind: 'schema' }, actual: { label: 'prod.db', kind: 'schema' } },
    },
    rules: ['table-missing', 'table-extra', 'column-missing', 'column-missing', 'column-missing'],
  },
];

function golden(name: string, findings: readonly Finding[]): unknown {
  const path = join(FIXTURES, name, 'expected.json');
  const text = `${JSON.stringify(findings, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, text);
  return JSON.parse(readFileSync(path, 'utf8'));
}

describe('seed incidents', () => {
  it.each(cases)('$name', async ({ name, actual, expected, options, rules }) => {
    const actualSql = readFileSync(join(FIXTURES, name, 'actual.sql'), 'utf8');
    const built = await databaseFrom(actualSql);
    // The hand-built actual schema is what actual.sql really produces.
    expect(diffSchemas(inspectLite(built), actual)).toEqual([]);

    const findings = compareSchemas(actual, expected, options);
    expect(findings.map((f) => f.rule)).toEqual(rules);
    expect(JSON.parse(JSON.stringify(findings))).toEqual(golden(name, findings));

    for (const f of findings) {
      const db = await databaseFrom(actualSql);
      expect(() => db.exec(f.fix ?? ''), `${f.rule} ${f.column}: ${f.fix}`).not.toThrow();
    }
    const db = await databaseFrom(actualSql);
    db.exec(migrationScript(findings));
    expect(rows(db, 'PRAGMA foreign_key_check')).toEqual([]);
    expect(compareSchemas(inspectLite(db), expected, options)).toEqual([]);
  });

  it('seed 000: the three missing columns are reported at the model lines', () => {
    const findings = compareSchemas(cases[0]!.actual, model000);
    expect(findings.map((f) => [f.column, f.severity, f.locations, f.fix])).toEqual([
      ['completed', 'error', [m(87)], 'ALTER TABLE activity_instances ADD COLUMN completed BOOLEAN;'],
      ['notes', 'error', [m(88)], 'ALTER TABLE activity_instances ADD COLUMN notes VARCHAR;'],
      ['data', 'error', [m(89)], 'ALTER TABLE activity_instances ADD COLUMN data TEXT;'],
    ]);
  });

  it('seed 000: notes STRING is an affinity error that names what happens to the data', () => {
    const notes = compareSchemas(cases[1]!.actual, model000).find((f) => f.column === 'notes');
    expect(notes).toMatchObject({
      rule: 'column-type',
      severity: 'error',
      message:
        "activity_instances.notes: the model declares VARCHAR (TEXT affinity), the migrations give STRING (NUMERIC affinity): '0123' would be stored as 123 (one rebuild fixes all of this table’s differences)",
      expected: 'VARCHAR',
      actual: 'STRING',
      locations: [m(88), at('migrations/003_hotfix.sql', 2)],
    });
  });

  it('seed 001: nullable root_id and the missing foreign key share one rebuild, data kept', async () => {
    const { actual, expected, options } = cases[2]!;
    const findings = compareSchemas(actual, expected, options);
    expect(new Set(findings.map((f) => f.fix)).size).toBe(1);
    const db = await databaseFrom(readFileSync(join(FIXTURES, 'seed-001-root-id', 'actual.sql'), 'utf8'));
    db.exec(findings[0]!.fix!);
    expect(rows(db, 'SELECT id, root_id FROM activity_instances')).toEqual([{ id: 'a1', root_id: 'g1' }]);
    expect(() => db.exec("INSERT INTO activity_instances VALUES ('a2', 'g1', NULL)")).toThrow(/NOT NULL/);
  });
});
