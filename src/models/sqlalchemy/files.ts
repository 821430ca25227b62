import type { FileSystem } from '../../ports.js';

/** Folders that never hold a project's models. */
const SKIP_DIRS = new Set([
  '__pycache__',
  '.git',
  '.venv',
  'venv',
  'env',
  'node_modules',
  'site-packages',
  'migrations',
  'alembic',
  'versions',
  'tests',
  'test',
]);

/** The `.py` files under `dir`, outside virtualenvs, tests and migration folders. */
export async function pythonFiles(fs: FileSystem, dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir)) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.kind === 'dir') {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.'))
        out.push(...(await pythonFiles(fs, path)));
    } else if (entry.name.endsWith('.py')) {
      out.push(path);
    }
  }
  return out;
}
