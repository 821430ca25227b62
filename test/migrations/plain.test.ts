import { describe, expect, it } from 'vitest';
import { plainLoader } from '../../src/migrations/formats/plain.js';
import { memoryFs } from '../support/fs.js';

const options = { placeholders: {} };

describe('plain loader', () => {
  it('orders numbered files numerically and splits statements with exact locations', async () => {
    const fs = memoryFs({
      'migrations/10_ten.sql': 'CREATE TABLE ten (id INTEGER);\n',
      'migrations/2_two.sql': '-- two\nCREATE TABLE two (id INTEGER);\n\nCREATE INDEX two_id ON two (id);\n',
      'migrations/001_init.sql': 'CREATE TABLE one (id INTEGER);',
      'migrations/README.md': '# migrations',
      'migrations/.gitkeep': '',
    });
    const set = await plainLoader.load(fs, 'migrations', options);
    expect(set.migrations.map((m) => m.path)).toEqual([
      'migrations/001_init.sql',
      'migrations/2_two.sql',
      'migrations/10_ten.sql',
    ]);
    expect(set.migrations[1]!.up.map((s) => [s.sql, s.location.line])).toEqual([
      ['CREATE TABLE two (id INTEGER);', 2],
      ['CREATE INDEX two_id ON two (id);', 4],
    ]);
    expect(set.migrations[0]).toMatchObject({ version: '001', name: 'init', transaction: 'none' });
    expect(set.foreignKeys).toBe(false);
    expect(set.findings).toEqual([]);
  });

  it('pairs *.down.sql, *_down.sql and down/ files with their up', async () => {
    const fs = memoryFs({
      'm/001_a.up.sql': 'CREATE TABLE a (x);',
      'm/001_a.down.sql': 'DROP TABLE a;',
      'm/002_b.sql': 'CREATE TABLE b (x);',
      'm/002_b_down.sql': 'DROP TABLE b;',
      'm/003_c.sql': 'CREATE TABLE c (x);',
      'm/down/003.sql': 'DROP TABLE c;',
    });
    const set = await plainLoader.load(fs, 'm', options);
    expect(set.migrations.map((m) => [m.path, m.downPath, m.down?.[0]?.sql])).toEqual([
      ['m/001_a.up.sql', 'm/001_a.down.sql', 'DROP TABLE a;'],
      ['m/002_b.sql', 'm/002_b_down.sql', 'DROP TABLE b;'],
      ['m/003_c.sql', 'm/down/003.sql', 'DROP TABLE c;'],
    ]);
    expect(set.migrations[0]!.checksumSource).toContain('DROP TABLE a;');
  });

  it('reports duplicate versions with every file (seed 004)', async () => {
    const fs = memoryFs({
      'm/003_x.sql': 'SELECT 1;',
      'm/004_add_autopilot.sql': 'SELECT 1;',
      'm/004_add_app_id.sql': 'SELECT 1;',
      'm/4_again.sql': 'SELECT 1;',
    });
    const set = await plainLoader.load(fs, 'm', options);
    const duplicate = set.findings.find((f) => f.rule === 'migration-order');
    expect(duplicate?.severity).toBe('error');
    expect(duplicate?.locations.map((l) => l.path)).toEqual([
      'm/004_add_app_id.sql',
      'm/004_add_autopilot.sql',
      'm/4_again.sql',
    ]);
    expect(duplicate?.message).toContain('version 004');
    expect(set.migrations).toHaveLength(4);
  });

  it('reports .sql files it does not run, and orphan downs, as notices', async () => {
    const fs = memoryFs({
      'm/001_init.sql': 'SELECT 1;',
      'm/seed.sql': 'INSERT INTO t VALUES (1);',
      'm/009_gone.down.sql': 'SELECT 1;',
    });
    const set = await plainLoader.load(fs, 'm', options);
    expect(set.findings.map((f) => [f.severity, f.locations[0]!.path])).toEqual([
      ['notice', 'm/seed.sql'],
      ['notice', 'm/009_gone.down.sql'],
    ]);
  });

  it('turns a missing directory into a finding instead of throwing', async () => {
    const set = await plainLoader.load(memoryFs({}), 'nowhere', options);
    expect(set.migrations).toEqual([]);
    expect(set.findings[0]).toMatchObject({ rule: 'replay-error', severity: 'error' });
  });
});
