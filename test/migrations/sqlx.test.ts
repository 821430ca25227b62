import { describe, expect, it } from 'vitest';
import { sqlxLoader } from '../../src/migrations/formats/sqlx.js';
import { memoryFs } from '../support/fs.js';

const options = { placeholders: {} };

describe('sqlx loader', () => {
  it('reads simple and reversible migrations with foreign keys on', async () => {
    const fs = memoryFs({
      'migrations/20220721115250_add_users.sql': 'CREATE TABLE users (id INTEGER PRIMARY KEY);',
      'migrations/20220721125033_add_posts.up.sql': 'CREATE TABLE posts (id INTEGER PRIMARY KEY);',
      'migrations/20220721125033_add_posts.down.sql': 'DROP TABLE posts;',
    });
    const set = await sqlxLoader.load(fs, 'migrations', options);
    expect(set.foreignKeys).toBe(true);
    expect(set.migrations.map((m) => [m.version, m.name, m.down?.length ?? 0])).toEqual([
      ['20220721115250', 'add users', 0],
      ['20220721125033', 'add posts', 1],
    ]);
  });

  it('runs a file starting with -- no-transaction outside a transaction', async () => {
    const fs = memoryFs({
      'migrations/1_vacuum.sql': '-- no-transaction\nVACUUM;',
      'migrations/2_table.sql': 'CREATE TABLE t (x);',
    });
    const set = await sqlxLoader.load(fs, 'migrations', options);
    expect(set.migrations.map((m) => m.transaction)).toEqual(['none', 'migration']);
    expect(set.migrations[0]!.up[0]!.location.line).toBe(2);
  });
});
