import type { FileSystem } from '../../ports.js';
import type { MigrationLoader, MigrationLoadOptions } from '../loader.js';
import type { MigrationSet } from '../types.js';
import { type Candidate, candidates } from './python/files.js';

/**
 * Hand-rolled Python migration managers: a directory of `NNN_name.sql` and `NNN_name.py` files run
 * in version order, each module through its entry function (`upgrade(conn)` by default). The SQL
 * string literals a module executes are its statements.
 */

export const pythonLoader: MigrationLoader = {
  format: 'python',

  async detect(fs, dir) {
    let files: Candidate[];
    try {
      files = await candidates(fs, dir);
    } catch {
      return 0;
    }
    const modules = files.filter((f) => f.kind === 'py');
    if (modules.length === 0) return 0;
    for (const m of modules) {
      const text = await fs.readText(m.path);
      // Alembic revisions belong to the alembic loader.
      if (/^\s*down_revision\s*[:=]/m.test(text)) return 0;
    }
    for (const m of modules) {
      const text = await fs.readText(m.path);
      if (/^def\s+\w+\s*\(/m.test(text) && /\.(execute|executescript)\s*\(|execute_sql\s*\(/.test(text))
        return 45;
    }
    return 0;
  },

  async load(fs: FileSystem, dir: string, options: MigrationLoadOptions): Promise<MigrationSet> {
    const { readPythonSet } = await import('./python/read.js');
    return readPythonSet(fs, dir, options);
  },
};
