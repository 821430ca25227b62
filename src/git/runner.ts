export interface GitResult {
  readonly code: number;
  readonly stdout: Uint8Array;
  readonly stderr: string;
}

/** Runs `git` with arguments (no shell) in one repository. The port tests replace. */
export interface GitRunner {
  git(args: readonly string[]): Promise<GitResult>;
}

/** `git` on this machine, run in `cwd`. Output is kept as bytes: blobs need not be text. */
export function nodeGitRunner(cwd: string): GitRunner {
  return {
    async git(args) {
      // Loaded on first use: only `--base` needs git, and a cached run is over in the time it takes.
      const { execFile } = await import('node:child_process');
      return new Promise((resolve) => {
        execFile(
          'git',
          [...args],
          {
            cwd,
            encoding: 'buffer',
            maxBuffer: 512 * 1024 * 1024,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
          },
          (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 128) : 0;
            resolve({ code, stdout: new Uint8Array(stdout), stderr: stderr.toString('utf8') });
          },
        );
      });
    },
  };
}

/** stdout as text, or undefined when git failed. */
export async function gitText(runner: GitRunner, args: readonly string[]): Promise<string | undefined> {
  const result = await runner.git(args);
  return result.code === 0 ? new TextDecoder().decode(result.stdout) : undefined;
}
