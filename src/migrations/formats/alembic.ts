import type { FileSystem } from '../../ports.js';
import type { MigrationLoader } from '../loader.js';
import type { MigrationSet } from '../types.js';
import { revisionFiles, versionsDir } from './alembic/files.js';

/**
 * Alembic: `versions/*.py` revisions ordered by their revision graph (never by file name), each
 * upgrade()/downgrade() interpreted into the SQL Alembic emits on SQLite. Detection reads text
 * only; the reader (Python parser and interpreter) loads when an Alembic history is read.
 */

const REVISION = /^revision\s*(?::\s*str\s*)?=\s*['"]/m;
const DOWN_REVISION = /^down_revision\s*(?::[^=]+)?=/m;

export const alembicLoader: MigrationLoader = {
  format: 'alembic',

  async detect(fs, dir) {
    let files: string[];
    try {
      files = await revisionFiles(fs, await versionsDir(fs, dir));
    } catch {
      return 0;
    }
    for (const f of files) {
      const text = await fs.readText(f);
      if (REVISION.test(text) && DOWN_REVISION.test(text)) return 80;
    }
    return 0;
  },

  async load(fs: FileSystem, dir: string): Promise<MigrationSet> {
    const { readAlembicSet } = await import('./alembic/read.js');
    return readAlembicSet(fs, dir);
  },
};
