import type { Finding } from '../../findings.js';
import type { FileSystem } from '../../ports.js';
import { withAppDefaults } from '../../schema/app-defaults.js';
import { type Capabilities, EMPTY_SCHEMA } from '../../schema/types.js';
import { schemaFromStatements } from '../../sqlite/build-schema.js';
import { type BuildSchema, buildGenerated } from '../build.js';
import { modelError } from '../model-error.js';
import type { ModelLoadContext, ModelLoader, ModelSet } from '../types.js';
import { locatePrismaSchema } from './locate.js';

/** Prisma Migrate creates tables, columns, indexes and foreign keys; never views, triggers or checks. */
export const PRISMA_CAPABILITIES: Capabilities = {
  views: false,
  triggers: false,
  checks: false,
  indexNames: false,
};

/** A Prisma loader that builds schemas with `build` (tests pass their own). */
export function createPrismaLoader(build: BuildSchema = schemaFromStatements): ModelLoader {
  return {
    format: 'prisma',
    async detect(fs: FileSystem, path: string): Promise<boolean> {
      return (await locatePrismaSchema(fs, path)) !== undefined;
    },
    async load(path: string, context: ModelLoadContext): Promise<ModelSet> {
      const location = await locatePrismaSchema(context.fs, path);
      if (!location) {
        const finding = modelError(`no Prisma schema (.prisma file) found at ${path || '.'}`, {
          path,
          line: 1,
        });
        return set(path, EMPTY_SCHEMA, [finding]);
      }
      const files = await Promise.all(
        location.files.map(async (file) => ({ path: file, text: await context.fs.readText(file) })),
      );
      // The parser (and its grammar library) loads only when a Prisma schema is really there.
      const [{ parsePrismaFiles }, { prismaDdl }] = await Promise.all([
        import('./parse.js'),
        import('./ddl.js'),
      ]);
      const { document, findings } = parsePrismaFiles(files);
      const other = document.datasources.find((d) => d.provider !== undefined && d.provider !== 'sqlite');
      if (other) {
        const message = `datasource provider is "${other.provider}"; driftcheck checks Prisma schemas whose provider is "sqlite"`;
        return set(location.path, EMPTY_SCHEMA, [...findings, modelError(message, other.at)]);
      }
      const ddl = prismaDdl(document);
      const built = await buildGenerated(ddl.statements, ddl.hints, build);
      return set(location.path, withAppDefaults(built.schema, ddl.appDefaults), [
        ...findings,
        ...ddl.findings,
        ...built.findings,
      ]);
    },
  };
}

function set(path: string, schema: ModelSet['schema'], findings: readonly Finding[]): ModelSet {
  return { format: 'prisma', path, schema, capabilities: PRISMA_CAPABILITIES, findings };
}

export const prismaModelLoader: ModelLoader = createPrismaLoader();
