import { describe, expect, it } from 'vitest';
import { isMigrationToolTable, MIGRATION_TOOL_TABLES } from '../../src/schema/ignore.js';

describe('isMigrationToolTable', () => {
  it.each<[string, boolean]>([
    ...MIGRATION_TOOL_TABLES.map((t): [string, boolean] => [t, true]),
    ['Alembic_Version', true],
    ['sqlite_stat1', true],
    ['sqlite_stat4', true],
    ['users', false],
    ['schema_version', false],
    ['sqlite_statistics', false],
  ])('%s → %s', (name, expected) => {
    expect(isMigrationToolTable(name)).toBe(expected);
  });
});
