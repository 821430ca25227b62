import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TempFiles } from '../ports.js';

/** Scratch directories under the OS temp dir, all removed by `cleanup()`. */
export function nodeTempFiles(base: string = tmpdir()): TempFiles {
  const made: string[] = [];
  return {
    async makeDir(prefix) {
      const { mkdtemp } = await import('node:fs/promises');
      const dir = await mkdtemp(join(base, `driftcheck-${prefix.replace(/[^\w.-]/g, '_')}-`));
      made.push(dir);
      return dir;
    },
    async readFile(path) {
      if (!made.some((dir) => path.startsWith(`${dir}/`) || path.startsWith(`${dir}\\`))) {
        throw new Error(`not a driftcheck scratch file: ${path}`);
      }
      try {
        const { readFile } = await import('node:fs/promises');
        return new Uint8Array(await readFile(path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async cleanup() {
      const dirs = made.splice(0);
      // fs/promises only when there is something to remove: most runs make no scratch directory.
      if (dirs.length === 0) return;
      const { rm } = await import('node:fs/promises');
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}
