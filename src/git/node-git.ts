import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import { UsageError } from '../errors.js';
import type { GitIndex, IndexEntry } from './types.js';

/** Runs `git args…` in `cwd` and returns its stdout (bytes); rejects with git's message. */
export function gitOutput(cwd: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          const message = stderr.toString('utf8').trim() || error.message;
          reject(Object.assign(new Error(message), { code: (error as { code?: unknown }).code }));
        } else resolve(stdout);
      },
    );
  });
}

/** Parses `git ls-files --stage -z`: `<mode> SP <oid> SP <stage> TAB <path> NUL`, stage 0 only. */
export function parseLsFilesStage(output: string): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const record of output.split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode, oid, stage] = record.slice(0, tab).split(' ');
    if (tab < 0 || !mode || !oid || stage !== '0') continue;
    entries.push({ path: record.slice(tab + 1), mode, oid });
  }
  return entries;
}

interface Pending {
  readonly oid: string;
  readonly resolve: (bytes: Uint8Array) => void;
  readonly reject: (error: Error) => void;
}

/**
 * One `git cat-file --batch` process serving every blob read in order: requests are written as
 * `<oid>\n`, answers come back as `<oid> <type> <size>\n<bytes>\n` (or `<oid> missing\n`).
 */
class BlobReader {
  private child?: ChildProcessWithoutNullStreams;
  private buffer: Buffer = Buffer.alloc(0);
  private readonly queue: Pending[] = [];
  private failure?: Error;

  constructor(private readonly cwd: string) {}

  read(oid: string): Promise<Uint8Array> {
    if (this.failure) return Promise.reject(this.failure);
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ oid, resolve, reject });
      child.stdin.write(`${oid}\n`);
    });
  }

  close(): void {
    this.child?.stdin.end();
    this.child = undefined;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.cwd, windowsHide: true });
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const pending of this.queue.splice(0)) pending.reject(error);
    };
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', fail);
    child.on('close', (code) => {
      if (this.queue.length > 0) fail(new Error(`git cat-file exited (${code}): ${stderr.trim()}`));
    });
    this.child = child;
    return child;
  }

  private drain(): void {
    for (;;) {
      const pending = this.queue[0];
      if (!pending) return;
      const newline = this.buffer.indexOf(10);
      if (newline < 0) return;
      const header = this.buffer.subarray(0, newline).toString('utf8').split(' ');
      if (header[1] === 'missing') {
        this.buffer = this.buffer.subarray(newline + 1);
        this.queue.shift();
        pending.reject(new Error(`git object ${pending.oid} is missing`));
        continue;
      }
      const size = Number(header[2]);
      const end = newline + 1 + size;
      if (this.buffer.length < end + 1) return;
      const bytes = new Uint8Array(this.buffer.subarray(newline + 1, end));
      this.buffer = this.buffer.subarray(end + 1);
      this.queue.shift();
      pending.resolve(bytes);
    }
  }
}

/** The git index of the repository containing `dir`, listed from `dir` (paths relative to it). */
export function nodeGitIndex(dir: string): GitIndex {
  const blobs = new BlobReader(dir);
  return {
    async listStaged() {
      const output = await gitOutput(dir, ['ls-files', '--stage', '-z']).catch((error: Error) => {
        throw new UsageError(`--staged needs a git repository: ${error.message.split('\n')[0]}`);
      });
      return parseLsFilesStage(output.toString('utf8'));
    },
    readBlob: (oid) => blobs.read(oid),
    close: () => blobs.close(),
  };
}
