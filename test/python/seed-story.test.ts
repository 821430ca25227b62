import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnSpec } from '../../src/models/sqlalchemy/ddl.js';
import { sqlalchemyModels } from '../../src/models/sqlalchemy/loader.js';
import { readSqlalchemyModels } from '../../src/models/sqlalchemy/read.js';
import { affinityOf } from '../../src/schema/affinity.js';
import { openDatabase } from '../../src/sqlite/engine.js';
import { splitStatements } from '../../src/sqlite/split.js';
import { directoryFs } from '../support/fs.js';

/**
 * The seed-000/001 story, as far as the Python side shapes it: what the models expect (read
 * statically) against what the plain SQL migrations build. The rules turn these facts into
 * column-missing / column-type / column-nullable / foreign-key findings.
 */

const ROOT = join(import.meta.dirname, '../fixtures/seed-goals');

async function migrated() {
  const db = await openDatabase();
  for (const file of ['001_initial.sql', '002_database_improvements.sql', '003_hotfix.sql']) {
    for (const s of splitStatements(
      readFileSync(join(ROOT, 'migrations', file), 'utf8'),
      `migrations/${file}`,
    ))
      db.run(s.sql);
  }
  return db;
}

function columns(db: Awaited<ReturnType<typeof openDatabase>>, table: string) {
  const rows = db.exec(`PRAGMA table_info(${table})`)[0]?.values ?? [];
  return new Map(rows.map((r) => [String(r[1]), { type: String(r[2]), notNull: r[3] === 1 }]));
}

describe('seed 000/001: goal tracker models against its plain SQL migrations', async () => {
  const models = await readSqlalchemyModels(directoryFs(ROOT), 'models.py');
  const table = (name: string) => models.tables.find((t) => t.name === name)!;
  const db = await migrated();

  it('reads the models without model errors; client-side default= gives no DB default', () => {
    expect(models.findings).toEqual([]);
    const sortOrder = table('goals').columns.find((c) => c.name === 'sort_order')!;
    expect(sortOrder.serverDefault).toBeUndefined();
    expect(columnSpec(table('goals'), sortOrder, [], undefined)).toBe('sort_order INTEGER');
  });

  it('keeps client-side default= as appDefault on the loaded Schema (not a DB default)', async () => {
    const set = await sqlalchemyModels.load('models.py', {
      fs: directoryFs(ROOT),
      rootDir: ROOT,
      timeoutMs: 1000,
    });
    const goals = set.schema.tables.find((t) => t.name === 'goals')!;
    const column = (name: string) => goals.columns.find((c) => c.name === name)!;
    expect(column('sort_order')).toMatchObject({ appDefault: 'default=0' });
    expect(column('sort_order').default).toBeUndefined();
    expect(column('created_at').appDefault).toBe('default=datetime.utcnow');
    expect(column('completed_at').appDefault).toBeUndefined();
  });

  it('locates goals.completed_at, which no migration creates, at its model line', () => {
    const completedAt = table('goals').columns.find((c) => c.name === 'completed_at')!;
    expect(completedAt.source).toEqual({ path: 'models.py', line: 25 });
    expect(models.ddl.hints.columns?.['goals.completed_at']).toEqual({ path: 'models.py', line: 25 });
    expect(columns(db, 'goals').has('completed_at')).toBe(false);
  });

  it('expects VARCHAR (TEXT affinity) where the hotfix added STRING (NUMERIC affinity)', () => {
    const notes = table('activity_instances').columns.find((c) => c.name === 'notes')!;
    expect(notes.type.sql).toBe('VARCHAR');
    expect(affinityOf(notes.type.sql)).toBe('TEXT');
    const actual = columns(db, 'activity_instances').get('notes')!;
    expect(actual.type).toBe('STRING');
    expect(affinityOf(actual.type)).toBe('NUMERIC');
    expect(db.exec("SELECT typeof(CAST('0123' AS STRING)), CAST('0123' AS STRING)")[0]?.values[0]).toEqual([
      'integer',
      123,
    ]);
  });

  it('expects root_id NOT NULL with a foreign key where the ALTER added neither', () => {
    const rootId = table('activity_instances').columns.find((c) => c.name === 'root_id')!;
    expect(rootId).toMatchObject({
      nullable: false,
      foreignKeys: [{ table: 'goals', column: 'id', onDelete: 'CASCADE' }],
    });
    expect(rootId.source.line).toBe(64);
    expect(columns(db, 'activity_instances').get('root_id')).toEqual({ type: 'STRING', notNull: false });
    const fks = db.exec('PRAGMA foreign_key_list(activity_instances)')[0]?.values.map((r) => r[3]);
    expect(fks).not.toContain('root_id');
  });

  // SQLite raises this only when the table has rows (it checks with a SELECT raise(...) over the
  // table), so an empty from-zero replay needs a row in the table to see it, as the seed's data did.
  it('ADD COLUMN … DEFAULT CURRENT_TIMESTAMP fails with SQLite’s message on a table with rows', async () => {
    const [statement] = splitStatements(
      readFileSync(join(ROOT, 'timestamp_default.sql'), 'utf8'),
      'timestamp_default.sql',
    );
    expect(statement!.location.line).toBe(2);
    const fresh = await migrated();
    fresh.run('ALTER TABLE goals DROP COLUMN updated_at');
    fresh.run("INSERT INTO goals (id, type, name) VALUES ('g1', 'Goal', 'x')");
    expect(() => fresh.run(statement!.sql)).toThrow('Cannot add a column with non-constant default');
  });
});
