import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { nodeFileSystem } from '../node/fs.js';
import type { ActionPorts } from './run.js';

/** The real edges: process env and stdout, the file system, GitHub, the engine. */
export function nodeActionPorts(): ActionPorts {
  return {
    env: process.env,
    cwd: process.cwd(),
    write: (text) => {
      process.stdout.write(text);
    },
    files: {
      readText: (path) => readFile(path, 'utf8'),
      async writeText(path, text) {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text);
      },
      async appendText(path, text) {
        await mkdir(dirname(path), { recursive: true });
        await appendFile(path, text);
      },
    },
    // Loaded on demand: the engine (sql.js, tree-sitter) and Octokit are the heavy parts of the bundle.
    github: (options) => {
      const api = import('./github.js').then((m) => m.octokitComments(options));
      return {
        list: async (n) => (await api).list(n),
        create: async (n, body) => (await api).create(n, body),
        update: async (id, body) => (await api).update(id, body),
      };
    },
    repository: (rootDir) => nodeFileSystem(rootDir),
    async check(overrides, rootDir) {
      const [{ runCheck }, { nodePorts }] = await Promise.all([
        import('../check.js'),
        import('../node/ports.js'),
      ]);
      const ports = await nodePorts(rootDir);
      try {
        return (await runCheck(overrides, ports)).report;
      } finally {
        await ports.temp?.cleanup();
      }
    },
    clock: { now: () => Date.now() },
    tempDir: tmpdir(),
  };
}
