import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry } from '../../src/cache/entry.js';
import { prefixKeys } from '../../src/cache/keys.js';
import { type Replayer, replayWithCache } from '../../src/cache/replay-cache.js';
import type { CacheStore } from '../../src/cache/types.js';
import { type CheckOverrides, runCheck } from '../../src/check.js';
import type { Migration, MigrationSet } from '../../src/migrations/types.js';
import { nodePorts } from '../../src/node/ports.js';
import { formatJson } from '../../src/report/json.js';
import { replayIsolated } from '../../src/sqlite/replay-isolated.js';

const REPO = resolve(import.meta.dirname, '../..');

/** A CacheStore in memory, counting reads and writes. */
function memoryStore(): CacheStore & { entries: Map<string, Uint8Array>; writes: number } {
  const entries = new Map<string, Uint8Array>();
  const store = {
    entries,
    writes: 0,
    keys: async () => [...entries.keys()],
    read: async (key: string) => entries.get(key),
    write: async (key: string, bytes: Uint8Array) => {
      store.writes++;
      entries.set(key, bytes);
    },
    remove: async (key: string) => {
      entries.delete(key);
    },
  };
  return store;
}

/** The JSON report with the one field allowed to differ (timing) fixed. */
async function reportJson(root: string, store?: CacheStore, overrides: CheckOverrides = {}): Promise<string> {
  const ports = await nodePorts(root);
  try {
    const { report } = await runCheck(overrides, { ...ports, ...(store ? { replayCache: store } : {}) });
    return formatJson({ ...report, timing: { totalMs: 0 } });
  } finally {
    await ports.temp?.cleanup();
  }
}

/** Replay snapshots only (models and engine entries live in the same store). */
const replayEntries = (store: { entries: Map<string, Uint8Array> }) =>
  [...store.entries.keys()].filter((k) => /^[0-9a-f]{40}$/.test(k));

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function copyExample(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'driftcheck-cache-'));
  temps.push(dir);
  cpSync(join(REPO, name), dir, { recursive: true });
  return dir;
}

describe('replay cache through runCheck', () => {
  it.each(['examples/sqlite-basic', 'examples/goals-drift', 'test/fixtures/seed-goals'])(
    'gives byte-identical JSON cold, cached and uncached: %s',
    async (example) => {
      const root = join(REPO, example);
      const uncached = await reportJson(root);
      const store = memoryStore();
      expect(await reportJson(root, store)).toBe(uncached);
      expect(await reportJson(root, store)).toBe(uncached);
      expect(await reportJson(root, store, { cache: false })).toBe(uncached);
    },
  );

  it('resumes appended migrations on the cached prefix with the same result as a replay from zero', async () => {
    const root = copyExample('examples/sqlite-basic');
    const last = join(root, 'migrations/004_create_comments.sql');
    const store = memoryStore();
    const text = await import('node:fs/promises').then((fs) => fs.readFile(last, 'utf8'));
    rmSync(last);
    await reportJson(root, store);
    expect(replayEntries(store)).toHaveLength(1);
    writeFileSync(last, text);
    // An appended migration that drifts, and one that fails, are reported as from zero.
    writeFileSync(join(root, 'migrations/005_notes.sql'), 'ALTER TABLE posts ADD COLUMN notes STRING;\n');
    const uncached = await reportJson(root);
    expect(await reportJson(root, store)).toBe(uncached);
    expect(uncached).toContain('"column-extra"');
    writeFileSync(join(root, 'migrations/006_broken.sql'), 'ALTER TABLE nope ADD COLUMN x TEXT;\n');
    const failing = await reportJson(root);
    expect(failing).toContain('no such table: nope');
    expect(await reportJson(root, store)).toBe(failing);
  });

  it('reuses parsed models only while every file the loader read is unchanged', async () => {
    const root = copyExample('examples/sqlite-basic');
    const store = memoryStore();
    await reportJson(root, store);
    const models = join(root, 'schema.sql');
    const text = await import('node:fs/promises').then((fs) => fs.readFile(models, 'utf8'));
    writeFileSync(models, text.replace('published BOOLEAN NOT NULL DEFAULT false', 'published TEXT'));
    const uncached = await reportJson(root);
    expect(uncached).toContain('"column-type"');
    expect(await reportJson(root, store)).toBe(uncached);
    writeFileSync(models, `${text}\nCREATE TABLE extra (id INTEGER PRIMARY KEY);\n`);
    const extra = await reportJson(root);
    expect(extra).toContain('"table-missing"');
    expect(await reportJson(root, store)).toBe(extra);
    // A corrupt models entry is ignored and rewritten.
    writeFileSync(models, text);
    for (const key of store.entries.keys())
      if (key.startsWith('models-')) store.entries.set(key, new Uint8Array([1, 2, 3]));
    expect(await reportJson(root, store)).toBe(await reportJson(root));
  });

  it('does not use the cache when the configuration says cache: false', async () => {
    const root = copyExample('examples/sqlite-basic');
    writeFileSync(
      join(root, 'driftcheck.json'),
      JSON.stringify({ migrations: 'migrations', models: 'schema.sql', cache: false }),
    );
    const store = memoryStore();
    await reportJson(root, store);
    expect(store.writes).toBe(0);
  });
});

function migration(i: number, sql: string): Migration {
  const path = `m/${String(i).padStart(3, '0')}.sql`;
  return {
    id: path,
    version: String(i),
    name: `m${i}`,
    path,
    up: [{ sql, location: { path, line: 1 } }],
    transaction: 'migration',
    checksumSource: sql,
  };
}

function set(sqls: readonly string[], extra: Partial<MigrationSet> = {}): MigrationSet {
  return {
    format: 'plain',
    dir: 'm',
    migrations: sqls.map((sql, i) => migration(i + 1, sql)),
    foreignKeys: false,
    findings: [],
    ...extra,
  };
}

const SQL = [
  'CREATE TABLE a (id INTEGER PRIMARY KEY);',
  'ALTER TABLE a ADD COLUMN name TEXT;',
  'CREATE INDEX a_name ON a (name);',
  'CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id));',
];

const identity = { tool: '0.0.0-test', engine: 'test' };

/** replayIsolated, recording where each replay started. */
function recordingReplayer(): Replayer & { starts: number[] } {
  const starts: number[] = [];
  const replay = Object.assign(
    (s: MigrationSet, options: Parameters<Replayer>[1]) => {
      starts.push(options.from ?? 0);
      return replayIsolated(s, options);
    },
    { starts },
  );
  return replay;
}

describe('replayWithCache', () => {
  const options = { keepGoing: false, functions: [] };

  it('replays only what was appended, and nothing when nothing changed', async () => {
    const store = memoryStore();
    const replay = recordingReplayer();
    const first = await replayWithCache(set(SQL.slice(0, 2)), options, { store, identity, replay });
    expect(first.cache).toEqual({ status: 'miss', reused: 0 });
    const appended = await replayWithCache(set(SQL), options, { store, identity, replay });
    expect(appended.cache).toEqual({ status: 'prefix', reused: 2 });
    expect(appended.applied).toBe(4);
    const again = await replayWithCache(set(SQL), options, { store, identity, replay });
    expect(again.cache).toEqual({ status: 'hit', reused: 4 });
    expect(replay.starts).toEqual([0, 2]);
    const fromZero = await replayIsolated(set(SQL));
    expect(appended.schema).toEqual(fromZero.schema);
    expect(again.schema).toEqual(fromZero.schema);
  });

  it('detects a corrupt or misplaced entry, drops it and rebuilds', async () => {
    const store = memoryStore();
    const replay = recordingReplayer();
    await replayWithCache(set(SQL), options, { store, identity, replay });
    const [key, bytes] = [...store.entries][0]!;
    const corrupt = bytes.slice();
    corrupt[corrupt.length - 10]! ^= 0xff;
    store.entries.set(key, corrupt);
    const rebuilt = await replayWithCache(set(SQL), options, { store, identity, replay });
    expect(rebuilt.cache.status).toBe('miss');
    expect(decodeEntry(store.entries.get(key)!, key)).toBeDefined();
    // Truncated, and an intact entry stored under another key: both refused.
    expect(decodeEntry(bytes.subarray(0, bytes.length - 1), key)).toBeUndefined();
    expect(decodeEntry(bytes, 'f'.repeat(40))).toBeUndefined();
    expect(replay.starts).toEqual([0, 0]);
  });

  it('stores nothing for a replay that failed, and keeps the clean prefix usable', async () => {
    const store = memoryStore();
    const replay = recordingReplayer();
    await replayWithCache(set(SQL.slice(0, 3)), options, { store, identity, replay });
    const broken = [...SQL.slice(0, 3), 'ALTER TABLE missing ADD COLUMN x TEXT;'];
    const failed = await replayWithCache(set(broken), options, { store, identity, replay });
    expect(failed.failures).toHaveLength(1);
    expect(failed.failures[0]!.migration).toBe(3);
    expect(failed.applied).toBe(3);
    expect(store.entries.size).toBe(1);
    expect(replay.starts).toEqual([0, 3]);
  });

  it('never resumes a prefix of a set that runs in one outer transaction (drizzle)', async () => {
    const store = memoryStore();
    const replay = recordingReplayer();
    await replayWithCache(set(SQL.slice(0, 2), { outerTransaction: true }), options, {
      store,
      identity,
      replay,
    });
    await replayWithCache(set(SQL, { outerTransaction: true }), options, { store, identity, replay });
    expect(replay.starts).toEqual([0, 0]);
  });
});

describe('prefixKeys', () => {
  it('keeps earlier keys when migrations are appended and changes every later key on an edit', () => {
    const keys = prefixKeys(set(SQL), { ...identity, keepGoing: false, functions: [] });
    expect(prefixKeys(set(SQL.slice(0, 2)), { ...identity, keepGoing: false, functions: [] })).toEqual(
      keys.slice(0, 2),
    );
    const edited = prefixKeys(set([SQL[0]!, `${SQL[1]} `, SQL[2]!, SQL[3]!]), {
      ...identity,
      keepGoing: false,
      functions: [],
    });
    expect(edited[0]).toBe(keys[0]);
    for (let i = 1; i < 4; i++) expect(edited[i]).not.toBe(keys[i]);
  });
  it('changes with anything else that changes replay', () => {
    const base = prefixKeys(set(SQL), { ...identity, keepGoing: false, functions: [] })[0];
    expect(prefixKeys(set(SQL), { ...identity, keepGoing: true, functions: [] })[0]).not.toBe(base);
    expect(prefixKeys(set(SQL), { ...identity, keepGoing: false, functions: ['f'] })[0]).not.toBe(base);
    expect(
      prefixKeys(set(SQL), { ...identity, engine: 'other', keepGoing: false, functions: [] })[0],
    ).not.toBe(base);
    expect(prefixKeys(set(SQL), { ...identity, tool: '9', keepGoing: false, functions: [] })[0]).not.toBe(
      base,
    );
    expect(
      prefixKeys(set(SQL, { foreignKeys: true }), { ...identity, keepGoing: false, functions: [] })[0],
    ).not.toBe(base);
  });
});

describe('entry encoding', () => {
  it('round-trips', () => {
    const entry = {
      key: 'k'.repeat(40),
      count: 2,
      schema: { tables: [], views: [], triggers: [] },
      provenance: { objects: [], columns: {}, history: [] },
      database: new Uint8Array([1, 2, 3]),
    };
    expect(decodeEntry(encodeEntry(entry), entry.key)).toEqual(entry);
  });
});
