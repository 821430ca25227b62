import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CheckPorts, exitCodeFor, runCheck } from '../../src/check.js';
import { nodeFileSystem } from '../../src/node/fs.js';
import type { FileSystem } from '../../src/ports.js';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatText } from '../../src/report/text.js';
import type { Report } from '../../src/report/types.js';

/**
 * The Prisma and Drizzle examples through runCheck, as `driftcheck check examples/<name>` runs
 * them: autodetected on both sides, clean as committed, and `column-missing` at the model's line
 * when one migration statement is taken out (variants made here, golden files in
 * test/fixtures/check-orm/<case>/). UPDATE_GOLDEN=1 rewrites the expected files; review the diff.
 */

const EXAMPLES = join(import.meta.dirname, '../../examples');
const GOLDEN = join(import.meta.dirname, '../fixtures/check-orm');
const update = process.env.UPDATE_GOLDEN === '1';

/** The example's files, with some replaced (a variant of the project). */
function overlay(base: FileSystem, replaced: Readonly<Record<string, string>>): FileSystem {
  return {
    ...base,
    readText: async (path) => replaced[path] ?? base.readText(path),
    readFile: async (path) =>
      path in replaced ? new TextEncoder().encode(replaced[path]) : base.readFile(path),
  };
}

function ports(example: string, replaced: Readonly<Record<string, string>> = {}): CheckPorts {
  const rootDir = join(EXAMPLES, example);
  return { fs: overlay(nodeFileSystem(rootDir), replaced), rootDir, clock: { now: () => 0 } };
}

const read = (example: string, path: string) => readFileSync(join(EXAMPLES, example, path), 'utf8');

/** The example's migration file without `statement` (which must be there exactly once). */
function without(example: string, path: string, statement: string): Record<string, string> {
  const text = read(example, path);
  expect(text.split(statement)).toHaveLength(2);
  return { [path]: text.replace(statement, '') };
}

/** The 1-based line of the first line of `path` that contains `needle`. */
function lineOf(example: string, path: string, needle: string): number {
  return (
    read(example, path)
      .split('\n')
      .findIndex((line) => line.includes(needle)) + 1
  );
}

const outputs: Record<string, (report: Report) => string> = {
  'expected.json': formatJson,
  'expected.md': (report) => formatMarkdown(report, { marker: report.projects[0]?.name ?? '.' }),
  'expected.txt': (report) => formatText(report, { color: false }),
};

function expectGolden(name: string, report: Report): void {
  const dir = join(GOLDEN, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, format] of Object.entries(outputs)) {
    const actual = format(report);
    const path = join(dir, file);
    if (update || !existsSync(path)) writeFileSync(path, actual);
    expect(actual, `${name}/${file}`).toBe(readFileSync(path, 'utf8'));
  }
}

describe('check: the Prisma and Drizzle examples', () => {
  it.each([
    ['prisma-blog', 'prisma', 'prisma/migrations', 3, 'prisma/schema.prisma', ''],
    ['drizzle-blog', 'drizzle', 'drizzle', 3, 'src/db/schema.ts', ', named by drizzle.config.ts'],
  ])(
    '%s is clean: both sides detected without configuration, no finding',
    async (example, format, migrations, count, models, named) => {
      const { report, failOn } = await runCheck({}, ports(example));
      expect(report.findings).toEqual([]);
      expect(exitCodeFor(report, failOn)).toBe(0);
      const [project] = report.projects;
      expect(project?.migrations).toEqual({ format, path: migrations, count, replayed: count });
      expect(project?.models).toEqual({ format, path: models, tables: 5 });
      expect(project?.detected?.[1]).toBe(`models: ${models}${named} (${format}, detected)`);
    },
  );

  it('prisma-blog without the ADD COLUMN of Post.published: column-missing at schema.prisma', async () => {
    const migration = 'prisma/migrations/20240402081500_publishing/migration.sql';
    const variant = without(
      'prisma-blog',
      migration,
      'ALTER TABLE "Post" ADD COLUMN "published" BOOLEAN NOT NULL DEFAULT 0;',
    );
    const { report, failOn } = await runCheck({}, ports('prisma-blog', variant));
    expect(report.findings.map((f) => [f.rule, f.severity, f.table, f.column])).toEqual([
      ['column-missing', 'error', 'Post', 'published'],
    ]);
    expect(report.findings[0]!.locations).toMatchObject([
      {
        path: 'prisma/schema.prisma',
        line: lineOf('prisma-blog', 'prisma/schema.prisma', 'published Boolean'),
      },
    ]);
    expect(exitCodeFor(report, failOn)).toBe(1);
    expectGolden('prisma-column-missing', report);
  });

  it('drizzle-blog without the ADD of posts.published: column-missing at schema.ts', async () => {
    const variant = without(
      'drizzle-blog',
      'drizzle/0002_publishing.sql',
      'ALTER TABLE `posts` ADD `published` integer DEFAULT 0 NOT NULL;--> statement-breakpoint\n',
    );
    const { report, failOn } = await runCheck({}, ports('drizzle-blog', variant));
    expect(report.findings.map((f) => [f.rule, f.severity, f.table, f.column])).toEqual([
      ['column-missing', 'error', 'posts', 'published'],
    ]);
    expect(report.findings[0]!.locations).toMatchObject([
      {
        path: 'src/db/schema.ts',
        line: lineOf('drizzle-blog', 'src/db/schema.ts', "published: integer('published'"),
      },
    ]);
    expect(exitCodeFor(report, failOn)).toBe(1);
    expectGolden('drizzle-column-missing', report);
  });
});

describe('check: client-side defaults of the Prisma and Drizzle examples', () => {
  it('prisma-blog with a DEFAULT for the @updatedAt column: a notice naming @updatedAt', async () => {
    const migration = 'prisma/migrations/20240315093000_post_slug/migration.sql';
    const text = read('prisma-blog', migration);
    const variant = {
      [migration]: text.replace('"updatedAt" DATETIME NOT NULL,', '"updatedAt" DATETIME NOT NULL DEFAULT 0,'),
    };
    expect(variant[migration]).not.toBe(text);
    const { report, failOn } = await runCheck({}, ports('prisma-blog', variant));
    expect(report.findings).toMatchObject([
      {
        rule: 'column-default',
        severity: 'notice',
        table: 'Post',
        column: 'updatedAt',
        message:
          'Post.updatedAt: the migrations give DEFAULT 0; prisma/schema.prisma declares only @updatedAt, which the ORM applies on insert (not a database default), so rows inserted through the application get a value either way',
      },
    ]);
    expect(exitCodeFor(report, failOn)).toBe(0);
  });

  it('drizzle-blog with a DEFAULT for the $onUpdate column: a notice naming the schema file', async () => {
    const migration = 'drizzle/0001_post_slugs.sql';
    const text = read('drizzle-blog', migration);
    const variant = {
      [migration]: text.replace('ADD `updated_at` integer;', 'ADD `updated_at` integer DEFAULT 0;'),
    };
    expect(variant[migration]).not.toBe(text);
    const { report, failOn } = await runCheck({}, ports('drizzle-blog', variant));
    expect(report.findings).toMatchObject([
      {
        rule: 'column-default',
        severity: 'notice',
        table: 'posts',
        column: 'updated_at',
        message:
          'posts.updated_at: the migrations give DEFAULT 0; src/db/schema.ts declares only $onUpdate(() => new Date()), which the ORM applies on insert (not a database default), so rows inserted through the application get a value either way',
      },
    ]);
    expect(exitCodeFor(report, failOn)).toBe(0);
  });
});
