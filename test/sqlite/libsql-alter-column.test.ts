import { describe, expect, it } from 'vitest';
import type { MigrationSet } from '../../src/migrations/types.js';
import { openDatabase } from '../../src/sqlite/engine.js';
import { inspectSchema } from '../../src/sqlite/inspect.js';
import { applyAlterColumn, parseAlterColumn } from '../../src/sqlite/libsql-alter-column.js';
import { replayMigrations } from '../../src/sqlite/replay.js';
import { splitStatements } from '../../src/sqlite/split.js';

describe('libSQL ALTER COLUMN', () => {
  it('parses the statement drizzle-kit writes for the turso dialect, and nothing else', () => {
    expect(parseAlterColumn('ALTER TABLE `page_subscriber` ALTER COLUMN "email" TO "email" text;')).toEqual({
      table: 'page_subscriber',
      column: 'email',
      definition: '"email" text',
    });
    expect(
      parseAlterColumn('ALTER TABLE t ALTER COLUMN "s" TO "s" text DEFAULT (\'a;b\') NOT NULL'),
    ).toMatchObject({
      definition: '"s" text DEFAULT (\'a;b\') NOT NULL',
    });
    expect(parseAlterColumn('ALTER TABLE t RENAME COLUMN a TO b;')).toBeUndefined();
    expect(parseAlterColumn('ALTER TABLE t ADD COLUMN a text;')).toBeUndefined();
  });

  it('rewrites only that column, keeping rows, other columns, constraints and indexes', async () => {
    const db = await openDatabase();
    db.run(
      `CREATE TABLE r (id integer PRIMARY KEY, status text(4) NOT NULL, note text DEFAULT ('x, y'), CHECK ("r"."id" > 0));` +
        "CREATE INDEX r_status ON r (status); INSERT INTO r VALUES (1, 'open', NULL);",
    );
    applyAlterColumn(
      db,
      parseAlterColumn('ALTER TABLE `r` ALTER COLUMN "status" TO "status" text DEFAULT \'new\';')!,
    );
    const table = inspectSchema(db).tables[0]!;
    expect(table.columns.map((c) => [c.name, c.type, c.notNull, c.default ?? null])).toEqual([
      ['id', 'INTEGER', true, null],
      ['status', 'TEXT', false, "'new'"],
      ['note', 'TEXT', false, "'x, y'"],
    ]);
    expect(table.checks).toHaveLength(1);
    expect(table.indexes.map((i) => i.name)).toEqual(['r_status']);
    expect(db.exec('SELECT status FROM r')[0]!.values).toEqual([['open']]);
    db.close();
  });

  it('fails like libSQL on a missing table or column, or a definition that does not parse', async () => {
    const db = await openDatabase();
    db.run('CREATE TABLE r (id integer PRIMARY KEY, a text)');
    const alter = (sql: string) => () => applyAlterColumn(db, parseAlterColumn(sql)!);
    expect(alter('ALTER TABLE nope ALTER COLUMN a TO a int')).toThrow('no such table: nope');
    expect(alter('ALTER TABLE r ALTER COLUMN b TO b int')).toThrow('no such column');
    expect(alter('ALTER TABLE r ALTER COLUMN a TO a text DEFAULT')).toThrow();
    expect(inspectSchema(db).tables[0]!.columns[1]).toMatchObject({ name: 'a', type: 'TEXT' });
    db.close();
  });

  it('replays a turso migration history that changes a column in place', async () => {
    const path = 'drizzle/0001_x.sql';
    const set: MigrationSet = {
      format: 'drizzle',
      dir: 'drizzle',
      foreignKeys: true,
      findings: [],
      migrations: [
        {
          id: '0000',
          version: '0000',
          name: 'init',
          path: 'drizzle/0000_init.sql',
          up: splitStatements(
            'CREATE TABLE `s` (`id` integer PRIMARY KEY, `email` text NOT NULL);',
            'drizzle/0000_init.sql',
          ),
          transaction: 'migration',
          checksumSource: '',
        },
        {
          id: '0001',
          version: '0001',
          name: 'x',
          path,
          up: splitStatements(
            'ALTER TABLE `s` ALTER COLUMN "email" TO "email" text;\nCREATE INDEX s_email ON s (email);',
            path,
          ),
          transaction: 'migration',
          checksumSource: '',
        },
      ],
    };
    const db = await openDatabase();
    const result = replayMigrations(db, set);
    expect(result.failures).toEqual([]);
    expect(result.applied).toBe(2);
    const table = inspectSchema(db).tables[0]!;
    expect(table.columns[1]).toMatchObject({ name: 'email', notNull: false });
    expect(table.indexes.map((i) => i.name)).toEqual(['s_email']);
    db.close();
  });
});
