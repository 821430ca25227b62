import { describe, expect, it } from 'vitest';
import { flywayLoader } from '../../src/migrations/formats/flyway.js';
import { memoryFs } from '../support/fs.js';

const dir = 'src/main/resources/db/migration';
const at = (name: string) => `${dir}/${name}`;

describe('flyway loader', () => {
  it('orders versions part by part, then repeatables by description, with undo as down', async () => {
    const fs = memoryFs({
      [at('V10__ten.sql')]: 'CREATE TABLE ten (x);',
      [at('V2__two.sql')]: 'CREATE TABLE two (x);',
      [at('V1_1__one_one.sql')]: 'CREATE TABLE one_one (x);',
      [at('V1__init.sql')]: 'CREATE TABLE one (x);',
      [at('R__views_b.sql')]: 'CREATE VIEW b AS SELECT 1;',
      [at('R__a_views.sql')]: 'CREATE VIEW a AS SELECT 1;',
      [at('U2__two.sql')]: 'DROP TABLE two;',
      [at('nested/V3__nested.sql')]: 'CREATE TABLE three (x);',
    });
    const set = await flywayLoader.load(fs, dir, { placeholders: {} });
    expect(set.migrations.map((m) => m.version || m.name)).toEqual([
      '1',
      '1.1',
      '2',
      '3',
      '10',
      'a views',
      'views b',
    ]);
    expect(set.migrations.filter((m) => m.repeatable).map((m) => m.path)).toEqual([
      at('R__a_views.sql'),
      at('R__views_b.sql'),
    ]);
    const two = set.migrations.find((m) => m.version === '2')!;
    expect(two.downPath).toBe(at('U2__two.sql'));
    expect(two.down?.[0]?.sql).toBe('DROP TABLE two;');
    expect(set.migrations.every((m) => m.transaction === 'migration')).toBe(true);
    expect(set.foreignKeys).toBe(false);
    expect(set.findings).toEqual([]);
  });

  it('substitutes placeholders and blocks a statement whose placeholder has no value', async () => {
    const script = [
      'CREATE TABLE $' + '{prefix}users (id INTEGER);',
      "CREATE TABLE audit (who TEXT DEFAULT '$" + "{owner}');",
      'CREATE INDEX i ON $' + '{flyway:defaultSchema}.$' + '{prefix}users (id);',
    ].join('\n');
    const fs = memoryFs({ [at('V1__init.sql')]: script });
    const set = await flywayLoader.load(fs, dir, { placeholders: { prefix: 'app_' } });
    const [first, second, third] = set.migrations[0]!.up;
    expect(first?.sql).toBe('CREATE TABLE app_users (id INTEGER);');
    expect(first?.blocked).toBeUndefined();
    expect(second?.location.line).toBe(2);
    expect(second?.blocked?.message).toContain('$' + '{owner}');
    expect(second?.blocked?.hint).toContain('placeholders');
    expect(third?.sql).toBe('CREATE INDEX i ON main.app_users (id);');
  });

  it('honours executeInTransaction=false from the script config', async () => {
    const fs = memoryFs({
      [at('V1__init.sql')]: 'CREATE TABLE t (x);',
      [at('V1__init.sql.conf')]: 'executeInTransaction=false\n',
    });
    const set = await flywayLoader.load(fs, dir, { placeholders: {} });
    expect(set.migrations[0]!.transaction).toBe('none');
  });

  it('reports 1 and 1.0 as the same version, and stray scripts as notices', async () => {
    const fs = memoryFs({
      [at('V1__a.sql')]: 'SELECT 1;',
      [at('V1.0__b.sql')]: 'SELECT 1;',
      [at('V2_missing_separator.sql')]: 'SELECT 1;',
      [at('notes.sql')]: 'SELECT 1;',
    });
    const set = await flywayLoader.load(fs, dir, { placeholders: {} });
    const order = set.findings.filter((f) => f.rule === 'migration-order');
    expect(order).toHaveLength(1);
    expect(order[0]!.locations.map((l) => l.path)).toEqual([at('V1.0__b.sql'), at('V1__a.sql')]);
    const notices = set.findings.filter((f) => f.severity === 'notice').map((f) => f.locations[0]!.path);
    expect(notices).toEqual([at('V2_missing_separator.sql'), at('notes.sql')]);
  });
});
