import { nameKey } from './sql-text.js';

export interface Matched<T> {
  readonly pairs: readonly { readonly expected: T; readonly actual: T }[];
  /** In expected only, in expected order. */
  readonly missing: readonly T[];
  /** In actual only, in actual order. */
  readonly extra: readonly T[];
}

/** Pairs objects by lower-cased, unquoted name. */
export function matchByName<T extends { readonly name: string }>(
  expected: readonly T[],
  actual: readonly T[],
): Matched<T> {
  return matchBy(expected, actual, (e, a) => nameKey(e.name) === nameKey(a.name));
}

/** Pairs each expected object with the first unclaimed actual one `same` accepts. */
export function matchBy<T>(
  expected: readonly T[],
  actual: readonly T[],
  same: (expected: T, actual: T) => boolean,
): Matched<T> {
  const claimed = new Set<number>();
  const pairs: { expected: T; actual: T }[] = [];
  const missing: T[] = [];
  for (const e of expected) {
    const i = actual.findIndex((a, j) => !claimed.has(j) && same(e, a));
    if (i < 0) missing.push(e);
    else {
      claimed.add(i);
      pairs.push({ expected: e, actual: actual[i]! });
    }
  }
  return { pairs, missing, extra: actual.filter((_, j) => !claimed.has(j)) };
}
