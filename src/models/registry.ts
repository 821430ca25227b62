import type { FileSystem } from '../ports.js';
import { drizzleModelLoader } from './drizzle/loader.js';
import { prismaModelLoader } from './prisma/loader.js';
import { sqlModelLoader } from './sql.js';
import { sqlalchemyModels } from './sqlalchemy/loader.js';
import { sqliteFileModelLoader } from './sqlite-file.js';
import type { ModelFormat, ModelLoader } from './types.js';

/**
 * Every model source. Detection asks each in order; more specific ones come first (a database
 * file is recognised by its header, before anything looks at file names).
 */
export const MODEL_LOADERS: readonly ModelLoader[] = [
  sqliteFileModelLoader,
  sqlModelLoader,
  prismaModelLoader,
  drizzleModelLoader,
  sqlalchemyModels,
];

/**
 * Where projects usually keep their models, relative to the project root, most specific first,
 * with the formats worth asking there.
 */
export const MODEL_CANDIDATES: readonly {
  readonly path: string;
  readonly formats?: readonly ModelFormat[];
}[] = [
  { path: 'schema.sql' },
  { path: 'db/schema.sql' },
  { path: 'sql/schema.sql' },
  { path: 'database/schema.sql' },
  { path: 'structure.sql' },
  { path: 'db/structure.sql' },
  { path: 'models.py' },
  { path: 'app/models.py' },
  { path: 'src/models.py' },
  { path: 'models', formats: ['sqlalchemy'] },
  { path: 'app/models', formats: ['sqlalchemy'] },
  // Last, the project directory itself: the ORM loaders find their own files from there
  // (prisma/schema.prisma, drizzle.config.*). SQLAlchemy is not asked: Alembic revisions import
  // sqlalchemy too, so only the usual model places above count for it.
  { path: '', formats: ['prisma', 'drizzle'] },
];

export function modelLoaderFor(format: ModelFormat): ModelLoader | undefined {
  return MODEL_LOADERS.find((loader) => loader.format === format);
}

/** The first loader that recognises `path`, or undefined. */
export async function detectModelLoader(
  fs: FileSystem,
  path: string,
  formats?: readonly ModelFormat[],
): Promise<ModelLoader | undefined> {
  for (const loader of MODEL_LOADERS) {
    if (formats && !formats.includes(loader.format)) continue;
    // A loader that throws while probing is a bug in it, not a property of the path.
    if (await loader.detect(fs, path).catch(() => false)) return loader;
  }
  return undefined;
}
