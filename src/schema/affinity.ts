import type { Affinity } from './types.js';

/** Column affinity from a declared type, by SQLite's rules in order (datatype3.html §3.1). */
export function affinityOf(declaredType: string): Affinity {
  const t = declaredType.toUpperCase();
  if (t.includes('INT')) return 'INTEGER';
  if (t.includes('CHAR') || t.includes('CLOB') || t.includes('TEXT')) return 'TEXT';
  if (t.includes('BLOB') || t.trim() === '') return 'BLOB';
  if (t.includes('REAL') || t.includes('FLOA') || t.includes('DOUB')) return 'REAL';
  return 'NUMERIC';
}

/**
 * Whether two affinities store the same value differently. INTEGER and NUMERIC differ only in
 * CAST behaviour, so they are compatible; every other pair changes values on write.
 */
export function affinitiesStoreDifferently(a: Affinity, b: Affinity): boolean {
  if (a === b) return false;
  const numericLike = (x: Affinity) => x === 'INTEGER' || x === 'NUMERIC';
  return !(numericLike(a) && numericLike(b));
}
