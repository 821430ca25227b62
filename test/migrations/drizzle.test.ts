import { describe, expect, it } from 'vitest';
import { drizzleLoader, drizzleStatements } from '../../src/migrations/formats/drizzle.js';
import { memoryFs } from '../support/fs.js';

const options = { placeholders: {} };

const journal = (entries: readonly { idx: number; when: number; tag: string }[], dialect = 'sqlite') =>
  JSON.stringify(
    { version: '7', dialect, entries: entries.map((e) => ({ ...e, version: '6', breakpoints: true })) },
    null,
    2,
  );

describe('drizzle statements', () => {
  it('cuts at breakpoints and locates each statement in the file', () => {
    const text =
      'CREATE TABLE `users` (\n\t`id` integer PRIMARY KEY NOT NULL\n);\n--> statement-breakpoint\nCREATE UNIQUE INDEX `users_id` ON `users` (`id`);';
    expect(
      drizzleStatements(text, 'drizzle/0000_a.sql').map((s) => [s.location.line, s.location.column]),
    ).toEqual([
      [1, 1],
      [5, 1],
    ]);
  });

  it('splits a hand-edited COMMIT; PRAGMA foreign_keys=OFF; BEGIN; prefix into its statements', () => {
    const text =
      'COMMIT; PRAGMA foreign_keys=OFF; BEGIN;--> statement-breakpoint\nCREATE TABLE `__new_users` (`id` integer);--> statement-breakpoint\nPRAGMA foreign_keys=ON;';
    const statements = drizzleStatements(text, 'drizzle/0001_b.sql');
    expect(statements.map((s) => s.sql)).toEqual([
      'COMMIT;',
      'PRAGMA foreign_keys=OFF;',
      'BEGIN;',
      'CREATE TABLE `__new_users` (`id` integer);',
      'PRAGMA foreign_keys=ON;',
    ]);
    expect(statements.map((s) => s.location.column)).toEqual([1, 9, 34, 1, 1]);
  });
});

describe('drizzle loader', () => {
  it('orders by the journal, not by file names, in one outer transaction', async () => {
    const fs = memoryFs({
      'drizzle/meta/_journal.json': journal([
        { idx: 0, when: 1700000000000, tag: '0000_zesty_start' },
        { idx: 1, when: 1700000001000, tag: '0001_alpha_next' },
      ]),
      'drizzle/meta/0000_snapshot.json': '{}',
      'drizzle/0001_alpha_next.sql': 'ALTER TABLE `users` ADD `name` text;',
      'drizzle/0000_zesty_start.sql': 'CREATE TABLE `users` (`id` integer);',
    });
    const set = await drizzleLoader.load(fs, 'drizzle', options);
    expect(set.migrations.map((m) => [m.name, m.version])).toEqual([
      ['0000_zesty_start', '1700000000000'],
      ['0001_alpha_next', '1700000001000'],
    ]);
    expect(set.outerTransaction).toBe(true);
    expect(set.foreignKeys).toBe(true);
    expect(set.migrations.every((m) => m.transaction === 'none')).toBe(true);
    expect(set.findings).toEqual([]);
  });

  it('reports malformed journals as findings located in the journal', async () => {
    const fs = memoryFs({ 'drizzle/meta/_journal.json': '{\n  "entries": [\n    {"idx": 0,,}\n  ]\n}' });
    const set = await drizzleLoader.load(fs, 'drizzle', options);
    expect(set.migrations).toEqual([]);
    expect(set.findings[0]).toMatchObject({ rule: 'replay-error', severity: 'error' });
    expect(set.findings[0]!.locations[0]).toEqual({ path: 'drizzle/meta/_journal.json', line: 3 });
  });

  it('reports missing files, unlisted files, duplicate tags and entries the migrator would skip', async () => {
    const fs = memoryFs({
      'drizzle/meta/_journal.json': journal([
        { idx: 0, when: 1700000005000, tag: '0000_first' },
        { idx: 1, when: 1700000001000, tag: '0001_branch' },
        { idx: 2, when: 1700000009000, tag: '0002_missing' },
      ]),
      'drizzle/0000_first.sql': 'SELECT 1;',
      'drizzle/0001_branch.sql': 'SELECT 1;',
      'drizzle/0001_orphan.sql': 'SELECT 1;',
    });
    const set = await drizzleLoader.load(fs, 'drizzle', options);
    expect(set.migrations.map((m) => m.name)).toEqual(['0000_first', '0001_branch']);
    const summary = set.findings.map((f) => [f.rule, f.severity, f.locations[0]!.path]);
    expect(summary).toEqual([
      ['migration-order', 'error', 'drizzle/meta/_journal.json'],
      ['replay-error', 'error', 'drizzle/meta/_journal.json'],
      ['replay-error', 'notice', 'drizzle/0001_orphan.sql'],
    ]);
    expect(set.findings[0]!.message).toContain('0001_branch');
  });

  it('refuses a journal for another dialect', async () => {
    const fs = memoryFs({
      'drizzle/meta/_journal.json': journal([{ idx: 0, when: 1, tag: '0000_pg' }], 'postgresql'),
      'drizzle/0000_pg.sql': 'CREATE TABLE "users" ("id" serial PRIMARY KEY);',
    });
    const set = await drizzleLoader.load(fs, 'drizzle', options);
    expect(set.migrations).toEqual([]);
    expect(set.findings[0]!.message).toContain('postgresql');
  });

  it('reads drizzle-kit 1.x migration folders in name order', async () => {
    const fs = memoryFs({
      'drizzle/20250102000000_second/migration.sql': 'ALTER TABLE `t` ADD `y` text;',
      'drizzle/20250102000000_second/snapshot.json': '{}',
      'drizzle/20250101000000_first/migration.sql': 'CREATE TABLE `t` (`x` integer);',
      'drizzle/20250101000000_first/snapshot.json': '{}',
    });
    expect(await drizzleLoader.detect(fs, 'drizzle')).toBeGreaterThan(0);
    const set = await drizzleLoader.load(fs, 'drizzle', options);
    expect(set.migrations.map((m) => m.path)).toEqual([
      'drizzle/20250101000000_first/migration.sql',
      'drizzle/20250102000000_second/migration.sql',
    ]);
  });
});
