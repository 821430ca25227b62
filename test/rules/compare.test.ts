import { describe, expect, it } from 'vitest';
import type { ChangeKind } from '../../src/diff/index.js';
import { RULE_IDS } from '../../src/findings.js';
import { RULES } from '../../src/rules/catalog.js';
import { compareSchemas } from '../../src/rules/compare.js';
import { migrationScript } from '../../src/rules/fix/script.js';
import { ruleFor, SCHEMA_RULES } from '../../src/rules/registry.js';
import { at, col, idx, schema, table } from '../helpers/schema.js';
import { databaseFrom, inspectLite } from '../helpers/sqlite.js';

const ALL_KINDS: readonly ChangeKind[] = [
  'table-missing',
  'table-extra',
  'column-missing',
  'column-extra',
  'column-type-changed',
  'column-nullable-changed',
  'column-default-changed',
  'column-generated-changed',
  'column-collate-changed',
  'primary-key-changed',
  'index-missing',
  'index-extra',
  'index-changed',
  'index-renamed',
  'foreign-key-missing',
  'foreign-key-extra',
  'foreign-key-changed',
  'check-missing',
  'check-extra',
  'view-missing',
  'view-extra',
  'view-changed',
  'trigger-missing',
  'trigger-extra',
  'trigger-changed',
];

describe('registry', () => {
  it('has one documented rule per schema rule id, each a catalog id', () => {
    const ids = SCHEMA_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => RULE_IDS.includes(id) && RULES[id] !== undefined)).toBe(true);
    for (const rule of SCHEMA_RULES) {
      expect(rule.docs.antiPattern.length, rule.id).toBeGreaterThan(10);
      expect(rule.docs.fix.length, rule.id).toBeGreaterThan(10);
    }
  });

  it('every change kind has a rule; index changes go to unique when either side is unique', () => {
    const tables = { expected: table('t', []), actual: table('t', []) };
    for (const kind of ALL_KINDS.filter((k) => !k.startsWith('index-'))) {
      expect(
        SCHEMA_RULES.some((r) => r.kinds.includes(kind)),
        kind,
      ).toBe(true);
    }
    const plain = idx('i', ['a']);
    const unique = idx('u', ['a'], { unique: true });
    expect(ruleFor({ kind: 'index-missing', tables, expected: plain }).id).toBe('index');
    expect(ruleFor({ kind: 'index-missing', tables, expected: unique }).id).toBe('unique');
    expect(ruleFor({ kind: 'index-changed', tables, expected: plain, actual: unique }).id).toBe('unique');
  });
});

describe('compareSchemas', () => {
  const actual = schema([
    table('goals', [col('id', 'INTEGER'), col('title', 'STRING'), col('done', 'BOOLEAN')], {
      primaryKey: ['id'],
      source: at('m/001.sql', 1),
    }),
  ]);
  const expected = schema([
    table(
      'goals',
      [
        col('id', 'INTEGER'),
        col('title', 'TEXT', { notNull: true, source: at('models.py', 5) }),
        col('done', 'BOOLEAN'),
        col('due', 'DATE'),
      ],
      {
        primaryKey: ['id'],
        indexes: [idx('ix_goals_due', ['due'])],
      },
    ),
  ]);

  it('gives every finding on a rebuilt table the same rebuild and says so once in each message', () => {
    const findings = compareSchemas(actual, expected, { project: 'app' });
    expect(findings.map((f) => f.rule)).toEqual([
      'column-missing',
      'column-type',
      'column-nullable',
      'index',
    ]);
    expect(new Set(findings.map((f) => f.fix)).size).toBe(1);
    expect(
      findings.every((f) => f.message.endsWith('(one rebuild fixes all of this table’s differences)')),
    ).toBe(true);
    expect(findings.every((f) => f.project === 'app')).toBe(true);
  });

  it('adds no note when a rebuild fixes a single finding', () => {
    const one = compareSchemas(
      schema([table('t', [col('a', 'TEXT')])]),
      schema([table('t', [col('a', 'INTEGER')])]),
    );
    expect(one).toHaveLength(1);
    expect(one[0]!.message).not.toContain('one rebuild');
    expect(one[0]!.fix).toContain('CREATE TABLE new_t');
  });

  it('lists the model location first, then the migration, without duplicates', () => {
    const type = compareSchemas(actual, expected).find((f) => f.rule === 'column-type');
    expect(type?.locations).toEqual([at('models.py', 5)]);
    const same = at('x.sql', 1);
    const [f] = compareSchemas(
      schema([table('t', [col('a', 'TEXT', { source: same })])]),
      schema([table('t', [col('a', 'INTEGER', { source: same })])]),
    );
    expect(f?.locations).toEqual([same]);
  });

  it('uses catalog severities unless the rule decides (column-type, index renames)', () => {
    const findings = compareSchemas(actual, expected);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['column-missing', RULES['column-missing'].severity],
      ['column-type', 'error'],
      ['column-nullable', RULES['column-nullable'].severity],
      ['index', RULES.index.severity],
    ]);
  });

  it('returns JSON-serializable findings without undefined fields', () => {
    const findings = compareSchemas(actual, expected);
    expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
  });
});

describe('migrationScript', () => {
  it('orders fixes so they run in one go: tables and columns, then indexes, views, triggers; each once', async () => {
    const actualSql =
      'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY, x TEXT);';
    const db0 = await databaseFrom(actualSql);
    const actualSchema = inspectLite(db0);
    const expected = schema(
      [
        table('a', [col('id', 'INTEGER'), col('name', 'TEXT')], {
          primaryKey: ['id'],
          indexes: [idx('ix_a_name', ['name'])],
        }),
        table('b', [col('id', 'INTEGER'), col('x', 'INTEGER')], {
          primaryKey: ['id'],
          indexes: [idx('ix_b_x', ['x'])],
        }),
        table('c', [col('id', 'INTEGER')], { primaryKey: ['id'] }),
      ],
      {
        views: [{ name: 'names', definition: 'SELECT name FROM a' }],
        triggers: [
          {
            name: 'c_ai',
            table: 'c',
            definition: 'CREATE TRIGGER c_ai AFTER INSERT ON c BEGIN SELECT 1; END',
          },
        ],
      },
    );
    const findings = compareSchemas(actualSchema, expected);
    // Views and triggers sort before the index findings here; the script still puts them last.
    const reordered = [...findings].reverse();
    const script = migrationScript(reordered);
    expect(script.match(/CREATE TABLE new_b/g)).toHaveLength(1);
    expect(script.indexOf('CREATE TABLE c')).toBeLessThan(script.indexOf('ADD COLUMN name'));
    expect(script.indexOf('ADD COLUMN name')).toBeLessThan(script.indexOf('ix_a_name'));
    expect(script.indexOf('ix_a_name')).toBeLessThan(script.indexOf('CREATE VIEW names'));
    const db = await databaseFrom(actualSql);
    db.exec(script);
    expect(compareSchemas(inspectLite(db), expected)).toEqual([]);
  });

  it('is empty without fixes', () => {
    expect(migrationScript([])).toBe('');
  });
});
