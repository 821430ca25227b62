import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSystem } from '../../src/ports.js';

/** A FileSystem over a directory on disk, for fixtures. */
export function dirFileSystem(root: string): FileSystem {
  const abs = (path: string) => join(root, ...path.split('/').filter(Boolean));
  return {
    readFile: async (path) => new Uint8Array(await readFile(abs(path))),
    readText: (path) => readFile(abs(path), 'utf8'),
    async readdir(path) {
      const entries = await readdir(abs(path), { withFileTypes: true });
      return entries
        .filter((e) => e.isFile() || e.isDirectory())
        .map((e) => ({ name: e.name, kind: e.isDirectory() ? ('dir' as const) : ('file' as const) }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    async stat(path) {
      try {
        const s = await stat(abs(path));
        return s.isDirectory() ? { kind: 'dir' } : s.isFile() ? { kind: 'file' } : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** A FileSystem over an in-memory map of path → text. */
export function memoryFileSystem(files: Readonly<Record<string, string>>): FileSystem {
  const paths = Object.keys(files);
  const isDir = (path: string) => path === '' || paths.some((p) => p.startsWith(`${path}/`));
  return {
    readFile: async (path) => new TextEncoder().encode(files[path]),
    async readText(path) {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
    async readdir(path) {
      if (!isDir(path)) throw new Error(`ENOTDIR: ${path}`);
      const prefix = path === '' ? '' : `${path}/`;
      const names = new Map<string, 'file' | 'dir'>();
      for (const p of paths) {
        if (!p.startsWith(prefix)) continue;
        const rest = p.slice(prefix.length);
        const slash = rest.indexOf('/');
        names.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'file' : 'dir');
      }
      return [...names].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, kind]) => ({ name, kind }));
    },
    async stat(path) {
      if (files[path] !== undefined) return { kind: 'file' };
      return isDir(path) ? { kind: 'dir' } : undefined;
    },
  };
}
