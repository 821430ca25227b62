import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPrismaLoader } from '../../src/models/prisma/loader.js';
import type { ModelLoadContext } from '../../src/models/types.js';
import type { FileSystem } from '../../src/ports.js';
import { dirFileSystem, memoryFileSystem } from '../support/dir-fs.js';
import { sqlJsBuild } from '../support/sqljs-build.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/prisma');
const context = (fs: FileSystem): ModelLoadContext => ({ fs, rootDir: '/repo', timeoutMs: 10_000 });
const DATASOURCE = 'datasource db {\n  provider = "sqlite"\n  url      = "file:dev.db"\n}\n';

describe('Prisma loader', () => {
  it('detects schema.prisma, prisma/schema.prisma, package.json prisma.schema and schema folders', async () => {
    const loader = createPrismaLoader(sqlJsBuild());
    expect(await loader.detect(memoryFileSystem({ 'prisma/schema.prisma': DATASOURCE }), '')).toBe(true);
    expect(await loader.detect(memoryFileSystem({ 'app/schema.prisma': DATASOURCE }), 'app')).toBe(true);
    expect(await loader.detect(memoryFileSystem({ 'prisma/schema/a.prisma': DATASOURCE }), '')).toBe(true);
    expect(await loader.detect(dirFileSystem(join(FIXTURES, 'multi-file')), '')).toBe(true);
    expect(await loader.detect(memoryFileSystem({ 'src/index.ts': 'x' }), '')).toBe(false);
    expect(
      await loader.detect(memoryFileSystem({ 'db/models.prisma.bak': 'x' }), 'db/models.prisma.bak'),
    ).toBe(false);
  });

  it('loads the blog schema: valid SQLite, every object located at its model line', async () => {
    const build = sqlJsBuild();
    const set = await createPrismaLoader(build).load('', context(dirFileSystem(join(FIXTURES, 'blog'))));
    expect(set.findings).toEqual([]);
    expect(set.format).toBe('prisma');
    expect(set.path).toBe('schema.prisma');
    expect(set.capabilities).toMatchObject({ triggers: false, views: false, checks: false });
    expect(set.schema.tables.map((t) => t.name)).toEqual([
      'Comment',
      'Post',
      'Profile',
      'Tag',
      'User',
      '_PostToTag',
    ]);
    const hints = build.calls[0]!.hints!;
    expect(hints.tables?.user).toEqual({ path: 'schema.prisma', line: 16 });
    expect(hints.columns?.['user.email']).toEqual({ path: 'schema.prisma', line: 18 });
    expect(hints.indexes?.user_email_key).toEqual({ path: 'schema.prisma', line: 18 });
    expect(hints.indexes?.post_status_title_idx).toEqual({ path: 'schema.prisma', line: 51 });
    expect(hints.tables?._posttotag?.line).toBe(48);
  });

  it('reads a multi-file schema named by package.json, each object at its own file', async () => {
    const build = sqlJsBuild();
    const set = await createPrismaLoader(build).load(
      '',
      context(dirFileSystem(join(FIXTURES, 'multi-file'))),
    );
    expect(set.findings).toEqual([]);
    expect(set.path).toBe('prisma/schema');
    expect(build.calls[0]!.hints!.columns?.['orders.placed_at']).toEqual({
      path: 'prisma/schema/order.prisma',
      line: 4,
    });
    expect(build.calls[0]!.hints!.tables?.users).toEqual({ path: 'prisma/schema/user.prisma', line: 1 });
  });

  it('reports a provider other than sqlite as a model-error naming it', async () => {
    const fs = memoryFileSystem({
      'schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id Int @id\n}\n',
    });
    const set = await createPrismaLoader(sqlJsBuild()).load('', context(fs));
    expect(set.schema.tables).toEqual([]);
    expect(set.findings).toHaveLength(1);
    expect(set.findings[0]).toMatchObject({
      rule: 'model-error',
      locations: [{ path: 'schema.prisma', line: 1 }],
    });
    expect(set.findings[0]!.message).toContain('"postgresql"');
  });

  it('reports a parse error at its line instead of throwing', async () => {
    const fs = memoryFileSystem({
      'schema.prisma': `${DATASOURCE}model A {\n  id Int @id\n  name String @default(\n}\n`,
    });
    const set = await createPrismaLoader(sqlJsBuild()).load('schema.prisma', context(fs));
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
    const set = await createPrismaLoader(sqlJsBuild()).load(
      '',
      context(memoryFileSystem({ 'schema.prisma': schema })),
    );
    const lines = set.findings.map((f) => f.locations[0]!.line);
    expect(set.findings.every((f) => f.rule === 'model-error')).toBe(true);
    expect(lines).toEqual([7, 8, 9, 10]);
    expect(set.schema.tables[0]!.columns.map((c) => c.name)).toEqual(['id', 'when', 'name', 'ok']);
  });
});
