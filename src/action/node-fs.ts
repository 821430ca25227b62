import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DirEntry, FileSystem } from '../ports.js';

/** The repository on disk under `root`, read-only, through the FileSystem port. */
export function nodeFileSystem(root: string): FileSystem {
  const at = (path: string) => join(root, ...path.split('/').filter(Boolean));
  return {
    async readFile(path) {
      return new Uint8Array(await readFile(at(path)));
    },
    readText(path) {
      return readFile(at(path), 'utf8');
    },
    async readdir(path) {
      const entries = await readdir(at(path), { withFileTypes: true });
      const out: DirEntry[] = [];
      for (const entry of entries) {
        // Follow symlinks: a linked migrations folder is still the project's.
        const kind = entry.isSymbolicLink()
          ? (await stat(join(at(path), entry.name)).catch(() => undefined))?.isDirectory()
            ? 'dir'
            : 'file'
          : entry.isDirectory()
            ? 'dir'
            : 'file';
        out.push({ name: entry.name, kind });
      }
      return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    async stat(path) {
      const s = await stat(at(path)).catch(() => undefined);
      if (!s) return undefined;
      return { kind: s.isDirectory() ? 'dir' : 'file' };
    },
  };
}
