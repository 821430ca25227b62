import { normalizeJoin } from '../../paths.js';
import type { FileSystem } from '../../ports.js';
import { findFiles } from '../fs-walk.js';

/** Files matching a glob (`*`, `**`, `?`, `{a,b}`), or a path to a file or a folder of source files. */

const SOURCE = /\.(ts|mts|cts|tsx|js|mjs|cjs|jsx)$/;

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&'))
          .join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export async function expandSchemaPath(fs: FileSystem, base: string, pattern: string): Promise<string[]> {
  const full = normalizeJoin(base, pattern);
  if (!/[*?{]/.test(pattern)) {
    const kind = (await fs.stat(full))?.kind;
    if (kind === 'file') return [full];
    if (kind === 'dir') return findFiles(fs, full, (name) => SOURCE.test(name) && !name.endsWith('.d.ts'));
    return [];
  }
  const segments = full.split('/');
  const firstGlob = segments.findIndex((s) => /[*?{]/.test(s));
  const root = segments.slice(0, firstGlob).join('/');
  const re = globToRegExp(full);
  const files = await findFiles(fs, root, (name) => SOURCE.test(name));
  return files.filter((f) => re.test(f));
}
