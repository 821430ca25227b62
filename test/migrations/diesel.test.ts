import { describe, expect, it } from 'vitest';
import { dieselLoader, dieselVersion } from '../../src/migrations/formats/diesel.js';
import { memoryFs } from '../support/fs.js';

const options = { placeholders: {} };

describe('diesel loader', () => {
  it('derives the version from the folder name', () => {
    expect(dieselVersion('2024-01-01-120000_create_users')).toBe('20240101120000');
    expect(dieselVersion('20151219180527_add_users')).toBe('20151219180527');
  });

  it('reads up.sql and down.sql in version order and honours run_in_transaction', async () => {
    const fs = memoryFs({
      'migrations/2024-02-01-000000_posts/up.sql': 'CREATE TABLE posts (id INTEGER PRIMARY KEY);',
      'migrations/2024-02-01-000000_posts/down.sql': 'DROP TABLE posts;',
      'migrations/2024-02-01-000000_posts/metadata.toml': 'run_in_transaction = false\n',
      'migrations/2024-01-01-000000_users/up.sql': 'CREATE TABLE users (id INTEGER PRIMARY KEY);',
      'migrations/2024-01-01-000000_users/down.sql': 'DROP TABLE users;',
      'migrations/.keep': '',
    });
    const set = await dieselLoader.load(fs, 'migrations', options);
    expect(set.migrations.map((m) => [m.version, m.name, m.transaction, m.downPath])).toEqual([
      ['20240101000000', 'users', 'migration', 'migrations/2024-01-01-000000_users/down.sql'],
      ['20240201000000', 'posts', 'none', 'migrations/2024-02-01-000000_posts/down.sql'],
    ]);
    expect(set.foreignKeys).toBe(false);
    expect(set.findings).toEqual([]);
  });

  it('skips the PostgreSQL-only initial setup with a notice, and keeps an empty one', async () => {
    const postgresSetup = memoryFs({
      'migrations/00000000000000_diesel_initial_setup/up.sql':
        'CREATE OR REPLACE FUNCTION diesel_manage_updated_at(_tbl regclass) RETURNS VOID AS $$\nBEGIN\nEND;\n$$ LANGUAGE plpgsql;',
      'migrations/2024-01-01-000000_users/up.sql': 'CREATE TABLE users (id INTEGER);',
    });
    const skipped = await dieselLoader.load(postgresSetup, 'migrations', options);
    expect(skipped.migrations.map((m) => m.name)).toEqual(['users']);
    expect(skipped.findings.map((f) => f.severity)).toEqual(['notice']);

    const emptySetup = memoryFs({ 'migrations/00000000000000_diesel_initial_setup/up.sql': '' });
    const kept = await dieselLoader.load(emptySetup, 'migrations', options);
    expect(kept.migrations).toHaveLength(1);
    expect(kept.migrations[0]!.up).toEqual([]);
  });

  it('reports duplicate versions and folders without up.sql', async () => {
    const fs = memoryFs({
      'migrations/2024-01-01-000000_a/up.sql': 'SELECT 1;',
      'migrations/2024-01-01-000000_b/up.sql': 'SELECT 1;',
      'migrations/2024-01-02-000000_c/down.sql': 'SELECT 1;',
    });
    const set = await dieselLoader.load(fs, 'migrations', options);
    expect(set.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['migration-order', 'error'],
      ['replay-error', 'error'],
    ]);
  });
});
