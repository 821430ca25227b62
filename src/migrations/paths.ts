/** Repository-relative, `/`-separated path helpers (`''` is the repository root). */

export function joinPath(dir: string, ...names: string[]): string {
  return [dir, ...names].filter((part) => part !== '').join('/');
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Byte-order comparison, as tools written in Go and Rust sort names. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
