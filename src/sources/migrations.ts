import type { ResolvedMigrations } from '../config/resolve.js';
import { UsageError } from '../errors.js';
import { detectFormat, findMigrationDirs } from '../migrations/detect.js';
import { loaderFor, MIGRATION_LOADERS } from '../migrations/registry.js';
import type { MigrationSet } from '../migrations/types.js';
import type { FileSystem } from '../ports.js';

export interface LoadedMigrations {
  readonly set: MigrationSet;
  /** What autodetection chose, in words (undefined when everything was configured). */
  readonly detected?: string;
}

/**
 * Finds and reads a project's migrations: the configured directory (format configured or
 * detected), or the best candidate among the usual places. Undefined when there is none.
 */
export async function loadMigrationSet(
  fs: FileSystem,
  projectRoot: string,
  config: ResolvedMigrations,
): Promise<LoadedMigrations | undefined> {
  let dir = config.path;
  let detected: string | undefined;
  if (dir === undefined) {
    const candidates = await findMigrationDirs(fs, projectRoot);
    const best = candidates[0];
    if (!best) return undefined;
    dir = best.dir;
    detected = `migrations: ${best.reason}`;
  } else {
    const found = await fs.stat(dir);
    if (!found) throw new UsageError(`migrations directory not found: ${dir}`);
    if (found.kind !== 'dir') throw new UsageError(`migrations path is a file, not a directory: ${dir}`);
  }
  const options = { placeholders: config.placeholders, ...(config.entry ? { entry: config.entry } : {}) };
  if (config.format !== 'auto' && config.format !== 'command') {
    const loader = loaderFor(config.format);
    if (!loader) throw new UsageError(`migrations format "${config.format}" is not available in this build`);
    return { set: await loader.load(fs, dir, options), detected };
  }
  const format = await detectFormat(fs, dir, MIGRATION_LOADERS);
  if (!format)
    throw new UsageError(
      `no migrations recognised in ${dir || '.'}: set migrations.format in driftcheck.json (or --migrations-format)`,
    );
  detected ??= `migrations: ${dir || '.'} (${format.format}, detected)`;
  return { set: await format.loader.load(fs, dir, options), detected };
}
