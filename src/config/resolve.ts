import type { CheckOverrides } from '../check.js';
import { UsageError } from '../errors.js';
import type { RuleId } from '../findings.js';
import { MIGRATION_FORMATS, type MigrationFormat } from '../migrations/types.js';
import { MODEL_FORMATS, type ModelFormat } from '../models/types.js';
import { normalizeJoinInside } from '../paths.js';
import { DEFAULT_BUDGET_MS } from '../sqlite/replay-types.js';
import type { Config, ProjectConfig } from './schema.js';

export const DEFAULT_TIMEOUT_MS = DEFAULT_BUDGET_MS;

export interface ResolvedMigrations {
  /** Repository-relative; undefined = autodetect under the project root. */
  readonly path?: string;
  readonly format: MigrationFormat | 'auto';
  readonly command?: string;
  readonly entry?: string;
  readonly placeholders: Readonly<Record<string, string>>;
}

export interface ResolvedModels {
  readonly path?: string;
  readonly format: ModelFormat | 'auto';
  readonly command?: string;
}

/** One project with every setting decided: config defaults, then project settings, then flags. */
export interface ResolvedProject {
  readonly name: string;
  /** Repository-relative project directory (`''` for the repository root). */
  readonly root: string;
  readonly migrations: ResolvedMigrations;
  /** Undefined when models are neither configured nor detectable: check only replays. */
  readonly models?: ResolvedModels;
  readonly modelsConfigured: boolean;
  readonly databases: readonly string[];
  readonly functions: readonly string[];
  readonly ignore: readonly string[];
  readonly rules: Readonly<Partial<Record<RuleId, 'error' | 'warning' | 'notice' | 'off'>>>;
  readonly timeoutMs: number;
  readonly keepGoing: boolean;
}

/** Joins repository-relative path parts, normalising `.` and `..`; a path leaving the repository is a usage error. */
function joinInside(...parts: readonly string[]): string {
  const path = normalizeJoinInside(...parts);
  if (path === undefined)
    throw new UsageError(`path leaves the repository: ${parts.filter(Boolean).join('/')}`);
  return path;
}

function basename(path: string): string {
  return path.split('/').filter(Boolean).pop() ?? '';
}

function asList(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/** The name a single root-level project gets when nothing names it: the repository's directory. */
export function repositoryName(rootDir: string): string {
  return rootDir.split(/[\\/]/).filter(Boolean).pop() ?? 'app';
}

/**
 * Turns the configuration and the command-line flags into the list of projects to check.
 * `repoName` names a single root-level project when nothing else does.
 */
export function resolveProjects(
  config: Config,
  overrides: CheckOverrides,
  repoName: string,
): ResolvedProject[] {
  const defaults: ProjectConfig = {
    ...config,
    projects: undefined,
    $schema: undefined,
    failOn: undefined,
    cache: undefined,
  } as ProjectConfig;
  let projects: ProjectConfig[] = config.projects
    ? config.projects.map((p) => ({ ...defaults, ...p, rules: { ...defaults.rules, ...p.rules } }))
    : [defaults];
  if (overrides.project) {
    const wanted = overrides.project;
    const match = projects.filter((p, i) => projectName(p, repoName, i) === wanted);
    if (match.length === 0) {
      const names = projects.map((p, i) => projectName(p, repoName, i)).join(', ');
      throw new UsageError(`no project named "${wanted}"; the configuration has: ${names}`);
    }
    projects = match;
  }
  const flagged =
    overrides.migrations ?? overrides.models ?? overrides.migrationsFormat ?? overrides.modelsFormat;
  if (flagged !== undefined && projects.length > 1)
    throw new UsageError(
      `--migrations/--models apply to one project, and the configuration has ${projects.length}: add --project NAME`,
    );
  return projects.map((p, i) => resolveOne(p, overrides, projectName(p, repoName, i)));
}

function projectName(p: ProjectConfig, repoName: string, index: number): string {
  return p.name ?? (p.root ? basename(p.root) : index === 0 ? repoName : `project-${index + 1}`);
}

function checkFormat<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | 'auto' {
  if (value === undefined || value === 'auto') return 'auto';
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of auto, ${allowed.join(', ')} (got "${value}")`);
}

function resolveOne(p: ProjectConfig, o: CheckOverrides, name: string): ResolvedProject {
  const root = joinInside(p.root ?? '');
  const m = typeof p.migrations === 'string' ? { path: p.migrations } : (p.migrations ?? {});
  const md = typeof p.models === 'string' ? { path: p.models } : p.models;
  // Flags are relative to the repository root; config paths to the project root.
  const migrationsPath =
    o.migrations !== undefined ? joinInside(o.migrations) : m.path ? joinInside(root, m.path) : undefined;
  const modelsPath =
    o.models !== undefined ? joinInside(o.models) : md?.path ? joinInside(root, md.path) : undefined;
  const migrationsFormat = checkFormat(
    o.migrationsFormat ?? m.format,
    MIGRATION_FORMATS,
    '--migrations-format',
  );
  const modelsFormat = checkFormat(o.modelsFormat ?? md?.format, MODEL_FORMATS, '--models-format');
  const migrationsCommand = o.migrations !== undefined ? undefined : m.command;
  const modelsCommand = o.models !== undefined ? undefined : md?.command;
  if (migrationsFormat === 'command' && !migrationsCommand)
    throw new UsageError('migrations.format "command" needs migrations.command in the configuration');
  if (modelsFormat === 'command' && !modelsCommand)
    throw new UsageError('models.format "command" needs models.command in the configuration');
  const databases =
    o.database && o.database.length > 0
      ? o.database.map((d) => joinInside(d))
      : asList(p.database).map((d) => joinInside(root, d));
  return {
    name,
    root,
    migrations: {
      path: migrationsPath,
      format: migrationsCommand ? 'command' : migrationsFormat,
      command: migrationsCommand,
      entry: m.entry,
      placeholders: { ...p.placeholders, ...m.placeholders },
    },
    models:
      modelsPath || modelsCommand || modelsFormat !== 'auto'
        ? { path: modelsPath, format: modelsCommand ? 'command' : modelsFormat, command: modelsCommand }
        : undefined,
    modelsConfigured: md !== undefined || o.models !== undefined,
    databases,
    functions: p.functions ?? [],
    ignore: p.ignore ?? [],
    rules: p.rules ?? {},
    timeoutMs: p.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    keepGoing: o.keepGoing ?? p.keepGoing ?? false,
  };
}
