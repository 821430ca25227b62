import { describe, expect, it } from 'vitest';
import { type CheckRunner, runCheckCached } from '../../src/cache/run-cache.js';
import type { CacheStore } from '../../src/cache/types.js';
import { type CheckOverrides, type CheckPorts, runCheck } from '../../src/check.js';
import type { FileSystem } from '../../src/ports.js';
import type { Report } from '../../src/report/types.js';
import { memoryFs } from '../support/fs.js';

function memoryStore(): CacheStore & { entries: Map<string, Uint8Array> } {
  const entries = new Map<string, Uint8Array>();
  return {
    entries,
    keys: async () => [...entries.keys()],
    read: async (key) => entries.get(key),
    write: async (key, bytes) => {
      entries.set(key, bytes);
    },
    remove: async (key) => {
      entries.delete(key);
    },
  };
}

/** A FileSystem that counts the files read through it. */
function counted(fs: FileSystem): FileSystem & { files: () => number } {
  let files = 0;
  return {
    ...fs,
    readFile: (path) => {
      files++;
      return fs.readFile(path);
    },
    readText: (path) => {
      files++;
      return fs.readText(path);
    },
    files: () => files,
  };
}

const REPO: Readonly<Record<string, string>> = {
  'driftcheck.json': JSON.stringify({ migrations: 'db/migrations', models: 'schema.sql' }),
  'db/migrations/001_users.sql': 'CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\n',
  'db/migrations/002_posts.sql': 'CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER);\n',
  'schema.sql':
    'CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\nCREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER);\n',
};

const withoutTiming = ({ timing: _, ...report }: Report) => report;

/** runCheck, counting its calls: a cached run does not call it. */
function countingRunner(): CheckRunner & { calls: () => number } {
  let calls = 0;
  const runner = async (overrides: CheckOverrides, ports: CheckPorts) => {
    calls++;
    return runCheck(overrides, ports);
  };
  return Object.assign(runner, { calls: () => calls });
}

function harness() {
  const store = memoryStore();
  const replayCache = memoryStore();
  const run = countingRunner();
  const check = (files: Readonly<Record<string, string>>, overrides: CheckOverrides = {}) =>
    runCheckCached(
      overrides,
      { fs: memoryFs(files), rootDir: '/repo/app', clock: { now: () => 0 }, replayCache },
      { store, view: 'worktree' },
      run,
    );
  return { store, run, check };
}

describe('runCheckCached', () => {
  it('returns the stored report while every file answers the same, identical to a run without cache', async () => {
    const { run, check } = harness();
    const first = await check(REPO);
    const second = await check(REPO);
    expect(run.calls()).toBe(1);
    const uncached = await runCheck(
      { cache: false },
      { fs: memoryFs(REPO), rootDir: '/repo/app', clock: { now: () => 0 } },
    );
    expect(JSON.stringify(withoutTiming(second.report))).toBe(JSON.stringify(withoutTiming(uncached.report)));
    expect(JSON.stringify(withoutTiming(first.report))).toBe(JSON.stringify(withoutTiming(uncached.report)));
    expect(Object.keys(second.report)).toEqual(Object.keys(uncached.report));
    expect(second.failOn).toBe(uncached.failOn);
  });

  const changes: readonly [string, Record<string, string | undefined>][] = [
    [
      'a migration edited',
      { 'db/migrations/002_posts.sql': 'CREATE TABLE posts (id INTEGER PRIMARY KEY);\n' },
    ],
    ['a migration added', { 'db/migrations/003_tags.sql': 'CREATE TABLE tags (id INTEGER PRIMARY KEY);\n' }],
    ['a migration removed', { 'db/migrations/002_posts.sql': undefined }],
    ['a file added beside the migrations', { 'db/migrations/README.md': 'notes\n' }],
    ['the models edited', { 'schema.sql': `${REPO['schema.sql']}CREATE TABLE tags (id INTEGER);\n` }],
    [
      'the configuration edited',
      {
        'driftcheck.json': JSON.stringify({
          migrations: 'db/migrations',
          models: 'schema.sql',
          failOn: 'warning',
        }),
      },
    ],
  ];
  it.each(changes)('runs again and reports what a fresh run does after %s', async (_, change) => {
    const { run, check } = harness();
    await check(REPO);
    const changed: Record<string, string> = {};
    for (const [path, text] of Object.entries({ ...REPO, ...change }))
      if (text !== undefined) changed[path] = text;
    const after = await check(changed);
    expect(run.calls()).toBe(2);
    const fresh = await runCheck(
      { cache: false },
      { fs: memoryFs(changed), rootDir: '/repo/app', clock: { now: () => 0 } },
    );
    expect(withoutTiming(after.report)).toEqual(withoutTiming(fresh.report));
    expect(after.failOn).toBe(fresh.failOn);
    // And the new state is what the next run reuses.
    await check(changed);
    expect(run.calls()).toBe(2);
  });

  it('runs again when a configuration file appears where there was none', async () => {
    const { run, check } = harness();
    const { 'driftcheck.json': _, ...bare } = REPO;
    await check(bare, { migrations: 'db/migrations', models: 'schema.sql' });
    await check(REPO, { migrations: 'db/migrations', models: 'schema.sql' });
    expect(run.calls()).toBe(2);
  });

  it('keeps runs with other flags, other repositories and other views apart', async () => {
    const store = memoryStore();
    const run = countingRunner();
    const fs = memoryFs(REPO);
    const check = (overrides: CheckOverrides, rootDir: string, view: 'worktree' | 'staged') =>
      runCheckCached(overrides, { fs, rootDir, clock: { now: () => 0 } }, { store, view }, run);
    await check({}, '/repo/app', 'worktree');
    await check({ failOn: 'never' }, '/repo/app', 'worktree');
    await check({}, '/repo/other', 'worktree');
    await check({}, '/repo/app', 'staged');
    expect(run.calls()).toBe(4);
    expect(store.entries.size).toBe(4);
    // `cache` is not part of the key: it only says whether to use one.
    await check({ cache: true }, '/repo/app', 'worktree');
    expect(run.calls()).toBe(4);
  });

  it('neither reads nor writes entries with --no-cache or cache: false', async () => {
    const { store, run, check } = harness();
    await check(REPO, { cache: false });
    await check(REPO, { cache: false });
    expect(store.entries.size).toBe(0);
    const off = {
      ...REPO,
      'driftcheck.json': JSON.stringify({ migrations: 'db/migrations', models: 'schema.sql', cache: false }),
    };
    await check(off);
    await check(off);
    expect(store.entries.size).toBe(0);
    expect(run.calls()).toBe(4);
  });

  it('stores nothing when the run used a command, git or temporary files, or a replay ran out of time', async () => {
    const store = memoryStore();
    const ok = await runCheck({}, { fs: memoryFs(REPO), rootDir: '/repo/app', clock: { now: () => 0 } });
    const result = { ...ok, reusable: true };
    const ports: CheckPorts = {
      fs: memoryFs(REPO),
      rootDir: '/repo/app',
      clock: { now: () => 0 },
      process: { run: async () => ({ code: 0, stdout: '', stderr: '', timedOut: false }) },
      temp: { makeDir: async () => '/tmp/x', cleanup: async () => undefined },
      git: { git: async () => ({ code: 0, stdout: new Uint8Array(), stderr: '' }) },
    };
    const runners: CheckRunner[] = [
      async (_, p) => {
        await p.process?.run('make db', { cwd: '/repo/app', timeoutMs: 1000 });
        return result;
      },
      async (_, p) => {
        await p.git?.git(['rev-parse', 'main']);
        return result;
      },
      async (_, p) => {
        await p.temp?.makeDir('models');
        return result;
      },
      async () => ({ ...result, reusable: false }),
    ];
    for (const runner of runners) await runCheckCached({}, ports, { store, view: 'worktree' }, runner);
    expect(store.entries.size).toBe(0);
    // The same runner without the outside I/O is stored.
    await runCheckCached({}, ports, { store, view: 'worktree' }, async () => result);
    expect(store.entries.size).toBe(1);
  });

  it('does not remember a run in which a migration ran out of its time budget', async () => {
    const { store, run, check } = harness();
    const runaway = {
      'driftcheck.json': JSON.stringify({
        migrations: 'db/migrations',
        models: 'schema.sql',
        timeoutMs: 300,
      }),
      'db/migrations/001_count.sql':
        'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r;\n',
      'schema.sql': '',
    };
    const first = await check(runaway);
    expect(first.reusable).toBe(false);
    expect(first.report.findings.map((f) => f.rule)).toContain('replay-error');
    expect(store.entries.size).toBe(0);
    expect(run.calls()).toBe(1);
  });

  it('does not remember a run whose history analysis ran out of its time budget', async () => {
    const { store, run, check } = harness();
    const runaway = {
      'driftcheck.json': JSON.stringify({ migrations: 'db', timeoutMs: 1000 }),
      'db/001_init.sql': 'CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);\n',
      // Ends at once on the replay's empty table; never ends once t holds seeded rows.
      'db/002_report.sql':
        'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c, t) SELECT count(*) FROM c;\n',
    };
    const first = await check(runaway);
    expect(first.report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['destructive-change', 'notice'],
    ]);
    expect(first.reusable).toBe(false);
    expect(store.entries.size).toBe(0);
    expect(run.calls()).toBe(1);
  }, 30_000);

  it('ignores a corrupt or foreign entry and replaces it', async () => {
    const { store, run, check } = harness();
    const first = await check(REPO);
    const [key, bytes] = [...store.entries][0]!;
    const corrupt = bytes.slice();
    corrupt[corrupt.length - 2] = corrupt.at(-2)! ^ 1;
    store.entries.set(key, corrupt);
    const second = await check(REPO);
    expect(run.calls()).toBe(2);
    expect(withoutTiming(second.report)).toEqual(withoutTiming(first.report));
    expect(store.entries.get(key)).toEqual(bytes);
    store.entries.set(key, new TextEncoder().encode('not an entry'));
    await check(REPO);
    expect(run.calls()).toBe(3);
    await check(REPO);
    expect(run.calls()).toBe(3);
  });

  it('checks files by their content id when the FileSystem names one, without reading them', async () => {
    const store = memoryStore();
    const run = countingRunner();
    const ids: Record<string, string> = {};
    for (const path of Object.keys(REPO)) ids[path] = `blob-${path}`;
    const check = (fs: FileSystem, id: Record<string, string>) =>
      runCheckCached(
        {},
        { fs, rootDir: '/repo/app', clock: { now: () => 0 } },
        { store, view: 'staged', contentId: async (path) => id[path] },
        run,
      );
    await check(memoryFs(REPO), ids);
    const fs = counted(memoryFs(REPO));
    await check(fs, ids);
    expect(run.calls()).toBe(1);
    expect(fs.files()).toBe(0);
    // Another id for the same path is another content.
    await check(memoryFs(REPO), { ...ids, 'schema.sql': 'blob-changed' });
    expect(run.calls()).toBe(2);
  });
});
