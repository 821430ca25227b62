import type { DirEntry, FileSystem } from '../ports.js';
import type { GitIndex, IndexEntry } from './types.js';

const SYMLINK = '120000';
const SUBMODULE = '160000';

/** `a/./b/../c` → `a/c`; undefined when the path leaves the root. */
function normalize(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function notFound(path: string): Error {
  return Object.assign(new Error(`not in the git index: ${path}`), { code: 'ENOENT' });
}

export interface IndexFileSystem extends FileSystem {
  /**
   * The staged blob id of a file (links followed), undefined when there is no such file: names
   * its content without reading the blob, so a cache can check it cheaply.
   */
  blobId(path: string): Promise<string | undefined>;
}

/**
 * The FileSystem port over the git index: what `git commit` would record. Files exist when they
 * are staged (unstaged edits and untracked files are invisible); directories are the parents of
 * staged paths. Symbolic links resolve to the staged file or directory they point at, inside the
 * listed directory; submodules are left out.
 */
export async function indexFileSystem(git: GitIndex): Promise<IndexFileSystem> {
  const files = new Map<string, IndexEntry>();
  const links = new Map<string, IndexEntry>();
  const dirs = new Map<string, Map<string, DirEntry['kind']>>([['', new Map()]]);

  const addDir = (path: string): Map<string, DirEntry['kind']> => {
    let children = dirs.get(path);
    if (children) return children;
    children = new Map();
    dirs.set(path, children);
    const parent = parentOf(path);
    addDir(parent).set(path.slice(parent ? parent.length + 1 : 0), 'dir');
    return children;
  };

  for (const entry of await git.listStaged()) {
    if (entry.mode === SUBMODULE) continue;
    const path = normalize(entry.path);
    if (!path) continue;
    if (entry.mode === SYMLINK) links.set(path, entry);
    else files.set(path, entry);
    const parent = parentOf(path);
    // Placeholder kind: links get theirs once every path is known.
    addDir(parent).set(path.slice(parent ? parent.length + 1 : 0), 'file');
  }

  // Like Buffer#toString('utf8') in the working-tree FileSystem: a byte-order mark stays.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const linkTargets = new Map<string, string | undefined>();
  /** Follows staged symbolic links (a few hops at most) to a path that is a file or directory. */
  const resolve = async (path: string, hops = 0): Promise<string | undefined> => {
    const normal = normalize(path);
    if (normal === undefined || hops > 8) return undefined;
    // Resolve the parent first: a link may sit anywhere along the path.
    const parent = parentOf(normal);
    const base = normal.slice(parent ? parent.length + 1 : 0);
    const realParent = parent === '' ? '' : await resolve(parent, hops);
    if (realParent === undefined) return undefined;
    const candidate = realParent ? `${realParent}/${base}` : base;
    const link = links.get(candidate);
    if (!link) return files.has(candidate) || dirs.has(candidate) ? candidate : undefined;
    if (!linkTargets.has(candidate)) {
      const target = decoder.decode(await git.readBlob(link.oid));
      const joined = target.startsWith('/') ? undefined : `${parentOf(candidate)}/${target}`;
      linkTargets.set(candidate, joined === undefined ? undefined : await resolve(joined, hops + 1));
    }
    return linkTargets.get(candidate);
  };

  const entryOf = async (path: string): Promise<IndexEntry | undefined> => {
    const real = await resolve(path);
    return real === undefined ? undefined : files.get(real);
  };

  const readFile = async (path: string): Promise<Uint8Array> => {
    const entry = await entryOf(path);
    if (!entry) throw notFound(path);
    return git.readBlob(entry.oid);
  };

  return {
    readFile,
    async blobId(path) {
      return (await entryOf(path))?.oid;
    },
    async readText(path) {
      return decoder.decode(await readFile(path));
    },
    async readdir(path) {
      const real = await resolve(path);
      const children = real === undefined ? undefined : dirs.get(real);
      if (!children) throw notFound(path);
      const entries: DirEntry[] = [];
      for (const [name, placeholder] of children) {
        const child = real ? `${real}/${name}` : name;
        let kind: DirEntry['kind'] | undefined = placeholder;
        if (links.has(child)) {
          const target = await resolve(child);
          kind = target === undefined ? undefined : dirs.has(target) ? 'dir' : 'file';
        }
        if (kind) entries.push({ name, kind });
      }
      return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    async stat(path) {
      const real = await resolve(path);
      if (real === undefined) return undefined;
      return dirs.has(real) ? { kind: 'dir' } : { kind: 'file' };
    },
  };
}
