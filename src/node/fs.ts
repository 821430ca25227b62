import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { DirEntry, FileSystem } from '../ports.js';

/**
 * The FileSystem port over a directory on disk. Paths are repository-relative and `/`-separated;
 * a path that would leave `rootDir` (`../x`, an absolute path) is rejected, so a configuration file
 * cannot make driftcheck read outside the repository.
 */
export function nodeFileSystem(rootDir: string): FileSystem {
  const root = resolve(rootDir);

  const toAbsolute = (path: string): string => {
    const absolute = resolve(root, ...path.split('/').filter((part) => part !== ''));
    const rel = relative(root, absolute);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      throw Object.assign(new Error(`path is outside the repository: ${path}`), { code: 'EACCES' });
    }
    return absolute;
  };

  return {
    async readFile(path) {
      return new Uint8Array(await readFile(toAbsolute(path)));
    },
    async readText(path) {
      return readFile(toAbsolute(path), 'utf8');
    },
    async readdir(path) {
      const dir = toAbsolute(path);
      const dirents = await readdir(dir, { withFileTypes: true });
      const entries: DirEntry[] = [];
      for (const dirent of dirents) {
        let kind: DirEntry['kind'] | undefined;
        if (dirent.isFile()) kind = 'file';
        else if (dirent.isDirectory()) kind = 'dir';
        else if (dirent.isSymbolicLink()) {
          // Follow links (a migrations folder shared between projects); skip dangling ones.
          const target = await stat(`${dir}${sep}${dirent.name}`).catch(() => undefined);
          kind = target?.isDirectory() ? 'dir' : target?.isFile() ? 'file' : undefined;
        }
        if (kind) entries.push({ name: dirent.name, kind });
      }
      return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    async stat(path) {
      let absolute: string;
      try {
        absolute = toAbsolute(path);
      } catch {
        return undefined;
      }
      const info = await stat(absolute).catch(() => undefined);
      if (!info) return undefined;
      if (info.isDirectory()) return { kind: 'dir' };
      if (info.isFile()) return { kind: 'file' };
      return undefined;
    },
  };
}
