import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { repositoryName, resolveProjects } from '../../config/resolve.js';
import { UsageError } from '../../errors.js';
import { LOCK_FILE, parseLock, renderLock } from '../../integrity/lock.js';
import type { MigrationSet } from '../../migrations/types.js';
import { nodeFileSystem } from '../../node/fs.js';
import { loadMigrationSet } from '../../sources/migrations.js';
import { parseCommandArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { relativeToRoot, rootArgument } from '../paths.js';

const OPTIONS = {
  config: { type: 'string' },
  project: { type: 'string' },
  migrations: { type: 'string' },
  'migrations-format': { type: 'string' },
} as const;

/** `driftcheck lock [ROOT]`: writes ROOT/driftcheck.sum with the sha256 of every migration. */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'lock');
  const rootDir = rootArgument(positionals, io.cwd, 'lock');
  const fs = nodeFileSystem(rootDir);
  const rel = (p: unknown) => (typeof p === 'string' ? relativeToRoot(io.cwd, rootDir, p) : undefined);
  const { config } = await loadConfig(fs, rel(values.config));
  const projects = resolveProjects(
    config,
    {
      project: values.project as string | undefined,
      migrations: rel(values.migrations),
      migrationsFormat: values['migrations-format'] as string | undefined,
    },
    repositoryName(rootDir),
  );
  const sets: MigrationSet[] = [];
  for (const project of projects) {
    if (project.migrations.format === 'command') continue;
    const loaded = await loadMigrationSet(fs, project.root, project.migrations);
    if (loaded) sets.push(loaded.set);
  }
  if (sets.length === 0)
    throw new UsageError(
      'found no migrations to lock: pass --migrations PATH or write a driftcheck.json (driftcheck init)',
    );
  const target = join(rootDir, LOCK_FILE);
  const previous = existsSync(target) ? parseLock(readFileSync(target, 'utf8')) : [];
  writeFileSync(target, renderLock(sets, previous));
  const count = sets.reduce((n, s) => n + s.migrations.filter((m) => !m.repeatable).length, 0);
  io.stdout(
    `Wrote ${LOCK_FILE} with ${count} migration${count === 1 ? '' : 's'}. Commit it; check reports edits to them.\n`,
  );
  return 0;
}
