import { normalizeJoin } from '../paths.js';
import type { FileSystem } from '../ports.js';

/** Folders never searched for model files. */
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', 'migrations']);

/** Files under `dir` (recursively, sorted, skipping dependency and build folders) that `accept` keeps. */
export async function findFiles(
  fs: FileSystem,
  dir: string,
  accept: (name: string) => boolean,
  depth = 8,
): Promise<string[]> {
  const out: string[] = [];
  let entries: Awaited<ReturnType<FileSystem['readdir']>>;
  try {
    entries = await fs.readdir(dir);
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = normalizeJoin(dir, entry.name);
    if (entry.kind === 'file' && accept(entry.name)) out.push(path);
    else if (entry.kind === 'dir' && depth > 0 && !SKIPPED.has(entry.name) && !entry.name.startsWith('.')) {
      out.push(...(await findFiles(fs, path, accept, depth - 1)));
    }
  }
  return out;
}

export async function readTextIfFile(fs: FileSystem, path: string): Promise<string | undefined> {
  if ((await fs.stat(path))?.kind !== 'file') return undefined;
  return fs.readText(path);
}
