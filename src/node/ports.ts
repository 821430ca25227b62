import type { CheckPorts } from '../check.js';
import { nodeGitRunner } from '../git/runner.js';
import { nodeFileSystem } from './fs.js';
import { nodeProcessRunner } from './process.js';
import { nodeTempFiles } from './temp.js';

/** The real edges for a run rooted at `rootDir`. */
export async function nodePorts(rootDir: string): Promise<CheckPorts> {
  return {
    fs: nodeFileSystem(rootDir),
    rootDir,
    clock: { now: () => performance.now() },
    process: nodeProcessRunner,
    temp: nodeTempFiles(),
    git: nodeGitRunner(rootDir),
  };
}
