/** Repository-relative, `/`-separated path arithmetic (no platform `path`: these are not OS paths). */

/** Joins and normalizes (`.`/`..`, duplicate slashes); `''` is the repository root. */
export function joinPath(...parts: readonly string[]): string {
  const out: string[] = [];
  for (const segment of parts.join('/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

export function dirnameOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function basenameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
