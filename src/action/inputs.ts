import { posix } from 'node:path';
import { UsageError } from '../errors.js';
import type { Severity } from '../findings.js';

export type CommentMode = 'auto' | 'always' | 'never';
export type FailOn = Severity | 'never';

/** Every action input, read and validated once (see action.yml for the documentation). */
export interface ActionInputs {
  readonly githubToken: string;
  /** Relative to the workspace, `/`-separated, normalized; `.` for the workspace itself. */
  readonly workingDirectory: string;
  readonly config?: string;
  readonly migrations?: string;
  readonly models?: string;
  readonly database: readonly string[];
  readonly failOn: FailOn;
  readonly comment: CommentMode;
  /** Where to write SARIF, relative to the workspace. */
  readonly sarif?: string;
  readonly base?: string;
  /** Whether `migrations.command` / `models.command` may run (they run repository code). */
  readonly allowCommands: boolean;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** The runner passes `with:` values as INPUT_<NAME>, upper-cased, spaces as `_`, hyphens kept. */
function input(env: Env, name: string): string | undefined {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
  return value ? value : undefined;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = input(env, name);
  if (value === undefined) return fallback;
  const lower = value.toLowerCase();
  if ((allowed as readonly string[]).includes(lower)) return lower as T;
  throw new UsageError(`Input '${name}' must be one of ${allowed.join(', ')}; got '${value}'.`);
}

/** A path that must stay inside the workspace. */
function relativePath(env: Env, name: string): string | undefined {
  const value = input(env, name);
  if (value === undefined) return undefined;
  const path = value.replace(/\\/g, '/');
  const normalized = posix.normalize(path).replace(/\/+$/, '') || '.';
  if (posix.isAbsolute(normalized) || normalized === '..' || normalized.startsWith('../')) {
    throw new UsageError(`Input '${name}' must be a path inside the repository; got '${value}'.`);
  }
  return normalized;
}

/** One or more database files: one per line or comma-separated. */
function list(env: Env, name: string): string[] {
  const value = input(env, name);
  if (value === undefined) return [];
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

export function readInputs(env: Env): ActionInputs {
  return {
    githubToken: input(env, 'github-token') ?? '',
    workingDirectory: relativePath(env, 'working-directory') ?? '.',
    config: input(env, 'config'),
    migrations: input(env, 'migrations'),
    models: input(env, 'models'),
    database: list(env, 'database'),
    failOn: oneOf(env, 'fail-on', ['error', 'warning', 'notice', 'never'] as const, 'error'),
    comment: oneOf(env, 'comment', ['auto', 'always', 'never'] as const, 'auto'),
    sarif: relativePath(env, 'sarif'),
    base: input(env, 'base'),
    allowCommands: oneOf(env, 'allow-commands', ['true', 'false'] as const, 'false') === 'true',
  };
}
