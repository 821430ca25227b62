import { execFileSync } from 'node:child_process';

/** A Python interpreter that can import the given modules (Debian's /usr/bin/python3 first). */
export function findPython(modules: readonly string[]): string | undefined {
  for (const candidate of ['/usr/bin/python3', 'python3', 'python']) {
    try {
      execFileSync(candidate, ['-c', modules.map((m) => `import ${m}`).join('; ')], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

export const normalizeSql = (sql: string): string =>
  sql.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim();
