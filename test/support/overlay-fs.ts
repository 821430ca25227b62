import type { FileSystem } from '../../src/ports.js';

/** `top` laid over `base`: files in `top` win, directory listings are merged. */
export function overlayFileSystem(base: FileSystem, top: FileSystem): FileSystem {
  const pick = async (path: string) => ((await top.stat(path))?.kind === 'file' ? top : base);
  return {
    readFile: async (path) => (await pick(path)).readFile(path),
    readText: async (path) => (await pick(path)).readText(path),
    async readdir(path) {
      const entries = new Map<string, 'file' | 'dir'>();
      for (const fs of [base, top])
        if ((await fs.stat(path))?.kind === 'dir')
          for (const e of await fs.readdir(path)) entries.set(e.name, e.kind);
      return [...entries]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, kind]) => ({ name, kind }));
    },
    stat: async (path) => (await top.stat(path)) ?? base.stat(path),
  };
}
