import { describe, expect, it } from 'vitest';
import { detectFormat, findMigrationDirs } from '../../src/migrations/detect.js';
import { memoryFs } from '../support/fs.js';

const detected = async (files: Record<string, string>, dir: string) =>
  (await detectFormat(memoryFs(files), dir))?.format;

describe('detectFormat', () => {
  it('picks the format with the distinctive marker', async () => {
    expect(await detected({ 'd/meta/_journal.json': '{}', 'd/0000_x.sql': 'SELECT 1;' }, 'd')).toBe(
      'drizzle',
    );
    expect(await detected({ 'p/migration_lock.toml': 'provider = "sqlite"' }, 'p')).toBe('prisma');
    expect(await detected({ 'p/20240101_init/migration.sql': 'SELECT 1;' }, 'p')).toBe('prisma');
    expect(await detected({ 'm/2024-01-01-000000_x/up.sql': 'SELECT 1;' }, 'm')).toBe('diesel');
    expect(await detected({ 'f/V1__init.sql': 'SELECT 1;', 'f/V2__more.sql': 'SELECT 1;' }, 'f')).toBe(
      'flyway',
    );
    expect(await detected({ 'g/00001_x.sql': '-- +goose Up\nSELECT 1;' }, 'g')).toBe('goose');
    expect(await detected({ 'b/20200101000000_x.sql': '-- migrate:up\nSELECT 1;' }, 'b')).toBe('dbmate');
    expect(await detected({ 'n/001_init.sql': 'SELECT 1;', 'n/002_more.sql': 'SELECT 1;' }, 'n')).toBe(
      'plain',
    );
  });

  it('tells golang-migrate from sqlx by the project around the directory', async () => {
    const files = { 'migrations/1_x.up.sql': 'SELECT 1;', 'migrations/1_x.down.sql': 'SELECT 1;' };
    expect(await detected(files, 'migrations')).toBe('golang-migrate');
    expect(await detected({ ...files, 'go.mod': 'module x' }, 'migrations')).toBe('golang-migrate');
    expect(await detected({ ...files, 'Cargo.toml': '[package]' }, 'migrations')).toBe('sqlx');
    expect(await detected({ 'migrations/1_x.sql': '-- no-transaction\nVACUUM;' }, 'migrations')).toBe('sqlx');
    expect(await detected({ 'migrations/20240101_x.sql': 'SELECT 1;', 'Cargo.toml': '' }, 'migrations')).toBe(
      'sqlx',
    );
  });

  it('explains the ranking and recognises nothing in an unrelated directory', async () => {
    const result = await detectFormat(memoryFs({ 'm/1_x.up.sql': 'SELECT 1;' }), 'm');
    expect(result?.scores.map((s) => s.format)).toEqual(['golang-migrate', 'sqlx', 'plain']);
    expect(await detected({ 'docs/README.md': '# hi' }, 'docs')).toBeUndefined();
    expect(await detected({}, 'missing')).toBeUndefined();
  });
});

describe('findMigrationDirs', () => {
  it('finds migrations at the usual places, best first, with a reason', async () => {
    const fs = memoryFs({
      'prisma/migrations/migration_lock.toml': 'provider = "sqlite"',
      'prisma/migrations/20240101000000_init/migration.sql': 'SELECT 1;',
      'db/migrations/20200101000000_x.sql': '-- migrate:up\nSELECT 1;',
      'src/main/resources/db/migration/V1__init.sql': 'SELECT 1;',
      'migrations/README.md': 'nothing here',
    });
    const candidates = await findMigrationDirs(fs);
    expect(candidates.map((c) => [c.dir, c.format])).toEqual([
      ['prisma/migrations', 'prisma'],
      ['db/migrations', 'dbmate'],
      ['src/main/resources/db/migration', 'flyway'],
    ]);
    expect(candidates[0]!.reason).toContain('Prisma Migrate');
  });

  it('looks under a sub-project root', async () => {
    const fs = memoryFs({ 'services/api/drizzle/meta/_journal.json': '{"entries":[]}' });
    expect((await findMigrationDirs(fs, 'services/api')).map((c) => c.dir)).toEqual(['services/api/drizzle']);
  });

  it('finds the folder drizzle.config `out` or prisma.config `migrations.path` names, wherever it is', async () => {
    const drizzle = memoryFs({
      'app/drizzle.config.ts': "export default defineConfig({ dialect: 'sqlite', out: './db/sql/' });",
      'app/db/sql/meta/_journal.json': '{"entries":[]}',
    });
    const [found] = await findMigrationDirs(drizzle, 'app');
    expect(found).toMatchObject({ dir: 'app/db/sql', format: 'drizzle' });
    expect(found!.reason).toContain('is the migrations folder drizzle.config.ts names');
    const prisma = memoryFs({
      'prisma.config.ts': "export default defineConfig({ migrations: { path: 'db/migrations' } });",
      'db/migrations/migration_lock.toml': 'provider = "sqlite"',
    });
    expect((await findMigrationDirs(prisma))[0]).toMatchObject({ dir: 'db/migrations', format: 'prisma' });
    // A path that leaves the project is not followed.
    const outside = memoryFs({ 'drizzle.config.ts': "export default { out: '../shared' };" });
    expect(await findMigrationDirs(outside)).toEqual([]);
  });

  it('finds NuxtHub migrations under server/db/migrations/sqlite', async () => {
    const fs = memoryFs({ 'server/db/migrations/sqlite/meta/_journal.json': '{"entries":[]}' });
    expect((await findMigrationDirs(fs)).map((c) => [c.dir, c.format])).toEqual([
      ['server/db/migrations/sqlite', 'drizzle'],
    ]);
  });
});
