import type { Finding, RuleId } from '../findings.js';
import type { ProcessRunner, TempFiles } from '../ports.js';
import type { SourceRef } from '../schema/types.js';

/**
 * Command mode: run a project's own tool (its migration runner, or a script that creates the
 * expected schema) against a fresh scratch SQLite file and hand back that file's bytes. This runs
 * repository code; it is only ever used when configured.
 */

export interface CommandDeps {
  readonly process?: ProcessRunner;
  readonly temp?: TempFiles;
  /** Absolute path of the repository root: the command's working directory. */
  readonly rootDir: string;
  readonly timeoutMs: number;
  /** Where the command is configured, for the finding's location. */
  readonly configLocation?: SourceRef;
}

export interface CommandOutcome {
  /** The scratch database's bytes; undefined when the command failed or wrote nothing. */
  readonly bytes?: Uint8Array;
  readonly findings: readonly Finding[];
  readonly stdout: string;
  readonly stderr: string;
}

/** Single-quoted for POSIX shells; cmd.exe takes double quotes. */
export function shellQuote(value: string, platform: string = process.platform): string {
  if (platform === 'win32') return `"${value.replace(/"/g, '""')}"`;
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `{db}` → the scratch file's path (quoted for the shell). */
export function expandCommand(command: string, dbPath: string, platform: string = process.platform): string {
  return command.replace(/\{db\}/g, shellQuote(dbPath, platform));
}

/** The last lines of a stream, enough to see the error without flooding a report. */
export function tail(text: string, lines = 20, chars = 2000): string {
  const kept = text.trimEnd().split(/\r?\n/).slice(-lines).join('\n');
  return kept.length > chars ? `…${kept.slice(kept.length - chars)}` : kept;
}

export async function runScratchDbCommand(
  command: string,
  deps: CommandDeps,
  rule: Extract<RuleId, 'replay-error' | 'model-error'>,
  what: string,
): Promise<CommandOutcome> {
  const fail = (message: string, stdout = '', stderr = '', fix?: string): CommandOutcome => ({
    findings: [
      {
        rule,
        severity: 'error',
        message,
        locations: deps.configLocation ? [deps.configLocation] : [],
        ...(fix ? { fix } : {}),
      },
    ],
    stdout,
    stderr,
  });
  if (!deps.process || !deps.temp) {
    return fail(`${what} command mode is not available here (no process runner): ${command}`);
  }
  const dir = await deps.temp.makeDir(rule === 'replay-error' ? 'migrations' : 'models');
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  const dbPath = `${dir}${sep}scratch.db`;
  const url = `sqlite:///${dbPath.replace(/\\/g, '/')}`;
  const expanded = expandCommand(command, dbPath);
  const result = await deps.process.run(expanded, {
    cwd: deps.rootDir,
    env: { DRIFTCHECK_DB: dbPath, DATABASE_URL: url },
    timeoutMs: deps.timeoutMs,
  });
  const details = tail(result.stderr) || tail(result.stdout);
  if (result.timedOut) {
    return fail(
      `the ${what} command did not finish within ${Math.round(deps.timeoutMs / 1000)} s and was stopped: ${command}${details ? `\n${details}` : ''}`,
      result.stdout,
      result.stderr,
    );
  }
  if (result.code !== 0) {
    return fail(
      `the ${what} command failed (exit ${result.code ?? 'signal'}): ${command}${details ? `\n${details}` : ''}`,
      result.stdout,
      result.stderr,
    );
  }
  const bytes = deps.temp.readFile ? await deps.temp.readFile(dbPath) : undefined;
  if (!bytes || bytes.length === 0) {
    return fail(
      `the ${what} command succeeded but wrote no database to {db} (${dbPath}); use {db}, $DRIFTCHECK_DB or $DATABASE_URL as its target`,
      result.stdout,
      result.stderr,
    );
  }
  return { bytes, findings: [], stdout: result.stdout, stderr: result.stderr };
}
