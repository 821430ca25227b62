import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, GIT_ENV, git, makeRepo, removeRepo, writeFiles } from '../helpers/git-repo.js';

const REPO = resolve(import.meta.dirname, '../..');
const EXAMPLE = join(REPO, 'examples/sqlite-basic');
const DIST_CLI = join(REPO, 'dist/cli.js');

/** The example project: migrations that match schema.sql. */
function exampleFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'driftcheck.json': JSON.stringify({ migrations: 'migrations', models: 'schema.sql' }),
    'schema.sql': readFileSync(join(EXAMPLE, 'schema.sql'), 'utf8'),
  };
  for (const name of readdirSync(join(EXAMPLE, 'migrations')))
    files[`migrations/${name}`] = readFileSync(join(EXAMPLE, 'migrations', name), 'utf8');
  return files;
}

const MIGRATION = 'migrations/003_add_published.sql';
const FULL = readFileSync(join(EXAMPLE, MIGRATION), 'utf8');
/** 003 without the statements that add `published` (and the index on it): the column goes missing. */
const DROPPED = FULL.split('\n')
  .filter((line) => !/published/.test(line))
  .join('\n');

const repos: string[] = [];
const cacheDir = mkdtempSync(join(tmpdir(), 'driftcheck-hook-cache-'));
afterAll(() => {
  for (const dir of repos) removeRepo(dir);
  removeRepo(cacheDir);
});

function project(): string {
  const dir = makeRepo(exampleFiles());
  repos.push(dir);
  return dir;
}

/** git commit with the hook's environment (cache in a temp dir; no colour). */
function commit(dir: string, message: string) {
  return spawnSync('git', ['commit', '-m', message], {
    cwd: dir,
    env: { ...GIT_ENV, NO_COLOR: '1', DRIFTCHECK_CACHE_DIR: cacheDir },
    encoding: 'utf8',
  });
}

const output = (r: ReturnType<typeof commit>) => `${r.stdout}${r.stderr}`;

describe('install-hook through run(), with real git commits', () => {
  it('blocks a commit whose staged content drops a statement, even with the fix unstaged; passes a clean one while the tree drifts', async () => {
    const dir = project();
    const installed = await cli(dir, ['install-hook']);
    expect(installed.code).toBe(0);
    expect(installed.stdout).toContain(join(dir, '.git/hooks/pre-commit'));
    expect(installed.stdout).toContain('^(driftcheck\\.json$|migrations/|schema\\.sql$)');

    // (a) staged: 003 without `published`; working tree: the full file (the fix, unstaged).
    writeFiles(dir, { [MIGRATION]: DROPPED });
    git(dir, 'add', MIGRATION);
    writeFiles(dir, { [MIGRATION]: FULL });
    const blocked = commit(dir, 'drop published');
    expect(blocked.status).toBe(1);
    expect(output(blocked)).toMatch(/schema\.sql:\d+ column-missing .*published/);
    expect(output(blocked)).toContain('Run `npx driftcheck check --staged` for details');
    expect(git(dir, 'log', '--format=%s')).toBe('initial\n');

    // (b) staged: a clean new migration; working tree: 003 drifting, unstaged.
    git(dir, 'reset', '-q', MIGRATION);
    writeFiles(dir, {
      'migrations/005_tags.sql': 'CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n',
    });
    writeFiles(dir, {
      'schema.sql': `${readFileSync(join(EXAMPLE, 'schema.sql'), 'utf8')}\nCREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n`,
    });
    git(dir, 'add', 'migrations/005_tags.sql', 'schema.sql');
    writeFiles(dir, { [MIGRATION]: DROPPED });
    const passed = commit(dir, 'add tags');
    expect(output(passed)).not.toContain('driftcheck:');
    expect(passed.status).toBe(0);
    expect(git(dir, 'log', '--format=%s')).toBe('add tags\ninitial\n');
  });

  it('skips the check when no staged path can change the result', async () => {
    const dir = project();
    expect((await cli(dir, ['install-hook'])).code).toBe(0);
    // Drift committed past the hook; a later commit of unrelated files is not blocked by it.
    writeFiles(dir, { [MIGRATION]: DROPPED });
    git(dir, 'commit', '-q', '--no-verify', '-am', 'drift');
    writeFiles(dir, { 'README.md': 'hello\n' });
    git(dir, 'add', 'README.md');
    const started = performance.now();
    const result = commit(dir, 'readme');
    expect(result.status).toBe(0);
    expect(output(result)).not.toContain('column-missing');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('never overwrites a foreign hook unless told; --chain runs it first; uninstall puts it back', async () => {
    const dir = project();
    const hook = join(dir, '.git/hooks/pre-commit');
    const foreign = '#!/bin/sh\necho ran >> "$(git rev-parse --show-toplevel)/.foreign-ran"\n';
    writeFileSync(hook, foreign);
    chmodSync(hook, 0o755);
    const refused = await cli(dir, ['install-hook']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not driftcheck's: pass --chain .* or --force/);
    expect(readFileSync(hook, 'utf8')).toBe(foreign);

    expect((await cli(dir, ['install-hook', '--chain'])).code).toBe(0);
    expect(readFileSync(join(dir, '.git/hooks/pre-commit.local'), 'utf8')).toBe(foreign);
    writeFiles(dir, { [MIGRATION]: DROPPED });
    git(dir, 'add', MIGRATION);
    const blocked = commit(dir, 'drop');
    expect(blocked.status).toBe(1);
    expect(output(blocked)).toContain('published');
    expect(readFileSync(join(dir, '.foreign-ran'), 'utf8')).toBe('ran\n');

    // Reinstalling keeps the chain.
    expect((await cli(dir, ['install-hook'])).code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toContain('pre-commit.local');

    const removed = await cli(dir, ['uninstall-hook']);
    expect(removed.stdout).toContain('put back');
    expect(readFileSync(hook, 'utf8')).toBe(foreign);
    expect(existsSync(join(dir, '.git/hooks/pre-commit.local'))).toBe(false);
    expect((await cli(dir, ['uninstall-hook'])).code).toBe(1);

    expect((await cli(dir, ['install-hook', '--force'])).code).toBe(0);
    expect((await cli(dir, ['uninstall-hook'])).stdout).toContain('Removed');
    expect(existsSync(hook)).toBe(false);
    expect((await cli(dir, ['uninstall-hook'])).stdout).toContain('nothing to do');
  });

  it('honours core.hooksPath, worktrees and projects below the top level', async () => {
    const dir = makeRepo(Object.fromEntries(Object.entries(exampleFiles()).map(([p, t]) => [`app/${p}`, t])));
    repos.push(dir);
    git(dir, 'config', 'core.hooksPath', '.githooks');
    const result = await cli(join(dir, 'app'), ['install-hook']);
    expect(result.code).toBe(0);
    const hook = readFileSync(join(dir, '.githooks/pre-commit'), 'utf8');
    expect(hook).toContain("'^(app/driftcheck\\.json$|app/migrations/|app/schema\\.sql$)'");
    expect(hook).toContain("check --staged --format compact 'app'");
    git(dir, 'config', '--unset', 'core.hooksPath');

    const worktree = `${dir}-wt`;
    repos.push(worktree);
    git(dir, 'worktree', 'add', '-q', worktree);
    expect((await cli(join(worktree, 'app'), ['install-hook'])).code).toBe(0);
    expect(existsSync(join(dir, '.git/hooks/pre-commit'))).toBe(true);
    writeFiles(worktree, { [`app/${MIGRATION}`]: DROPPED });
    git(worktree, 'add', `app/${MIGRATION}`);
    const blocked = commit(worktree, 'drop');
    expect(blocked.status).toBe(1);
    expect(output(blocked)).toMatch(/schema\.sql:\d+ column-missing .*published/);
    expect(output(blocked)).toContain('npx driftcheck check --staged app');
  });

  it('watches the usual places when nothing is configured or detected yet', async () => {
    const dir = makeRepo({ 'README.md': 'x\n' });
    repos.push(dir);
    expect((await cli(dir, ['install-hook'])).code).toBe(0);
    const { DEFAULT_WATCH } = await import('../../src/hooks/watch.js');
    expect(readFileSync(join(dir, '.git/hooks/pre-commit'), 'utf8')).toContain(DEFAULT_WATCH);
  });

  it('refuses outside a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftcheck-nogit-'));
    repos.push(dir);
    const result = await cli(dir, ['install-hook'], { GIT_CEILING_DIRECTORIES: dirname(dir) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not inside a git work tree');
  });
});

describe.skipIf(!existsSync(DIST_CLI))('install-hook through the built dist/cli.js', () => {
  it('installs a hook that runs the same dist/cli.js and blocks the drift', () => {
    const dir = project();
    execFileSync(process.execPath, [DIST_CLI, 'install-hook'], { cwd: dir, env: GIT_ENV });
    const hook = readFileSync(join(dir, '.git/hooks/pre-commit'), 'utf8');
    expect(hook).toContain(`'${process.execPath}' '${DIST_CLI}'`);
    writeFiles(dir, { [MIGRATION]: DROPPED });
    git(dir, 'add', MIGRATION);
    writeFiles(dir, { [MIGRATION]: FULL });
    const blocked = commit(dir, 'drop');
    expect(blocked.status).toBe(1);
    expect(output(blocked)).toMatch(/column-missing .*published/);
  });

  it("prefers the project's node_modules/.bin/driftcheck", () => {
    const dir = project();
    execFileSync(process.execPath, [DIST_CLI, 'install-hook'], { cwd: dir, env: GIT_ENV });
    mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
    writeFileSync(
      join(dir, 'node_modules/.bin/driftcheck'),
      '#!/bin/sh\necho "local driftcheck $*"; exit 1\n',
    );
    chmodSync(join(dir, 'node_modules/.bin/driftcheck'), 0o755);
    writeFiles(dir, { 'migrations/005_x.sql': 'CREATE TABLE x (id INTEGER);\n' });
    git(dir, 'add', 'migrations');
    const result = commit(dir, 'x');
    expect(output(result)).toContain('local driftcheck check --staged --format compact .');
    expect(result.status).toBe(1);
  });
});

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
if (!hasPreCommit)
  console.warn(
    '\n!!! SKIPPED: `pre-commit try-repo` test — the pre-commit framework is not installed (apt-get install pre-commit).\n',
  );

describe.skipIf(!hasPreCommit || !existsSync(DIST_CLI))('the pre-commit framework', () => {
  let hookRepo: string;
  beforeAll(() => {
    // try-repo clones at HEAD: a repository holding this checkout's files and its built dist/.
    hookRepo = mkdtempSync(join(tmpdir(), 'driftcheck-hookrepo-'));
    repos.push(hookRepo);
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: REPO, encoding: 'utf8' }).split('\0');
    for (const path of tracked.filter((p) => p && existsSync(join(REPO, p)))) {
      mkdirSync(dirname(join(hookRepo, path)), { recursive: true });
      cpSync(join(REPO, path), join(hookRepo, path));
    }
    cpSync(join(REPO, 'dist'), join(hookRepo, 'dist'), { recursive: true });
    git(hookRepo, 'init', '-q', '-b', 'main');
    git(hookRepo, 'add', '-A', '-f');
    git(hookRepo, 'commit', '-q', '-m', 'driftcheck');
  });

  it('`pre-commit try-repo … driftcheck --all-files` blocks the drift and names the column', () => {
    const dir = project();
    writeFiles(dir, { [MIGRATION]: DROPPED });
    git(dir, 'commit', '-q', '--no-verify', '-am', 'drift');
    const result = spawnSync('pre-commit', ['try-repo', hookRepo, 'driftcheck', '--all-files'], {
      cwd: dir,
      env: { ...GIT_ENV, NO_COLOR: '1', DRIFTCHECK_CACHE_DIR: cacheDir },
      encoding: 'utf8',
      timeout: 900_000,
    });
    const out = `${result.stdout}${result.stderr}`;
    expect(out, out).toMatch(/column-missing .*published/);
    expect(result.status).toBe(1);
  }, 900_000);
});
