import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drizzleModelLoader as loader } from '../../src/models/drizzle/loader.js';
import type { ModelLoadContext } from '../../src/models/types.js';
import type { FileSystem } from '../../src/ports.js';
import type { Schema } from '../../src/schema/types.js';
import { directoryFs, memoryFs } from '../support/fs.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/drizzle');
const context = (fs: FileSystem): ModelLoadContext => ({ fs, rootDir: '/repo', timeoutMs: 10_000 });
const table = (schema: Schema, name: string) => schema.tables.find((t) => t.name === name)!;
const column = (schema: Schema, t: string, c: string) => table(schema, t).columns.find((x) => x.name === c)!;
const IMPORTS =
  "import { sql } from 'drizzle-orm';\nimport { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';\n";

describe('Drizzle loader', () => {
  it('detects drizzle.config.* for SQLite and files importing sqlite-core, not other dialects', async () => {
    expect(await loader.detect(directoryFs(join(FIXTURES, 'basic')), '')).toBe(true);
    expect(await loader.detect(memoryFs({ 'src/db/schema.ts': IMPORTS }), '')).toBe(true);
    expect(await loader.detect(memoryFs({ 'src/db/schema.ts': IMPORTS }), 'src/db/schema.ts')).toBe(true);
    const pg = { 'drizzle.config.ts': "export default { dialect: 'postgresql', schema: './s.ts' };" };
    expect(await loader.detect(memoryFs(pg), '')).toBe(false);
    expect(await loader.detect(memoryFs({ 'src/a.ts': "import 'drizzle-orm/pg-core';" }), '')).toBe(false);
  });

  it('loads schemas spread over files and re-exports, each object at its line', async () => {
    const set = await loader.load('', context(directoryFs(join(FIXTURES, 'multi-file'))));
    expect(set.findings).toEqual([]);
    // Messages name the schema (here the folder of its files), not the config that points at it.
    expect(set.path).toBe('src/schema');
    expect(set.config).toBe('drizzle.config.ts');
    expect(set.capabilities).toMatchObject({ triggers: false, views: false, checks: true });
    const { schema } = set;
    expect(schema.tables.map((t) => t.name)).toEqual(['app_users', 'categories', 'post_tags', 'posts']);
    expect(table(schema, 'app_users').source).toMatchObject({ path: 'src/schema/users.ts', line: 12 });
    expect(column(schema, 'app_users', 'email').source).toMatchObject({
      path: 'src/schema/users.ts',
      line: 16,
    });
    // A column spread in from a shared object is located where it is written.
    expect(column(schema, 'app_users', 'created_at').source).toMatchObject({
      path: 'src/schema/common.ts',
      line: 7,
    });
    const perAuthor = table(schema, 'posts').indexes.find((i) => i.name === 'posts_title_per_author');
    expect(perAuthor).toMatchObject({
      unique: true,
      columns: ['author_id', 'title'],
      source: { path: 'src/schema/posts.ts', line: 26 },
    });
    // What SQLite made of the generated DDL: drizzle-kit's types, defaults, keys and actions.
    expect(column(schema, 'app_users', 'email')).toMatchObject({
      type: 'TEXT',
      collate: 'NOCASE',
    });
    expect(column(schema, 'app_users', 'role')).toMatchObject({
      type: 'TEXT',
      notNull: true,
      default: "'member'",
    });
    expect(column(schema, 'app_users', 'updated_at').default).toBeUndefined();
    expect(table(schema, 'app_users')).toMatchObject({ primaryKey: ['id'], autoincrement: true });
    expect(column(schema, 'posts', 'words').generated).toEqual({
      kind: 'virtual',
      expression: 'length(title)',
    });
    expect(table(schema, 'post_tags').primaryKey).toEqual(['post_id', 'tag']);
    expect(table(schema, 'posts').foreignKeys).toContainEqual(
      expect.objectContaining({
        columns: ['author_id'],
        table: 'app_users',
        onDelete: 'CASCADE',
        onUpdate: 'CASCADE',
      }),
    );
  });

  it('leaves out tables the schema files do not export, as drizzle-kit does', async () => {
    const set = await loader.load('', context(directoryFs(join(FIXTURES, 'casing'))));
    expect(set.findings).toEqual([]);
    expect(set.schema.tables.map((t) => t.name)).toEqual(['account_holders']);
  });

  it('reports constructs it cannot read statically at their line and loads the rest', async () => {
    const schema = `${IMPORTS}import { idColumn } from 'some-helpers';
export const things = sqliteTable('things', {
  id: idColumn(),
  born: integer('born', { mode: 'timestamp' }).default(new Date()),
  name: text('name').notNull(),
  label: text('label').default(sql\`\${'x'}\`),
});
`;
    const set = await loader.load('', context(memoryFs({ 'db/schema.ts': schema })));
    expect(set.findings.map((f) => [f.rule, f.locations[0]!.path, f.locations[0]!.line])).toEqual([
      ['model-error', 'db/schema.ts', 5],
      ['model-error', 'db/schema.ts', 6],
      ['model-error', 'db/schema.ts', 8],
    ]);
    expect(set.schema.tables[0]!.columns.map((c) => c.name)).toEqual(['name']);
  });

  it('reports a non-SQLite dialect as a model-error naming it', async () => {
    const fs = memoryFs({
      'drizzle.config.ts': "export default { dialect: 'postgresql', schema: './schema.ts' };",
      'schema.ts': IMPORTS,
    });
    const set = await loader.load('', context(fs));
    expect(set.schema.tables).toEqual([]);
    expect(set.findings).toHaveLength(1);
    expect(set.findings[0]!.message).toContain('"postgresql"');
  });

  it('reports a schema path from the config that matches nothing', async () => {
    const fs = memoryFs({
      'drizzle.config.ts': "export default { dialect: 'sqlite', schema: './db/*.ts' };",
    });
    const set = await loader.load('', context(fs));
    expect(set.findings.map((f) => f.rule)).toEqual(['model-error', 'model-error']);
    expect(set.findings[0]!.message).toContain('./db/*.ts');
  });

  it('keeps values drizzle-orm supplies ($default, $defaultFn, $onUpdate) as appDefault, as written', async () => {
    const schema = `${IMPORTS}
export const docs = sqliteTable('docs', {
  id: text('id').primaryKey().$defaultFn(() => crypto.randomUUID()),
  kind: text('kind').$default(() => 'note'),
  stamp: integer('stamp').$onUpdate(() => Date.now()),
  both: integer('both').$onUpdateFn(() => 2).$defaultFn(() => 1),
  long: text('long').$defaultFn(() => {
    return someGenerator.next({ prefix: 'doc', width: 12 }).value;
  }),
  typed: text('typed').$type<'a' | 'b'>().default('a'),
});
`;
    const set = await loader.load('', context(memoryFs({ 'db/schema.ts': schema })));
    expect(set.findings).toEqual([]);
    expect(set.path).toBe('db/schema.ts');
    const col = (name: string) => column(set.schema, 'docs', name);
    expect(col('id')).toMatchObject({ appDefault: '$defaultFn(() => crypto.randomUUID())' });
    expect(col('id').default).toBeUndefined();
    expect(col('kind')).toMatchObject({ appDefault: "$default(() => 'note')" });
    // $onUpdate also fills inserts, unless a $default says otherwise.
    expect(col('stamp')).toMatchObject({ appDefault: '$onUpdate(() => Date.now())' });
    expect(col('both')).toMatchObject({ appDefault: '$defaultFn(() => 1)' });
    expect(col('long')).toMatchObject({ appDefault: '$defaultFn(() => …)' });
    expect(col('typed').appDefault).toBeUndefined();
    expect(col('typed').default).toBe("'a'");
  });
});
