import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run.js';

/** A scratch directory removed by `cleanup`. */
export function scratch(prefix: string): { readonly dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), `driftcheck-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function copyFixture(name: string, to: string): void {
  cpSync(join(import.meta.dirname, '../fixtures', name), to, { recursive: true });
}

/** Runs the CLI in-process from `cwd`; returns the exit code and what it printed. */
export async function cli(
  cwd: string,
  argv: readonly string[],
): Promise<{ readonly code: number; readonly stdout: string; readonly stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd,
    env: {},
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += text;
    },
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** Runs python3 with a script (the real sqlite3 module writes the databases users have). */
export function python(cwd: string, script: string, args: readonly string[] = []): string {
  return execFileSync('python3', ['-c', script, ...args], { cwd, encoding: 'utf8' });
}

export function hasPython(): boolean {
  try {
    execFileSync('python3', ['-c', 'import sqlite3'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Bytes and modification time of a file, to prove it was not touched. */
export function fingerprint(path: string): { readonly bytes: Buffer; readonly mtimeMs: number } {
  return { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs };
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
}
