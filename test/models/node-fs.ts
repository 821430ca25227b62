import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSystem } from '../../src/ports.js';

/** A FileSystem over a real directory, for loading fixtures. */
export function directoryFs(root: string): FileSystem {
  return {
    readFile: async (path) => new Uint8Array(await readFile(join(root, path))),
    readText: (path) => readFile(join(root, path), 'utf8'),
    readdir: async (path) =>
      (await readdir(join(root, path), { withFileTypes: true }))
        .map((d) => ({ name: d.name, kind: d.isDirectory() ? ('dir' as const) : ('file' as const) }))
        .sort((a, b) => (a.name < b.name ? -1 : 1)),
    stat: async (path) => {
      try {
        const s = await stat(join(root, path));
        return { kind: s.isDirectory() ? 'dir' : 'file' };
      } catch {
        return undefined;
      }
    },
  };
}

/** A FileSystem over in-memory files. */
export function memoryFs(files: Readonly<Record<string, Uint8Array | string>>): FileSystem {
  const bytes = (path: string) => {
    const f = files[path];
    if (f === undefined) throw new Error(`ENOENT: ${path}`);
    return typeof f === 'string' ? new TextEncoder().encode(f) : f;
  };
  return {
    readFile: async (path) => bytes(path),
    readText: async (path) => new TextDecoder().decode(bytes(path)),
    readdir: async () => [],
    stat: async (path) => (files[path] === undefined ? undefined : { kind: 'file' }),
  };
}
