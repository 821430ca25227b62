import type { ProcessResult, ProcessRunner } from '../ports.js';

/** Output kept per stream: a runaway command must not exhaust memory; the tail is what matters. */
const MAX_OUTPUT = 1024 * 1024;

function keepTail(buffer: string, chunk: string): string {
  const next = buffer + chunk;
  return next.length > MAX_OUTPUT ? next.slice(next.length - MAX_OUTPUT) : next;
}

/**
 * Runs a command line through the shell. On timeout the whole process group is killed (SIGTERM,
 * then SIGKILL), so a runner that spawned children does not outlive the check.
 */
export const nodeProcessRunner: ProcessRunner = {
  async run(command, options) {
    // Loaded on first use: most checks run no command, and a cached run is over in the time it takes.
    const { spawn } = await import('node:child_process');
    return new Promise<ProcessResult>((resolvePromise) => {
      const child = spawn(command, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        shell: true,
        detached: process.platform !== 'win32',
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
      });
      let stdout = '';
      let stderr = '';
      let timedOut = false;
      let settled = false;
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        stdout = keepTail(stdout, d);
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        stderr = keepTail(stderr, d);
      });
      const kill = (signal: NodeJS.Signals) => {
        try {
          if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, signal);
          else child.kill(signal);
        } catch {
          // already gone
        }
      };
      let killTimer: NodeJS.Timeout | undefined;
      const timer = setTimeout(() => {
        timedOut = true;
        kill('SIGTERM');
        killTimer = setTimeout(() => kill('SIGKILL'), 2000);
      }, options.timeoutMs);
      const finish = (code: number | null, error?: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (killTimer) clearTimeout(killTimer);
        if (error)
          stderr = keepTail(stderr, `${stderr && !stderr.endsWith('\n') ? '\n' : ''}${error.message}\n`);
        resolvePromise({ code, stdout, stderr, timedOut });
      };
      child.on('error', (error) => finish(null, error));
      child.on('close', (code) => finish(code));
    });
  },
};
