import type { DirEntry, FileSystem } from '../ports.js';
import type { GitRunner } from './runner.js';

/**
 * The repository as it is in one commit (`git ls-tree` / `git cat-file`), behind the same
 * read-only FileSystem port as the working tree. `prefix` is where the checked root sits inside the
 * git repository (`git rev-parse --show-prefix`), so paths stay relative to that root.
 */
export async function gitTreeFileSystem(
  runner: GitRunner,
  commit: string,
  prefix: string,
): Promise<FileSystem> {
  const base = prefix.replace(/\/?$/, prefix ? '/' : '');
  const listing = await runner.git([
    'ls-tree',
    '-r',
    '-z',
    '--full-tree',
    '--name-only',
    commit,
    '--',
    ...(base ? [base] : []),
  ]);
  if (listing.code !== 0) throw new Error(`git ls-tree ${commit} failed: ${listing.stderr.trim()}`);
  const files = new Set<string>();
  const dirs = new Map<string, Map<string, DirEntry['kind']>>([['', new Map()]]);
  const addDir = (path: string): Map<string, DirEntry['kind']> => {
    let entries = dirs.get(path);
    if (entries) return entries;
    entries = new Map();
    dirs.set(path, entries);
    const slash = path.lastIndexOf('/');
    addDir(slash < 0 ? '' : path.slice(0, slash)).set(path.slice(slash + 1), 'dir');
    return entries;
  };
  for (const full of new TextDecoder().decode(listing.stdout).split('\0')) {
    if (full.length === 0 || !full.startsWith(base)) continue;
    const path = full.slice(base.length);
    files.add(path);
    const slash = path.lastIndexOf('/');
    addDir(slash < 0 ? '' : path.slice(0, slash)).set(path.slice(slash + 1), 'file');
  }
  const missing = (path: string) =>
    Object.assign(new Error(`ENOENT: ${path} (in ${commit})`), { code: 'ENOENT' });

  const readFile = async (path: string): Promise<Uint8Array> => {
    if (!files.has(path)) throw missing(path);
    const blob = await runner.git(['cat-file', 'blob', `${commit}:${base}${path}`]);
    if (blob.code !== 0) throw missing(path);
    return blob.stdout;
  };
  return {
    readFile,
    async readText(path) {
      return new TextDecoder().decode(await readFile(path));
    },
    async readdir(path) {
      const entries = dirs.get(path);
      if (!entries) throw Object.assign(new Error(`ENOTDIR: ${path} (in ${commit})`), { code: 'ENOTDIR' });
      return [...entries]
        .map(([name, kind]) => ({ name, kind }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    async stat(path) {
      if (dirs.has(path)) return { kind: 'dir' };
      if (files.has(path)) return { kind: 'file' };
      return undefined;
    },
  };
}
