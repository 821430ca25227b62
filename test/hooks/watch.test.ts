import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WATCH, watchPattern } from '../../src/hooks/watch.js';

const REPO = resolve(import.meta.dirname, '../..');

/** Whether POSIX `grep -E` (what the hook runs) matches `path`. */
function grepMatches(pattern: string, path: string): boolean {
  try {
    execFileSync('grep', ['-Eq', pattern], { input: `${path}\n` });
    return true;
  } catch {
    return false;
  }
}

describe('DEFAULT_WATCH', () => {
  it('is the files: pattern of .pre-commit-hooks.yaml', () => {
    const yaml = readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8');
    const files = /^\s*files: '(.*)'$/m.exec(yaml)?.[1];
    expect(files).toBe(DEFAULT_WATCH);
  });

  const watched = [
    'migrations/001_init.sql',
    'db/migrations/20240101_x.up.sql',
    'prisma/schema.prisma',
    'prisma/migrations/20240101_init/migration.sql',
    'drizzle/meta/_journal.json',
    'drizzle/0001_x.sql',
    'src/db/schema.ts',
    'src/db/users.schema.ts',
    'drizzle.config.ts',
    'app/models.py',
    'app/models/user.py',
    'alembic/versions/abc_add.py',
    'alembic.ini',
    'diesel.toml',
    'flyway.conf',
    'driftcheck.json',
    'services/api/driftcheck.json',
    'package.json',
    'schema.sql',
  ];
  const ignored = [
    'README.md',
    'src/app.ts',
    'src/routes/users.py',
    'docs/guide.md',
    '.github/workflows/ci.yml',
  ];

  it.each(watched)('grep -E and Python re both match %s', (path) => {
    expect(grepMatches(DEFAULT_WATCH, path)).toBe(true);
    expect(new RegExp(DEFAULT_WATCH).test(path)).toBe(true);
  });
  it.each(ignored)('neither matches %s', (path) => {
    expect(grepMatches(DEFAULT_WATCH, path)).toBe(false);
    expect(new RegExp(DEFAULT_WATCH).test(path)).toBe(false);
  });
});

describe('watchPattern', () => {
  const watched = [
    { path: 'driftcheck.json', dir: false },
    { path: 'db/migrations', dir: true },
    { path: 'app/models.py', dir: false },
  ];
  it('anchors files exactly and directories as prefixes, under the project prefix', () => {
    const pattern = watchPattern(watched, 'services/api');
    expect(pattern).toBe(
      '^(services/api/driftcheck\\.json$|services/api/db/migrations/|services/api/app/models\\.py$)',
    );
    for (const [path, hit] of [
      ['services/api/db/migrations/002_x.sql', true],
      ['services/api/app/models.py', true],
      ['services/api/app/models.pyc', false],
      ['db/migrations/002_x.sql', false],
      ['services/api/driftcheck.json', true],
    ] as const)
      expect(grepMatches(pattern, path), path).toBe(hit);
  });
  it('escapes regex characters in paths and watches everything for a root directory', () => {
    expect(watchPattern([{ path: 'a+b (1)/m', dir: true }], '')).toBe('^(a\\+b \\(1\\)/m/)');
    expect(grepMatches(watchPattern([{ path: 'a+b (1)/m', dir: true }], ''), 'a+b (1)/m/x.sql')).toBe(true);
    expect(watchPattern([{ path: '', dir: true }], '')).toBe('.');
  });
});
