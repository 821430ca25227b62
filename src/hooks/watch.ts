import type { CheckPorts } from '../check.js';
import { CONFIG_FILE, loadConfig } from '../config/load.js';
import { repositoryName, resolveProjects } from '../config/resolve.js';
import { loadMigrationSet } from '../sources/migrations.js';
import { loadModelSet } from '../sources/models.js';

/**
 * Paths that can change a check's result in the usual layouts: migration directories, ORM schema
 * files and their configs (Prisma, Drizzle, SQLAlchemy, Alembic, Flyway, diesel, sqlx), SQL
 * snapshots, driftcheck.json. A POSIX ERE that Python's `re` reads the same way: it is also the
 * `files:` pattern of .pre-commit-hooks.yaml (a test keeps the two equal).
 */
export const DEFAULT_WATCH =
  '(^|/)(migrations?|migrate|alembic|versions|drizzle|prisma|models|db|database|sql|schema)/' +
  '|\\.(sql|prisma)$' +
  '|(^|/)(driftcheck\\.json|_journal\\.json|models\\.py|schema\\.py|alembic\\.ini|flyway\\.conf' +
  '|[^/]*\\.toml|drizzle\\.config\\.[cm]?[jt]s|[^/]*schema\\.ts|package\\.json)$';

/** One path to watch: a file exactly, or everything under a directory. */
export interface Watched {
  readonly path: string;
  readonly dir: boolean;
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/** An ERE matching the watched paths, each placed under `prefix` (the project's place in the repository). */
export function watchPattern(watched: readonly Watched[], prefix: string): string {
  const under = (path: string) => [prefix, path].filter(Boolean).join('/');
  const alternatives = [
    ...new Set(
      watched.map((w) =>
        w.dir
          ? w.path === ''
            ? prefix
              ? `${escapeRegex(prefix)}/`
              : ''
            : `${escapeRegex(under(w.path))}/`
          : `${escapeRegex(under(w.path))}$`,
      ),
    ),
  ];
  // A watched root directory means every staged path counts.
  if (alternatives.includes('')) return '.';
  return `^(${alternatives.join('|')})`;
}

/**
 * What a check of this repository reads, found the way `check` finds it (configuration, then
 * autodetection). Undefined when some part cannot be pinned down (a command runner, nothing detected
 * yet, a configuration error): the caller then watches DEFAULT_WATCH.
 */
export async function watchedPaths(
  ports: CheckPorts,
  configPath: string | undefined,
): Promise<readonly Watched[] | undefined> {
  try {
    const { config, path } = await loadConfig(ports.fs, configPath);
    const watched: Watched[] = [{ path: path ?? CONFIG_FILE, dir: false }];
    for (const project of resolveProjects(config, {}, repositoryName(ports.rootDir))) {
      if (project.migrations.format === 'command' || project.models?.format === 'command') return undefined;
      const migrations = await loadMigrationSet(ports.fs, project.root, project.migrations);
      const models = await loadModelSet(ports, project);
      if (!migrations || !models) return undefined;
      watched.push({ path: migrations.set.dir, dir: true });
      const modelsKind = await ports.fs.stat(models.set.path);
      watched.push({ path: models.set.path, dir: modelsKind?.kind === 'dir' });
      // Files an ORM's loader reads besides its schema.
      if (models.set.format === 'prisma') watched.push({ path: 'package.json', dir: false });
      if (models.set.format === 'drizzle')
        for (const name of [
          'drizzle.config.ts',
          'drizzle.config.js',
          'drizzle.config.mjs',
          'drizzle.config.cjs',
        ])
          watched.push({ path: [project.root, name].filter(Boolean).join('/'), dir: false });
    }
    return watched;
  } catch {
    return undefined;
  }
}
