import { describe, expect, it } from 'vitest';
import { golangMigrateLoader } from '../../src/migrations/formats/golang-migrate.js';
import { memoryFs } from '../support/fs.js';

const options = { placeholders: {} };

describe('golang-migrate loader', () => {
  it('pairs up and down files and orders by numeric version', async () => {
    const fs = memoryFs({
      'db/migrations/000010_ten.up.sql': 'CREATE TABLE ten (x);',
      'db/migrations/000010_ten.down.sql': 'DROP TABLE ten;',
      'db/migrations/000002_two.up.sql': 'CREATE TABLE two (x);\nCREATE INDEX two_x ON two (x);',
      'db/migrations/000002_two.down.sql': 'DROP TABLE two;',
      'db/migrations/3_odd..up.sql': 'CREATE TABLE odd (x);',
    });
    const set = await golangMigrateLoader.load(fs, 'db/migrations', options);
    expect(set.migrations.map((m) => [m.version, m.name, m.downPath])).toEqual([
      ['2', 'two', 'db/migrations/000002_two.down.sql'],
      ['3', 'odd.', undefined],
      ['10', 'ten', 'db/migrations/000010_ten.down.sql'],
    ]);
    expect(set.migrations[0]!.up[1]!.location).toEqual({
      path: 'db/migrations/000002_two.up.sql',
      line: 2,
      column: 1,
    });
    expect(set.migrations.every((m) => m.transaction === 'migration')).toBe(true);
    expect(set.foreignKeys).toBe(false);
    expect(set.findings).toEqual([]);
  });

  it('reports two up files with one version, and files it ignores', async () => {
    const fs = memoryFs({
      'm/1_a.up.sql': 'SELECT 1;',
      'm/1_b.up.sql': 'SELECT 1;',
      'm/1_a.down.sql': 'SELECT 1;',
      'm/schema.sql': 'SELECT 1;',
    });
    const set = await golangMigrateLoader.load(fs, 'm', options);
    expect(set.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['replay-error', 'notice'],
      ['migration-order', 'error'],
    ]);
    expect(set.findings[1]!.locations.map((l) => l.path)).toEqual(['m/1_a.up.sql', 'm/1_b.up.sql']);
  });
});
