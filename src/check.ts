import type { Clock, FileSystem, ProcessRunner, TempFiles } from './ports.js';
import type { Report } from './report/types.js';

/** Command-line flags or action inputs; each overrides the config file. */
export interface CheckOverrides {
  readonly config?: string;
  readonly migrations?: string;
  readonly migrationsFormat?: string;
  readonly models?: string;
  readonly modelsFormat?: string;
  readonly database?: readonly string[];
  readonly keepGoing?: boolean;
  /** Git ref for integrity checks (migration-edited / migration-order against the base branch). */
  readonly base?: string;
}

export interface CheckPorts {
  /** The repository as it is to be checked (working tree, or the git index for `--staged`). */
  readonly fs: FileSystem;
  /** Absolute path of the repository root on disk. */
  readonly rootDir: string;
  readonly clock: Clock;
  readonly process?: ProcessRunner;
  readonly temp?: TempFiles;
}

/**
 * Runs every configured project: replays migrations, loads models and databases, compares them,
 * and returns the report. Throws `UsageError` for invalid configuration or arguments.
 */
export async function runCheck(_overrides: CheckOverrides, _ports: CheckPorts): Promise<Report> {
  throw new Error('runCheck: not implemented yet');
}
