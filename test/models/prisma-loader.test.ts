import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prismaModelLoader as loader } from '../../src/models/prisma/loader.js';
import type { ModelLoadContext } from '../../src/models/types.js';
import type { FileSystem } from '../../src/ports.js';
import type { Schema } from '../../src/schema/types.js';
import { directoryFs, memoryFs } from '../support/fs.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/prisma');
const context = (fs: FileSystem): ModelLoadContext => ({ fs, rootDir: '/repo', timeoutMs: 10_000 });
const table = (schema: Schema, name: string) => schema.tables.find((t) => t.name === name)!;
const column = (schema: Schema, t: string, c: string) => table(schema, t).columns.find((x) => x.name === c)!;
const DATASOURCE = 'datasource db {\n  provider = "sqlite"\n  url      = "file:dev.db"\n}\n';

describe('Prisma loader', () => {
  it('detects schema.prisma, prisma/schema.prisma, package.json prisma.schema and schema folders', async () => {
    expect(await loader.detect(memoryFs({ 'prisma/schema.prisma': DATASOURCE }), '')).toBe(true);
    expect(await loader.detect(memoryFs({ 'app/schema.prisma': DATASOURCE }), 'app')).toBe(true);
    expect(await loader.detect(memoryFs({ 'prisma/schema/a.prisma': DATASOURCE }), '')).toBe(true);
    expect(await loader.detect(directoryFs(join(FIXTURES, 'multi-file')), '')).toBe(true);
    expect(await loader.detect(memoryFs({ 'src/index.ts': 'x' }), '')).toBe(false);
    expect(await loader.detect(memoryFs({ 'db/models.prisma.bak': 'x' }), 'db/models.prisma.bak')).toBe(
      false,
    );
  });

  it('loads the blog schema: valid SQLite, every object located at its model line', async () => {
    const set = await loader.load('', context(directoryFs(join(FIXTURES, 'blog'))));
    expect(set.findings).toEqual([]);
    expect(set.format).toBe('prisma');
    expect(set.path).toBe('schema.prisma');
    expect(set.capabilities).toMatchObject({ triggers: false, views: false, checks: false });
    const { schema } = set;
    expect(schema.tables.map((t) => t.name)).toEqual([
      '_PostToTag',
      'Comment',
      'Post',
      'Profile',
      'Tag',
      'User',
    ]);
    expect(table(schema, 'User').source).toEqual({ path: 'schema.prisma', line: 16 });
    expect(column(schema, 'User', 'email').source).toEqual({ path: 'schema.prisma', line: 18 });
    const email = table(schema, 'User').indexes.find((i) => i.name === 'User_email_key');
    expect(email).toMatchObject({
      unique: true,
      columns: ['email'],
      source: { path: 'schema.prisma', line: 18 },
    });
    const byStatus = table(schema, 'Post').indexes.find((i) => i.name === 'Post_status_title_idx');
    expect(byStatus).toMatchObject({ columns: ['status', 'title DESC'], source: { line: 51 } });
    expect(table(schema, '_PostToTag').source?.line).toBe(48);
    // What SQLite made of the generated DDL: Prisma's types, defaults, keys and actions.
    expect(column(schema, 'User', 'isAdmin')).toMatchObject({
      type: 'BOOLEAN',
      notNull: true,
      default: '0',
    });
    expect(column(schema, 'User', 'createdAt')).toMatchObject({
      type: 'DATETIME',
      default: 'current_timestamp',
    });
    expect(column(schema, 'Post', 'id')).toMatchObject({ type: 'TEXT', notNull: true });
    expect(column(schema, 'Post', 'id').default).toBeUndefined();
    expect(table(schema, 'User')).toMatchObject({ primaryKey: ['id'], autoincrement: true });
    expect(table(schema, 'Post').foreignKeys).toEqual([
      expect.objectContaining({
        columns: ['authorId'],
        table: 'User',
        onDelete: 'SET NULL',
        onUpdate: 'CASCADE',
      }),
    ]);
  });

  it('reads a multi-file schema named by package.json, each object at its own file', async () => {
    const set = await loader.load('', context(directoryFs(join(FIXTURES, 'multi-file'))));
    expect(set.findings).toEqual([]);
    expect(set.path).toBe('prisma/schema');
    expect(column(set.schema, 'orders', 'placed_at').source).toEqual({
      path: 'prisma/schema/order.prisma',
      line: 4,
    });
    expect(table(set.schema, 'users').source).toEqual({ path: 'prisma/schema/user.prisma', line: 1 });
  });

  it('reports a provider other than sqlite as a model-error naming it', async () => {
    const fs = memoryFs({
      'schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id Int @id\n}\n',
    });
    const set = await loader.load('', context(fs));
    expect(set.schema.tables).toEqual([]);
    expect(set.findings).toHaveLength(1);
    expect(set.findings[0]).toMatchObject({
      rule: 'model-error',
      locations: [{ path: 'schema.prisma', line: 1 }],
    });
    expect(set.findings[0]!.message).toContain('"postgresql"');
  });

  it('reports a parse error at its line instead of throwing', async () => {
    const fs = memoryFs({
      'schema.prisma': `${DATASOURCE}model A {\n  id Int @id\n  name String @default(\n}\n`,
    });
    const set = await loader.load('schema.prisma', context(fs));
    expect(set.schema.tables).toEqual([]);
    expect(set.findings).toHaveLength(1);
    expect(set.findings[0]).toMatchObject({ rule: 'model-error', locations: [{ path: 'schema.prisma' }] });
    expect(set.findings[0]!.locations[0]!.line).toBeGreaterThanOrEqual(7);
  });

  it('reports what SQLite cannot hold at its line and loads the rest', async () => {
    const schema = `${DATASOURCE}model A {
  id    Int      @id
  tags  String[]
  kind  Shape
  when  DateTime @default("yesterday")
  name  String   @db.Text
  ok    Boolean  @default(true)
}
`;
    const set = await loader.load('', context(memoryFs({ 'schema.prisma': schema })));
    const lines = set.findings.map((f) => f.locations[0]!.line);
    expect(set.findings.every((f) => f.rule === 'model-error')).toBe(true);
    expect(lines).toEqual([7, 8, 9, 10]);
    expect(set.schema.tables[0]!.columns.map((c) => c.name)).toEqual(['id', 'when', 'name', 'ok']);
  });

  it('keeps defaults Prisma Client supplies as appDefault, as written, with no database default', async () => {
    const fs = memoryFs({
      'schema.prisma': `${DATASOURCE}model Doc {
  id        String   @id @default(uuid(7))
  key       String   @default(cuid())
  short     String   @default(nanoid(16))
  n         Int      @default(autoincrement())
  touchedAt DateTime @updatedAt
  createdAt DateTime @default(now()) @updatedAt
}
`,
    });
    const { schema, findings } = await loader.load('', context(fs));
    expect(findings).toEqual([]);
    const col = (name: string) => column(schema, 'Doc', name);
    expect(col('id')).toMatchObject({ appDefault: '@default(uuid(7))' });
    expect(col('id').default).toBeUndefined();
    expect(col('key')).toMatchObject({ appDefault: '@default(cuid())' });
    expect(col('short')).toMatchObject({ appDefault: '@default(nanoid(16))' });
    expect(col('touchedAt')).toMatchObject({ appDefault: '@updatedAt' });
    expect(col('touchedAt').default).toBeUndefined();
    // autoincrement() is no value at all; now() is a database default, @updatedAt or not.
    expect(col('n').appDefault).toBeUndefined();
    expect(col('createdAt').appDefault).toBeUndefined();
    expect(col('createdAt').default).toMatch(/^current_timestamp$/i);
  });
});
