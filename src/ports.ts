/**
 * The edges: every bit of I/O the core needs goes through one of these small interfaces, passed in.
 * Tests use plain objects; production uses src/node/*.
 */

export interface DirEntry {
  readonly name: string;
  readonly kind: 'file' | 'dir';
}

/**
 * Read-only view of a repository. Paths are relative to the repository root, `/`-separated
 * (`''` is the root). The staged-content view (git index) implements the same interface.
 */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  readText(path: string): Promise<string>;
  /** Entries sorted by name; rejects when `path` is not a directory. */
  readdir(path: string): Promise<readonly DirEntry[]>;
  /** `undefined` when nothing is there. */
  stat(path: string): Promise<{ readonly kind: 'file' | 'dir' } | undefined>;
}

export interface ProcessResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

export interface ProcessRunner {
  /** Runs a shell command line. */
  run(
    command: string,
    options: {
      readonly cwd: string;
      readonly env?: Readonly<Record<string, string>>;
      readonly timeoutMs: number;
    },
  ): Promise<ProcessResult>;
}

export interface Clock {
  now(): number;
}

export interface TempFiles {
  /** A fresh empty directory that is removed by `cleanup()`. */
  makeDir(prefix: string): Promise<string>;
  /** Bytes of a file inside a directory from `makeDir` (a command's scratch database); undefined when absent. */
  readFile?(path: string): Promise<Uint8Array | undefined>;
  cleanup(): Promise<void>;
}
