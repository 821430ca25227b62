import type { FileSystem } from '../../ports.js';
import { schemaFromStatements } from '../../sqlite/build-schema.js';
import type { BuildSchema } from '../build.js';
import type { ModelLoadContext, ModelLoader, ModelSet } from '../types.js';
import { findConfig, findSchemaFiles } from './locate.js';

/**
 * A Drizzle (sqlite-core) loader that builds schemas with `build` (tests pass their own).
 * Detection reads text only; the reader (TypeScript and the schema evaluator) loads when a
 * schema is read.
 */
export function createDrizzleLoader(build: BuildSchema = schemaFromStatements): ModelLoader {
  return {
    format: 'drizzle',
    async detect(fs: FileSystem, path: string): Promise<boolean> {
      const config = await findConfig(fs, path);
      if (config)
        return !/dialect\s*:\s*['"](postgresql|mysql|singlestore|gel)['"]/.test(await fs.readText(config));
      return (await findSchemaFiles(fs, path)).length > 0;
    },
    async load(path: string, context: ModelLoadContext): Promise<ModelSet> {
      const { loadDrizzleModels } = await import('./read.js');
      return loadDrizzleModels(path, context, build);
    },
  };
}

export const drizzleModelLoader: ModelLoader = createDrizzleLoader();
