import { readdirSync, readFileSync, type Stats, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { DirEntry, FileSystem } from '../ports.js';

/** What is at `path` (links followed); undefined when nothing, or nothing readable, is there. */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A relative path with nothing to resolve: no empty, `.` or `..` segment, not starting with `..`. */
function isPlain(path: string): boolean {
  if (path === '' || path.startsWith('..')) return false;
  for (const part of path.split('/')) if (part === '' || part === '.' || part === '..') return false;
  return true;
}

/**
 * The FileSystem port over a directory on disk. Paths are repository-relative and `/`-separated;
 * a path that would leave `rootDir` (`../x`, an absolute path) is rejected, so a configuration file
 * cannot make driftcheck read outside the repository.
 *
 * The reads are synchronous behind the async interface: a check reads hundreds of small files,
 * and a few system calls each in turn cost a fifth of what the thread pool's round trips
 * (open, stat, read, close per file) do — most of a cached run at 1,000 migrations.
 */
export function nodeFileSystem(rootDir: string): FileSystem {
  const root = resolve(rootDir);
  const prefix = root.endsWith(sep) ? root : `${root}${sep}`;

  const toAbsolute = (path: string): string => {
    // The common case needs no resolving: a check asks for hundreds of paths.
    if (sep === '/' && isPlain(path)) return `${prefix}${path}`;
    const absolute = resolve(root, ...path.split('/').filter((part) => part !== ''));
    const rel = relative(root, absolute);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      throw Object.assign(new Error(`path is outside the repository: ${path}`), { code: 'EACCES' });
    }
    return absolute;
  };

  return {
    async readFile(path) {
      // A view, not a copy: copying every file doubles the allocations a check makes.
      const bytes = readFileSync(toAbsolute(path));
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    async readText(path) {
      return readFileSync(toAbsolute(path), 'utf8');
    },
    async readdir(path) {
      const dir = toAbsolute(path);
      const dirents = readdirSync(dir, { withFileTypes: true });
      const entries: DirEntry[] = [];
      for (const dirent of dirents) {
        let kind: DirEntry['kind'] | undefined;
        if (dirent.isFile()) kind = 'file';
        else if (dirent.isDirectory()) kind = 'dir';
        else if (dirent.isSymbolicLink()) {
          // Follow links (a migrations folder shared between projects); skip dangling ones.
          const target = statOrUndefined(`${dir}${sep}${dirent.name}`);
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
      const info = statOrUndefined(absolute);
      if (!info) return undefined;
      if (info.isDirectory()) return { kind: 'dir' };
      if (info.isFile()) return { kind: 'file' };
      return undefined;
    },
  };
}
