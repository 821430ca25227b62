import type { ModelLoadContext, ModelLoader, ModelSet } from '../types.js';
import { pythonFiles } from './files.js';

/**
 * SQLAlchemy models, read statically. Detection reads text only; the reader (Python parser and
 * interpreter) loads when models are read.
 */

const SQLALCHEMY_MARKER = /\b(sqlalchemy|flask_sqlalchemy|db\.Model|db\.Column|mapped_column)\b/;

export const sqlalchemyModels: ModelLoader = {
  format: 'sqlalchemy',
  async detect(fs, path) {
    const kind = (await fs.stat(path))?.kind;
    const files =
      kind === 'dir' ? await pythonFiles(fs, path) : kind === 'file' && path.endsWith('.py') ? [path] : [];
    for (const file of files) if (SQLALCHEMY_MARKER.test(await fs.readText(file))) return true;
    return false;
  },
  async load(path: string, context: ModelLoadContext): Promise<ModelSet> {
    const { loadSqlalchemyModels } = await import('./read.js');
    return loadSqlalchemyModels(path, context);
  },
};
