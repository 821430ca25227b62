import { describe, expect, it } from 'vitest';
import {
  findHistoryState,
  historyFindingsCached,
  historyStateKeys,
  storeHistoryState,
} from '../../src/cache/history-cache.js';
import type { CacheStore } from '../../src/cache/types.js';
import { loadConfig } from '../../src/config/load.js';
import type { ResolvedProject } from '../../src/config/resolve.js';
import type { Finding } from '../../src/findings.js';
import type { HistoryState } from '../../src/integrity/history.js';
import type { MigrationSet } from '../../src/migrations/types.js';
import type { FileSystem } from '../../src/ports.js';

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

const sql = 'CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT);';
const set = (down: string): MigrationSet => ({
  format: 'plain',
  dir: 'm',
  migrations: [
    {
      id: 'm/001.sql',
      version: '1',
      name: 'm1',
      path: 'm/001.sql',
      up: [{ sql, location: { path: 'm/001.sql', line: 1 } }],
      down: [{ sql: down, location: { path: 'm/001.sql', line: 3 } }],
      transaction: 'migration',
      checksumSource: sql,
    },
  ],
  foreignKeys: false,
  findings: [],
});

const project = (rules: Record<string, string> = {}) =>
  ({ name: 'app', root: '', functions: [], rules }) as unknown as ResolvedProject;

const identity = { tool: '0.0.0-test', engine: 'test' };

/** An analysis that says which call it was, so a reused result is visible. */
function countingAnalysis() {
  let calls = 0;
  const analyse = async () => {
    calls++;
    const findings: Finding[] = [
      {
        rule: 'down-mismatch',
        severity: 'warning',
        message: `call ${calls}`,
        locations: [{ path: 'm/001.sql', line: 3 }],
      },
    ];
    return { findings, cacheable: true };
  };
  return { analyse, calls: () => calls };
}

describe('historyFindingsCached', () => {
  it('reuses the findings while the set and the settings are unchanged', async () => {
    const store = memoryStore();
    const { analyse, calls } = countingAnalysis();
    const first = await historyFindingsCached(project(), set('DROP TABLE a;'), { store, identity }, analyse);
    const again = await historyFindingsCached(project(), set('DROP TABLE a;'), { store, identity }, analyse);
    expect(again).toEqual(first);
    expect(calls()).toBe(1);
  });

  it('analyses again when a down migration, a history rule or the engine changes', async () => {
    const store = memoryStore();
    const { analyse, calls } = countingAnalysis();
    await historyFindingsCached(project(), set('DROP TABLE a;'), { store, identity }, analyse);
    await historyFindingsCached(project(), set('DROP TABLE IF EXISTS a;'), { store, identity }, analyse);
    expect(calls()).toBe(2);
    await historyFindingsCached(
      project({ 'down-mismatch': 'off' }),
      set('DROP TABLE a;'),
      { store, identity },
      analyse,
    );
    expect(calls()).toBe(3);
    await historyFindingsCached(
      project(),
      set('DROP TABLE a;'),
      { store, identity: { ...identity, engine: 'other' } },
      analyse,
    );
    expect(calls()).toBe(4);
  });

  it('analyses again when the entry is corrupt', async () => {
    const store = memoryStore();
    const { analyse, calls } = countingAnalysis();
    await historyFindingsCached(project(), set('DROP TABLE a;'), { store, identity }, analyse);
    for (const key of store.entries.keys()) store.entries.set(key, new Uint8Array([1, 2, 3]));
    const found = await historyFindingsCached(project(), set('DROP TABLE a;'), { store, identity }, analyse);
    expect(calls()).toBe(2);
    expect(found[0]?.message).toBe('call 2');
  });
});

/** A set of `n` migrations, the last one's down text given. */
function longSet(n: number, lastDown = 'DROP TABLE t;'): MigrationSet {
  const one = set(lastDown).migrations[0]!;
  return {
    ...set(lastDown),
    migrations: Array.from({ length: n }, (_, i) => ({
      ...one,
      id: `m/00${i}.sql`,
      path: `m/00${i}.sql`,
      ...(i === n - 1 ? {} : { down: [] }),
    })),
  };
}

const stateOf = (count: number): HistoryState => ({
  count,
  destructive: {
    connection: { foreign_keys: 1 },
    state: { losses: [[0, []]], failures: [], unseedable: [] },
    database: new Uint8Array([count, 1, 2, 3]),
  },
});

describe('history states by prefix', () => {
  it('keeps earlier keys when migrations are appended; any down, rule or engine change changes them', () => {
    const keys = historyStateKeys(project(), longSet(3), identity);
    expect(historyStateKeys(project(), longSet(4), identity).slice(0, 2)).toEqual(keys.slice(0, 2));
    expect(historyStateKeys(project(), longSet(3, 'DROP TABLE x;'), identity)[2]).not.toBe(keys[2]);
    expect(historyStateKeys(project({ 'down-mismatch': 'off' }), longSet(3), identity)[0]).not.toBe(keys[0]);
    expect(historyStateKeys(project(), longSet(3), { ...identity, engine: 'other' })[0]).not.toBe(keys[0]);
  });

  it('finds the state after the longest saved prefix, and drops a corrupt one', async () => {
    const store = memoryStore();
    const keys = historyStateKeys(project(), longSet(5), identity);
    await storeHistoryState(keys, stateOf(2), store);
    await storeHistoryState(keys, stateOf(3), store);
    expect(await findHistoryState(longSet(5), keys, store)).toEqual(stateOf(3));
    store.entries.set(keys[2]!, new Uint8Array([9, 9, 9]));
    expect(await findHistoryState(longSet(5), keys, store)).toEqual(stateOf(2));
    expect(store.entries.has(keys[2]!)).toBe(false);
    // Drizzle's one outer transaction: never resumed.
    expect(await findHistoryState({ ...longSet(5), outerTransaction: true }, keys, store)).toBeUndefined();
  });
});

function textFs(files: Record<string, string>): FileSystem {
  const bytes = (p: string): Uint8Array => {
    const text = files[p];
    if (text === undefined) throw Object.assign(new Error(`ENOENT ${p}`), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  };
  return {
    readFile: async (p: string) => bytes(p),
    readText: async (p: string) => new TextDecoder().decode(bytes(p)),
    readdir: async () => [],
    stat: async (p: string) => (files[p] === undefined ? undefined : { kind: 'file' as const }),
  };
}

describe('loadConfig with a memo', () => {
  it('returns the same configuration validated or remembered, and still rejects invalid text', async () => {
    const store = memoryStore();
    const fs = textFs({
      'driftcheck.json': JSON.stringify({ migrations: 'db/migrations', failOn: 'warning' }),
    });
    const plain = await loadConfig(fs);
    expect(await loadConfig(fs, undefined, store)).toEqual(plain);
    expect(store.entries.size).toBe(1);
    expect(await loadConfig(fs, undefined, store)).toEqual(plain);
    const bad = textFs({ 'driftcheck.json': JSON.stringify({ failOn: 'sometimes' }) });
    await expect(loadConfig(bad, undefined, store)).rejects.toThrow(/failOn/);
  });

  it('remembers nothing for a configuration that turns the cache off', async () => {
    const store = memoryStore();
    const fs = textFs({ 'driftcheck.json': JSON.stringify({ cache: false }) });
    expect((await loadConfig(fs, undefined, store)).config.cache).toBe(false);
    expect(store.entries.size).toBe(0);
  });
});
