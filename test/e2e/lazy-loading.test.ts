/**
 * What the built CLI loads for a check: only the readers of the formats in play. A project with
 * SQL migrations and a schema.sql must not pay for the Python parser, TypeScript or the live
 * database checks (each is tens of milliseconds of compiling on every hook run). Module loads are
 * recorded by a module hook registered with `--import` in the child process; a dist/ file counts
 * with every source esbuild bundled into it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemNode } from '../support/node-binaries.js';

const REPO = join(import.meta.dirname, '../..');
const CLI = join(REPO, 'dist/cli.js');

let work: string;
let register: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'driftcheck-lazy-'));
  writeFileSync(
    join(work, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.MODULE_LOG, url + '\\n');
  return next(url, context);
}
`,
  );
  register = join(work, 'register.mjs');
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(work, 'hooks.mjs')).href)});\n`,
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The sources bundled into every dist/ file a check of `example` loaded (from esbuild's `// path` markers). */
function sourcesLoaded(example: string): Set<string> {
  const log = join(work, `${example}.log`);
  const run = spawnSync(
    systemNode(),
    [
      '--import',
      pathToFileURL(register).href,
      CLI,
      'check',
      '--no-cache',
      '--format',
      'json',
      `examples/${example}`,
    ],
    { cwd: REPO, env: { PATH: process.env.PATH ?? '', MODULE_LOG: log }, encoding: 'utf8', timeout: 60_000 },
  );
  expect(run.stderr).not.toMatch(/Error|error:/);
  expect(JSON.parse(run.stdout).summary).toBeDefined();
  const sources = new Set<string>();
  for (const url of new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))) {
    const file = fileURLToPath(url);
    if (!file.startsWith(join(REPO, 'dist'))) continue;
    for (const [, path] of readFileSync(file, 'utf8').matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm))
      sources.add(path!);
  }
  return sources;
}

const matching = (sources: Set<string>, prefix: string) => [...sources].filter((s) => s.startsWith(prefix));

describe('modules a check loads', () => {
  it('SQL migrations and schema.sql: no Python, TypeScript, ORM readers or live database checks', () => {
    const sources = sourcesLoaded('sqlite-basic');
    // The observation works: the SQL model reader and the comparison did load.
    expect(sources).toContain('src/models/sql.ts');
    expect(sources).toContain('src/rules/compare.ts');
    for (const prefix of [
      'src/python/',
      'node_modules/web-tree-sitter/',
      'node_modules/typescript/',
      'src/models/sqlalchemy/collect.ts',
      'src/models/drizzle/evaluate.ts',
      'src/migrations/formats/alembic/read.ts',
      'src/live/databases.ts',
      'src/live/check-database.ts',
      'src/live/prefix-states.ts',
    ])
      expect(matching(sources, prefix), prefix).toEqual([]);
  });

  it('SQLAlchemy models bring the Python parser, and not TypeScript', () => {
    const sources = sourcesLoaded('fractal-goals');
    expect(sources).toContain('src/python/parser.ts');
    expect(sources).toContain('src/models/sqlalchemy/collect.ts');
    expect(matching(sources, 'node_modules/typescript/')).toEqual([]);
  });

  it('Drizzle models bring TypeScript, and not the Python parser', () => {
    const sources = sourcesLoaded('drizzle-blog');
    expect(sources).toContain('src/models/drizzle/evaluate.ts');
    expect(matching(sources, 'src/python/')).toEqual([]);
  });
});
