import { describe, expect, it } from 'vitest';
import { historyFindingsCached } from '../../src/cache/history-cache.js';
import type { CacheStore } from '../../src/cache/types.js';
import { loadConfig } from '../../src/config/load.js';
import type { ResolvedProject } from '../../src/config/resolve.js';
import type { Finding } from '../../src/findings.js';
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
