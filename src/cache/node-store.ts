import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CacheStore } from './types.js';

const SUFFIX = '.replay';
/** Entries kept per cache directory (most recently used first); each is a few hundred KB to a few MB. */
const KEEP = 24;

/**
 * Where replay snapshots go: `$DRIFTCHECK_CACHE_DIR`; else the project's `node_modules/.cache/driftcheck`
 * when it has node_modules (like other build tools); else `$XDG_CACHE_HOME/driftcheck` or
 * `~/.cache/driftcheck`.
 */
export function defaultCacheDir(rootDir: string, env: Readonly<Record<string, string | undefined>>): string {
  if (env.DRIFTCHECK_CACHE_DIR) return env.DRIFTCHECK_CACHE_DIR;
  const modules = join(rootDir, 'node_modules');
  if (existsSync(modules)) return join(modules, '.cache', 'driftcheck');
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(base, 'driftcheck');
}

/**
 * The CacheStore port over a directory; created on first write, pruned to the most recently used
 * entries. Synchronous file calls behind the async interface: a cached run is a few of them, and
 * loading fs/promises alone would cost more.
 */
export function nodeCacheStore(dir: string): CacheStore {
  const file = (key: string) => join(dir, `${key}${SUFFIX}`);
  return {
    async keys() {
      const names = attempt(() => readdirSync(dir)) ?? [];
      return names.filter((n) => n.endsWith(SUFFIX)).map((n) => n.slice(0, -SUFFIX.length));
    },
    async read(key) {
      const bytes = attempt(() => readFileSync(file(key)));
      if (!bytes) return undefined;
      // Mark it used, so pruning keeps it.
      const now = new Date();
      attempt(() => utimesSync(file(key), now, now));
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    async write(key, bytes) {
      mkdirSync(dir, { recursive: true });
      const temporary = `${file(key)}.${process.pid}.tmp`;
      writeFileSync(temporary, bytes);
      renameSync(temporary, file(key));
      prune(dir);
    },
    async remove(key) {
      rmSync(file(key), { force: true });
    },
  };
}

/** The value, or undefined when `run` throws (a missing or unreadable file). */
function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

function prune(dir: string): void {
  const names = readdirSync(dir).filter((n) => n.endsWith(SUFFIX));
  if (names.length <= KEEP) return;
  const dated = names.map((name) => ({
    name,
    used: attempt(() => statSync(join(dir, name)))?.mtimeMs ?? 0,
  }));
  dated.sort((a, b) => b.used - a.used);
  for (const d of dated.slice(KEEP)) rmSync(join(dir, d.name), { force: true });
}
