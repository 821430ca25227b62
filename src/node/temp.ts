import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TempFiles } from '../ports.js';

/** Scratch directories under the OS temp dir, all removed by `cleanup()`. */
export function nodeTempFiles(base: string = tmpdir()): TempFiles {
  const made: string[] = [];
  return {
    async makeDir(prefix) {
      const dir = await mkdtemp(join(base, `driftcheck-${prefix.replace(/[^\w.-]/g, '_')}-`));
      made.push(dir);
      return dir;
    },
    async readFile(path) {
      if (!made.some((dir) => path.startsWith(`${dir}/`) || path.startsWith(`${dir}\\`))) {
        throw new Error(`not a driftcheck scratch file: ${path}`);
      }
      try {
        return new Uint8Array(await readFile(path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async cleanup() {
      const dirs = made.splice(0);
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}
