/**
 * Repository-relative, `/`-separated path helpers (`''` is the repository root). These are not OS
 * paths: no platform `path` module, no drive letters, no leading `/`.
 */

/** Joins parts with `/` as they are, skipping empty ones (`joinPath('', 'a')` is `a`). */
export function joinPath(dir: string, ...names: string[]): string {
  return [dir, ...names].filter((part) => part !== '').join('/');
}

/**
 * Joins parts and resolves `.`, `..` and duplicate slashes. A `..` above the root is dropped
 * (`'drop'`) or makes the result undefined (`'fail'`).
 */
function normalized(parts: readonly string[], aboveRoot: 'drop' | 'fail'): string | undefined {
  const out: string[] = [];
  for (const segment of parts.join('/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') out.push(segment);
    else if (out.pop() === undefined && aboveRoot === 'fail') return undefined;
  }
  return out.join('/');
}

/**
 * Joins and normalizes (`.`, `..`, duplicate slashes); a `..` above the root is dropped, so paths
 * read from files (imports, schema references) stay inside the repository.
 */
export function normalizeJoin(...parts: readonly string[]): string {
  return normalized(parts, 'drop')!;
}

/** Joins and normalizes like `normalizeJoin`, but gives undefined when the path leaves the repository. */
export function normalizeJoinInside(...parts: readonly string[]): string | undefined {
  return normalized(parts, 'fail');
}

/** The last segment: `a/b.sql` → `b.sql`. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Everything before the last segment: `a/b.sql` → `a`, `b.sql` → `''`. */
export function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Byte-order comparison of names, as tools written in Go and Rust sort the files they list. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
