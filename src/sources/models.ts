import type { CheckPorts } from '../check.js';
import type { ResolvedProject } from '../config/resolve.js';
import { UsageError } from '../errors.js';
import { commandDepsOf, runModelsCommand } from '../models/command.js';
import { detectModelLoader, MODEL_CANDIDATES, modelLoaderFor } from '../models/registry.js';
import type { ModelSet } from '../models/types.js';
import { joinPath } from '../paths.js';
import { ALL_CAPABILITIES, EMPTY_SCHEMA } from '../schema/types.js';

export interface LoadedModels {
  readonly set: ModelSet;
  readonly detected?: string;
}

/**
 * Loads a project's models: the configured path (format configured or detected), or the first
 * of the usual places that a model loader recognises. Undefined when there are none.
 */
export async function loadModelSet(
  ports: CheckPorts,
  project: ResolvedProject,
): Promise<LoadedModels | undefined> {
  const context = {
    fs: ports.fs,
    rootDir: ports.rootDir,
    process: ports.process,
    temp: ports.temp,
    timeoutMs: project.timeoutMs,
  };
  const config = project.models;
  if (config?.format === 'command' && config.command) {
    const outcome = await runModelsCommand(config.command, commandDepsOf(context));
    const { schemaFromCommand } = await import('./command.js');
    const { schema, findings } = await schemaFromCommand(outcome);
    return {
      set: {
        format: 'command',
        path: 'models.command',
        schema: schema ?? EMPTY_SCHEMA,
        capabilities: ALL_CAPABILITIES,
        findings,
      },
    };
  }
  if (config?.path !== undefined) {
    const found = await ports.fs.stat(config.path);
    if (!found) throw new UsageError(`models not found: ${config.path}`);
    if (config.format !== 'auto') {
      const loader = modelLoaderFor(config.format);
      if (!loader) throw new UsageError(`models format "${config.format}" is not available in this build`);
      return { set: await loader.load(config.path, context) };
    }
    const loader = await detectModelLoader(ports.fs, config.path);
    if (!loader)
      throw new UsageError(
        `could not tell what kind of models ${config.path} holds: set models.format (sql, sqlite, sqlalchemy, prisma, drizzle)`,
      );
    return {
      set: await loader.load(config.path, context),
      detected: `models: ${config.path || '.'} (${loader.format}, detected)`,
    };
  }
  for (const candidate of MODEL_CANDIDATES) {
    const path = joinPath(project.root, candidate.path);
    if (!(await ports.fs.stat(path))) continue;
    const loader =
      config && config.format !== 'auto'
        ? modelLoaderFor(config.format)
        : await detectModelLoader(ports.fs, path, candidate.formats);
    if (!loader || !(await loader.detect(ports.fs, path))) continue;
    // The set's path names what was found (prisma/schema.prisma, src/db/schema.ts), also when the
    // candidate is the project directory itself; and the config file that named it, if any.
    const set = await loader.load(path, context);
    const named = set.config === undefined ? '' : `, named by ${set.config}`;
    return { set, detected: `models: ${set.path || path || '.'}${named} (${loader.format}, detected)` };
  }
  return undefined;
}
