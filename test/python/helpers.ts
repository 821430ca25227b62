import { execFileSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSystem } from '../../src/ports.js';

/** A read-only FileSystem over a directory on disk (repository-relative '/' paths). */
export function diskFs(root: string): FileSystem {
  const abs = (p: string) => join(root, ...p.split('/').filter(Boolean));
  return {
    readFile: async (p) => new Uint8Array(await readFile(abs(p))),
    readText: async (p) => readFile(abs(p), 'utf8'),
    readdir: async (p) =>
      (await readdir(abs(p), { withFileTypes: true }))
        .map((e) => ({ name: e.name, kind: e.isDirectory() ? ('dir' as const) : ('file' as const) }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    stat: async (p) => {
      try {
        const s = await stat(abs(p));
        return { kind: s.isDirectory() ? 'dir' : 'file' };
      } catch {
        return undefined;
      }
    },
  };
}

/** An in-memory FileSystem from a map of path → text. */
export function memoryFs(files: Readonly<Record<string, string>>): FileSystem {
  const dirs = new Set<string>(['']);
  for (const path of Object.keys(files)) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return {
    readFile: async (p) => new TextEncoder().encode(files[p]),
    readText: async (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`ENOENT: ${p}`);
      return text;
    },
    readdir: async (p) => {
      if (!dirs.has(p)) throw new Error(`ENOTDIR: ${p}`);
      const prefix = p ? `${p}/` : '';
      const names = new Map<string, 'file' | 'dir'>();
      for (const path of [...Object.keys(files), ...dirs]) {
        if (!path.startsWith(prefix) || path === p) continue;
        const rest = path.slice(prefix.length);
        if (!rest) continue;
        const [head, ...tail] = rest.split('/');
        names.set(head!, tail.length > 0 || dirs.has(path) ? 'dir' : 'file');
      }
      return [...names].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, kind]) => ({ name, kind }));
    },
    stat: async (p) => (p in files ? { kind: 'file' } : dirs.has(p) ? { kind: 'dir' } : undefined),
  };
}

/** A Python interpreter that can import the given modules (Debian's /usr/bin/python3 first). */
export function findPython(modules: readonly string[]): string | undefined {
  for (const candidate of ['/usr/bin/python3', 'python3', 'python']) {
    try {
      execFileSync(candidate, ['-c', modules.map((m) => `import ${m}`).join('; ')], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

export const normalizeSql = (sql: string): string =>
  sql.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim();
