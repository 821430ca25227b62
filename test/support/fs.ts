import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DirEntry, FileSystem } from '../../src/ports.js';

/** FileSystem implementations for tests: over a directory on disk, over in-memory files, and one laid over another. */

const byName = (a: DirEntry, b: DirEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const fsError = (code: 'ENOENT' | 'ENOTDIR', path: string) =>
  Object.assign(new Error(`${code}: ${path}`), { code });

/** A read-only FileSystem over a directory on disk (repository-relative '/' paths), for fixtures. */
export function directoryFs(root: string): FileSystem {
  const abs = (path: string) => join(root, ...path.split('/').filter(Boolean));
  return {
    readFile: async (path) => new Uint8Array(await readFile(abs(path))),
    readText: (path) => readFile(abs(path), 'utf8'),
    async readdir(path) {
      const entries = await readdir(abs(path), { withFileTypes: true });
      return entries
        .filter((e) => e.isFile() || e.isDirectory())
        .map((e): DirEntry => ({ name: e.name, kind: e.isDirectory() ? 'dir' : 'file' }))
        .sort(byName);
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

/**
 * An in-memory repository: keys are repository-relative paths (`db/migrations/001_x.sql`), values
 * the file's text or bytes. Directories exist implicitly; a key ending in `/` makes an empty one.
 */
export function memoryFs(files: Readonly<Record<string, string | Uint8Array>>): FileSystem {
  const contents = new Map<string, string | Uint8Array>();
  const dirs = new Map<string, Map<string, DirEntry['kind']>>([['', new Map()]]);

  const addEntry = (path: string, kind: DirEntry['kind']) => {
    const slash = path.lastIndexOf('/');
    const parent = slash < 0 ? '' : path.slice(0, slash);
    addDir(parent);
    dirs.get(parent)!.set(path.slice(slash + 1), kind);
  };
  const addDir = (path: string) => {
    if (dirs.has(path)) return;
    dirs.set(path, new Map());
    addEntry(path, 'dir');
  };

  for (const [path, content] of Object.entries(files)) {
    if (path.endsWith('/')) {
      addDir(path.slice(0, -1));
    } else {
      contents.set(path, content);
      addEntry(path, 'file');
    }
  }

  const content = (path: string) => {
    const found = contents.get(path);
    if (found === undefined) throw fsError('ENOENT', path);
    return found;
  };

  return {
    async readText(path) {
      const found = content(path);
      return typeof found === 'string' ? found : new TextDecoder().decode(found);
    },
    async readFile(path) {
      const found = content(path);
      return typeof found === 'string' ? new TextEncoder().encode(found) : found;
    },
    async readdir(path) {
      const entries = dirs.get(path);
      if (!entries) throw fsError('ENOTDIR', path);
      return [...entries].map(([name, kind]): DirEntry => ({ name, kind })).sort(byName);
    },
    async stat(path) {
      if (dirs.has(path)) return { kind: 'dir' };
      if (contents.has(path)) return { kind: 'file' };
      return undefined;
    },
  };
}

/** `top` laid over `base`: files in `top` win, directory listings are merged. */
export function overlayFs(base: FileSystem, top: FileSystem): FileSystem {
  const pick = async (path: string) => ((await top.stat(path))?.kind === 'file' ? top : base);
  return {
    readFile: async (path) => (await pick(path)).readFile(path),
    readText: async (path) => (await pick(path)).readText(path),
    async readdir(path) {
      const entries = new Map<string, DirEntry['kind']>();
      for (const fs of [base, top])
        if ((await fs.stat(path))?.kind === 'dir')
          for (const e of await fs.readdir(path)) entries.set(e.name, e.kind);
      return [...entries].map(([name, kind]): DirEntry => ({ name, kind })).sort(byName);
    },
    stat: async (path) => (await top.stat(path)) ?? base.stat(path),
  };
}
