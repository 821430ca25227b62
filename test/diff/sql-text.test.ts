import { describe, expect, it } from 'vitest';
import { canonicalDefault, nameKey, sameSql, sameType } from '../../src/diff/sql-text.js';

describe('sameSql', () => {
  it.each([
    ['lower(email)', 'LOWER( "email" )'],
    ['(CURRENT_TIMESTAMP)', 'current_timestamp'],
    ["status IN ('a','b')", "status in ( 'a' , 'b' )"],
    ['[my col] > 0', '"my col">0'],
    ['NOT x', 'not "x"'],
  ])('%s = %s', (a, b) => {
    expect(sameSql(a, b)).toBe(true);
  });

  it.each([
    ["'A'", "'a'"],
    ["'a b'", "'a  b'"],
    ['a > 0', 'a >= 0'],
    ['(a) + (b)', 'a + b'],
  ])('%s ≠ %s (string literals keep their case and spacing)', (a, b) => {
    expect(sameSql(a, b)).toBe(false);
  });

  it('treats a missing expression as equal only to another missing one', () => {
    expect(sameSql(undefined, undefined)).toBe(true);
    expect(sameSql('1', undefined)).toBe(false);
  });
});

describe('canonicalDefault, sameType, nameKey', () => {
  it('maps booleans to the integers SQLite stores and NULL to no default', () => {
    expect([
      canonicalDefault('false'),
      canonicalDefault('(TRUE)'),
      canonicalDefault('NULL'),
      canonicalDefault(undefined),
    ]).toEqual(['0', '1', undefined, undefined]);
  });

  it('compares types up to case and spacing only', () => {
    expect(sameType('NUMERIC(10,2)', 'numeric( 10, 2 )')).toBe(true);
    expect(sameType('VARCHAR(255)', 'VARCHAR')).toBe(false);
  });

  it('strips one layer of identifier quotes and lower-cases', () => {
    expect(['"Users"', '`users`', '[USERS]', 'users'].map(nameKey)).toEqual([
      'users',
      'users',
      'users',
      'users',
    ]);
  });
});
