import type { DirEntry, FileSystem } from '../../src/ports.js';

/**
 * An in-memory repository for tests: keys are repository-relative paths (`db/migrations/001_x.sql`),
 * values the file text. Directories exist implicitly; a key ending in `/` creates an empty one.
 */
export function memfs(files: Readonly<Record<string, string>>): FileSystem {
  const contents = new Map<string, string>();
  const dirs = new Map<string, Map<string, DirEntry['kind']>>([['', new Map()]]);

  const addDir = (path: string) => {
    if (dirs.has(path)) return;
    dirs.set(path, new Map());
    const slash = path.lastIndexOf('/');
    const parent = slash < 0 ? '' : path.slice(0, slash);
    addDir(parent);
    dirs.get(parent)!.set(path.slice(slash + 1), 'dir');
  };

  for (const [rawPath, text] of Object.entries(files)) {
    if (rawPath.endsWith('/')) {
      addDir(rawPath.slice(0, -1));
      continue;
    }
    contents.set(rawPath, text);
    const slash = rawPath.lastIndexOf('/');
    const parent = slash < 0 ? '' : rawPath.slice(0, slash);
    addDir(parent);
    dirs.get(parent)!.set(rawPath.slice(slash + 1), 'file');
  }

  const missing = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });

  return {
    async readText(path) {
      const text = contents.get(path);
      if (text === undefined) throw missing(path);
      return text;
    },
    async readFile(path) {
      const text = contents.get(path);
      if (text === undefined) throw missing(path);
      return new TextEncoder().encode(text);
    },
    async readdir(path) {
      const entries = dirs.get(path);
      if (!entries) throw Object.assign(new Error(`ENOTDIR: ${path}`), { code: 'ENOTDIR' });
      return [...entries]
        .map(([name, kind]) => ({ name, kind }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    async stat(path) {
      if (dirs.has(path)) return { kind: 'dir' };
      if (contents.has(path)) return { kind: 'file' };
      return undefined;
    },
  };
}
