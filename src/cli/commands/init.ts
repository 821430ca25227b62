import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../errors.js';
import { findMigrationDirs } from '../../migrations/detect.js';
import { detectModelLoader, MODEL_CANDIDATES } from '../../models/registry.js';
import { nodeFileSystem } from '../../node/fs.js';
import { parseCommandArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { rootArgument } from '../paths.js';

const OPTIONS = { force: { type: 'boolean' } } as const;

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'init');
  const rootDir = rootArgument(positionals, io.cwd, 'init');
  const target = join(rootDir, 'driftcheck.json');
  if (existsSync(target) && !values.force)
    throw new UsageError(`${target} already exists: pass --force to overwrite it`);
  const fs = nodeFileSystem(rootDir);
  const migrations = (await findMigrationDirs(fs, ''))[0];
  let models: { path?: string; format: string } | undefined;
  for (const candidate of MODEL_CANDIDATES) {
    const path = candidate.path;
    if (!(await fs.stat(path))) continue;
    const loader = await detectModelLoader(fs, path, candidate.formats);
    if (loader) {
      // The project directory itself (Prisma, Drizzle): the loader finds its files from there on
      // each run, so only the format is written.
      models = path ? { path, format: loader.format } : { format: loader.format };
      break;
    }
  }
  if (!migrations && !models)
    throw new UsageError(
      'found no migrations or models at the usual places: write driftcheck.json by hand (see README.md, "Configuration")',
    );
  const config: Record<string, unknown> = {
    $schema: './node_modules/driftcheck/schema/driftcheck.schema.json',
  };
  if (migrations) config.migrations = { path: migrations.dir, format: migrations.format };
  if (models) config.models = models;
  writeFileSync(target, `${JSON.stringify(config, null, 2)}\n`);
  io.stdout(`wrote ${target}\n`);
  if (migrations) io.stdout(`  ${migrations.reason}\n`);
  else io.stdout('  no migrations found: add "migrations" to check them\n');
  if (models)
    io.stdout(`  models: ${models.path ?? 'found from the project directory'} (${models.format})\n`);
  else io.stdout('  no models found: add "models" to compare the migrations with them\n');
  io.stdout("Run 'driftcheck check' next.\n");
  return 0;
}
