import * as crypto from 'node:crypto';
import type { FileSystem } from '../ports.js';

/** One answer a FileSystem gave: which call, on which path, and a digest of what came back. */
export interface RecordedRead {
  readonly op: 'file' | 'readdir' | 'stat';
  readonly path: string;
  readonly digest: string;
}

/** Like Buffer#toString('utf8'): a byte-order mark stays (loaders report it). */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Names a file's content without reading it, when the FileSystem knows (the git index: the blob
 * id); undefined makes the recording hash the bytes instead.
 */
export type ContentId = (path: string) => Promise<string | undefined>;

/** One-shot `crypto.hash` where Node has it (20.12+, 21.7+): no Hash object per file. */
const oneShot = (
  crypto as { hash?: (algorithm: string, data: Uint8Array | string, encoding: 'hex') => string }
).hash;

function digest(value: Uint8Array | string): string {
  const hex = oneShot
    ? oneShot('sha256', value, 'hex')
    : crypto.createHash('sha256').update(value).digest('hex');
  return hex.slice(0, 32);
}

async function fileDigest(fs: FileSystem, path: string, contentId?: ContentId): Promise<string> {
  const id = contentId ? await contentId(path) : undefined;
  return id === undefined ? digest(await fs.readFile(path)) : `id:${id}`;
}

async function answer(
  fs: FileSystem,
  op: RecordedRead['op'],
  path: string,
  contentId?: ContentId,
): Promise<string> {
  try {
    if (op === 'file') return await fileDigest(fs, path, contentId);
    if (op === 'readdir') return digest(JSON.stringify(await fs.readdir(path)));
    return digest(JSON.stringify((await fs.stat(path)) ?? null));
  } catch (error) {
    return `error:${(error as NodeJS.ErrnoException).code ?? 'unknown'}`;
  }
}

/**
 * Wraps a FileSystem and records every answer it gives, so that a result computed from those
 * answers alone can be reused while asking the same questions gives the same answers.
 */
export function recordingFileSystem(
  fs: FileSystem,
  contentId?: ContentId,
): {
  readonly fs: FileSystem;
  readonly reads: () => RecordedRead[];
} {
  const reads = new Map<string, RecordedRead>();
  const record = async <T>(op: RecordedRead['op'], path: string, run: () => Promise<T>): Promise<T> => {
    const key = `${op}\0${path}`;
    try {
      const value = await run();
      if (!reads.has(key)) {
        const id = op === 'file' && contentId ? await contentId(path) : undefined;
        const text = op === 'file' ? (value as Uint8Array) : JSON.stringify(value ?? null);
        reads.set(key, { op, path, digest: id === undefined ? digest(text) : `id:${id}` });
      }
      return value;
    } catch (error) {
      reads.set(key, { op, path, digest: `error:${(error as NodeJS.ErrnoException).code ?? 'unknown'}` });
      throw error;
    }
  };
  return {
    fs: {
      readFile: (path) => record('file', path, () => fs.readFile(path)),
      readText: async (path) => utf8.decode(await record('file', path, () => fs.readFile(path))),
      readdir: (path) => record('readdir', path, () => fs.readdir(path)),
      stat: (path) => record('stat', path, () => fs.stat(path)),
    },
    reads: () => [...reads.values()],
  };
}

/**
 * Whether `fs` still gives every recorded answer (`contentId` as when recorded). Listings and
 * stats first: a file added or removed is found without reading every file.
 */
export async function sameAnswers(
  fs: FileSystem,
  reads: readonly RecordedRead[],
  contentId?: ContentId,
): Promise<boolean> {
  const same = async (group: readonly RecordedRead[]) => {
    const answers = await Promise.all(group.map((r) => answer(fs, r.op, r.path, contentId)));
    return answers.every((a, i) => a === group[i]!.digest);
  };
  return (
    (await same(reads.filter((r) => r.op !== 'file'))) && (await same(reads.filter((r) => r.op === 'file')))
  );
}
