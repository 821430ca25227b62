import type { FileSystem } from '../../../ports.js';

function join(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

/** Where Alembic keeps its revisions: `versions/` under the script directory, or the directory itself. */
export async function versionsDir(fs: FileSystem, dir: string): Promise<string> {
  return (await fs.stat(join(dir, 'versions')))?.kind === 'dir' ? join(dir, 'versions') : dir;
}

/** The revision modules of a versions directory (every `.py` but `__init__.py`). */
export async function revisionFiles(fs: FileSystem, dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir);
  return entries
    .filter((e) => e.kind === 'file' && e.name.endsWith('.py') && e.name !== '__init__.py')
    .map((e) => join(dir, e.name));
}
