import type { FileSystem } from '../ports.js';
import { drizzleModelLoader } from './drizzle/loader.js';
import { prismaModelLoader } from './prisma/loader.js';
import { sqlModelLoader } from './sql.js';
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
];

/** Where projects usually keep their models, relative to the project root, most specific first. */
export const MODEL_CANDIDATES: readonly string[] = [
  'schema.sql',
  'db/schema.sql',
  'sql/schema.sql',
  'database/schema.sql',
  'structure.sql',
  'db/structure.sql',
  // Last, the project directory itself: ORM loaders find their own files (prisma/schema.prisma,
  // drizzle.config.*) from there.
  '',
];

export function modelLoaderFor(format: ModelFormat): ModelLoader | undefined {
  return MODEL_LOADERS.find((loader) => loader.format === format);
}

/** The first loader that recognises `path`, or undefined. */
export async function detectModelLoader(fs: FileSystem, path: string): Promise<ModelLoader | undefined> {
  for (const loader of MODEL_LOADERS) {
    // A loader that throws while probing is a bug in it, not a property of the path.
    if (await loader.detect(fs, path).catch(() => false)) return loader;
  }
  return undefined;
}
