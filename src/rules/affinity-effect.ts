import type { Affinity } from '../schema/types.js';

/**
 * What the actual column's affinity does to a value the expected affinity would store otherwise
 * (datatype3.html §3.4), as a short example; undefined when both store values alike.
 */
export function affinityEffect(expected: Affinity, actual: Affinity): string | undefined {
  if (expected === actual) return undefined;
  const numeric = (a: Affinity) => a === 'INTEGER' || a === 'NUMERIC';
  if (numeric(expected) && numeric(actual)) return undefined;
  switch (actual) {
    case 'TEXT':
      return expected === 'REAL'
        ? '1.5 would be stored as the text 1.5'
        : "123 would be stored as the text '123'";
    case 'INTEGER':
    case 'NUMERIC':
      return expected === 'REAL' ? '3.0 would be stored as the integer 3' : "'0123' would be stored as 123";
    case 'REAL':
      return numeric(expected) ? '3 would be stored as 3.0' : "'0123' would be stored as 123.0";
    case 'BLOB':
      return expected === 'TEXT'
        ? "123 would stay an integer instead of becoming '123'"
        : "'0123' would stay text instead of becoming a number";
  }
}
