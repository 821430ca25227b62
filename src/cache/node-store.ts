import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
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

/** The CacheStore port over a directory; created on first write, pruned to the most recently used entries. */
export function nodeCacheStore(dir: string): CacheStore {
  const file = (key: string) => join(dir, `${key}${SUFFIX}`);
  return {
    async keys() {
      const names = await readdir(dir).catch(() => [] as string[]);
      return names.filter((n) => n.endsWith(SUFFIX)).map((n) => n.slice(0, -SUFFIX.length));
    },
    async read(key) {
      const bytes = await readFile(file(key)).catch(() => undefined);
      if (!bytes) return undefined;
      // Mark it used, so pruning keeps it.
      const now = new Date();
      await utimes(file(key), now, now).catch(() => undefined);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    async write(key, bytes) {
      await mkdir(dir, { recursive: true });
      const temporary = `${file(key)}.${process.pid}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, file(key));
      await prune(dir);
    },
    async remove(key) {
      await rm(file(key), { force: true });
    },
  };
}

async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(SUFFIX));
  if (names.length <= KEEP) return;
  const dated = await Promise.all(
    names.map(async (name) => ({
      name,
      used: (await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0,
    })),
  );
  dated.sort((a, b) => b.used - a.used);
  await Promise.all(dated.slice(KEEP).map((d) => rm(join(dir, d.name), { force: true })));
}
