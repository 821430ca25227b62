import { describe, expect, it } from 'vitest';
import { dbmateLoader, parseDbmate } from '../../src/migrations/formats/dbmate.js';
import { memoryFs } from '../support/fs.js';

describe('dbmate parsing', () => {
  it('splits the up and down blocks with their file lines', () => {
    const parsed = parseDbmate(
      '-- migrate:up\ncreate table users (id integer);\ncreate index users_id on users (id);\n\n-- migrate:down\ndrop table users;\n',
      'db/migrations/20151129054053_users.sql',
    );
    expect(parsed.up.map((s) => s.location.line)).toEqual([2, 3]);
    expect(parsed.down?.map((s) => s.sql)).toEqual(['drop table users;']);
    expect(parsed.transaction).toBe(true);
  });

  it('reads transaction:false on the up marker', () => {
    expect(parseDbmate('-- migrate:up transaction:false\nVACUUM;\n', 'x.sql').transaction).toBe(false);
  });

  it('blocks files dbmate rejects', () => {
    expect(parseDbmate('create table t (x);', 'a.sql').up[0]!.blocked?.message).toContain("'-- migrate:up'");
    expect(
      parseDbmate('-- migrate:down\ndrop table t;\n-- migrate:up\nselect 1;', 'b.sql').up[0]!.blocked
        ?.message,
    ).toContain('before');
    const outside = parseDbmate('select 1;\n-- migrate:up\nselect 2;', 'c.sql').up[0]!;
    expect(outside.blocked?.message).toContain('outside');
    expect(outside.location.line).toBe(1);
  });
});

describe('dbmate loader', () => {
  it('loads files in version order with downs and transaction modes', async () => {
    const fs = memoryFs({
      'db/migrations/20200227231541_posts.sql':
        '-- migrate:up transaction:false\ncreate table posts (id integer);\n',
      'db/migrations/20151129054053_users.sql':
        '-- migrate:up\ncreate table users (id integer);\n-- migrate:down\ndrop table users;\n',
      'db/schema.sql': 'create table users (id integer);',
    });
    const set = await dbmateLoader.load(fs, 'db/migrations', { placeholders: {} });
    expect(set.migrations.map((m) => [m.version, m.transaction, m.down?.length])).toEqual([
      ['20151129054053', 'migration', 1],
      ['20200227231541', 'none', undefined],
    ]);
    expect(set.foreignKeys).toBe(false);
    expect(set.findings).toEqual([]);
  });
});
