/**
 * Version strings of migration tools: integers of any length (`001`, `20240101120000`) and Flyway's
 * dotted versions (`1`, `1.1`, `2_0_1`). Compared without converting to Number, so timestamps and
 * long zero-padded versions never lose precision.
 */

const DIGITS = /^\d+$/;

export function isNumericVersion(version: string): boolean {
  return DIGITS.test(version);
}

/** `007` → `7`, `0` → `0`: the integer a tracker that stores numbers records. */
export function canonicalInteger(digits: string): string {
  const trimmed = digits.replace(/^0+/, '');
  return trimmed === '' ? '0' : trimmed;
}

/** Compares two digit strings numerically (`10` after `2`, `002` equal to `2`). */
export function compareNumeric(a: string, b: string): number {
  const x = canonicalInteger(a);
  const y = canonicalInteger(b);
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Parts of a dotted version: `1.1` and `1_1` → [`1`, `1`]. Trailing zero parts are dropped, as
 * Flyway does, so `1`, `1.0` and `1_0_0` are the same version. `undefined` when not a version.
 */
export function parseDotted(version: string): readonly string[] | undefined {
  if (!/^\d+([._]\d+)*$/.test(version)) return undefined;
  const parts = version.split(/[._]/).map(canonicalInteger);
  while (parts.length > 1 && parts[parts.length - 1] === '0') parts.pop();
  return parts;
}

/** Compares dotted versions part by part: 1 < 1.1 < 1.2 < 2 < 10. Non-versions sort last, by text. */
export function compareDotted(a: string, b: string): number {
  const x = parseDotted(a);
  const y = parseDotted(b);
  if (!x || !y) {
    if (x) return -1;
    if (y) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const n = Math.max(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const c = compareNumeric(x[i] ?? '0', y[i] ?? '0');
    if (c !== 0) return c;
  }
  return 0;
}

/** Normalized form of a dotted version (`1_01_0` → `1.1`): equal keys mean the same version. */
export function dottedKey(version: string): string {
  return parseDotted(version)?.join('.') ?? version;
}

/** Compares versions that are integers when both are, dotted versions when both are, else as text. */
export function compareVersions(a: string, b: string): number {
  if (isNumericVersion(a) && isNumericVersion(b)) return compareNumeric(a, b);
  if (parseDotted(a) && parseDotted(b)) return compareDotted(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}
