import type { Trigger, View } from '../schema/types.js';
import { matchByName } from './match.js';
import { sameSql } from './sql-text.js';
import type { SchemaChange } from './types.js';

/** Views by name, then by normalized SELECT. */
export function diffViews(expected: readonly View[], actual: readonly View[]): SchemaChange[] {
  const m = matchByName(expected, actual);
  return [
    ...m.missing.map((v): SchemaChange => ({ kind: 'view-missing', expected: v })),
    ...m.extra.map((v): SchemaChange => ({ kind: 'view-extra', actual: v })),
    ...m.pairs
      .filter((p) => !sameSql(p.expected.definition, p.actual.definition))
      .map((p): SchemaChange => ({ kind: 'view-changed', ...p })),
  ];
}

/** Triggers by name, then by normalized definition. */
export function diffTriggers(expected: readonly Trigger[], actual: readonly Trigger[]): SchemaChange[] {
  const m = matchByName(expected, actual);
  return [
    ...m.missing.map((t): SchemaChange => ({ kind: 'trigger-missing', expected: t })),
    ...m.extra.map((t): SchemaChange => ({ kind: 'trigger-extra', actual: t })),
    ...m.pairs
      .filter((p) => !sameSql(p.expected.definition, p.actual.definition))
      .map((p): SchemaChange => ({ kind: 'trigger-changed', ...p })),
  ];
}
