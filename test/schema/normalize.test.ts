import { describe, expect, it } from 'vitest';
import {
  canonicalIdentifier,
  normalizeDefault,
  normalizeExpression,
  normalizeType,
  sameExpression,
} from '../../src/schema/normalize.js';
import type { Affinity } from '../../src/schema/types.js';

describe('normalizeExpression', () => {
  it.each([
    ['a>0', 'a > 0'],
    ['  A   >   0  ', 'a > 0'],
    ['"A" > 0', 'a > 0'],
    ['`a` > 0', 'a > 0'],
    ['[a] > 0', 'a > 0'],
    ['"first name" <> \'\'', '"first name" != \'\''],
    ['"order" = 1', '"order" = 1'],
    ['(a > 0)', 'a > 0'],
    ['((a > 0))', 'a > 0'],
    ['(a > 0) AND (b < 1)', '(a > 0) and (b < 1)'],
    ['(a, b) = (1, 2)', '(a, b) = (1, 2)'],
    ["status IN('a','b')", "status in ('a', 'b')"],
    ['LENGTH( name )>0', 'length(name) > 0'],
    ["Name = 'MiXeD'", "name = 'MiXeD'"],
    ['a /* why */ > -- because\n 0', 'a > 0'],
    ['x == 1', 'x = 1'],
    ['price >= -1', 'price >= -1'],
    ['a - 1', 'a - 1'],
    ['CASE WHEN a THEN -1 ELSE +2 END', 'case when a then -1 else +2 end'],
    ['t.a = T.B', 't.a = t.b'],
    ["replace(name,'a','b')", "replace(name, 'a', 'b')"],
    ['CAST(x AS INTEGER)', 'cast(x as integer)'],
    ['x IS NOT NULL', 'x is not null'],
    ["x GLOB '[0-9]*'", "x glob '[0-9]*'"],
    ["json_extract(data, '$.a') ->> 'b'", "json_extract(data, '$.a') ->> 'b'"],
    ['a;', 'a'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeExpression(input)).toBe(expected);
  });

  it('ignores quoting, case, comments and spacing', () => {
    expect(sameExpression('"Price" > 0 AND "Qty">=1', 'price>0 and   QTY >= 1 -- x')).toBe(true);
    expect(sameExpression("a = 'X'", "a = 'x'")).toBe(false);
    expect(sameExpression('a > 0', 'a >= 0')).toBe(false);
  });

  it('drops the own table before its columns when asked (a partial index WHERE, as drizzle-kit writes it)', () => {
    const own = { ownTable: 'Posts' };
    expect(normalizeExpression('"posts"."deleted_at" is null', own)).toBe('deleted_at is null');
    expect(normalizeExpression('`posts`.`a` > 0 AND posts.b', own)).toBe('a > 0 and b');
    // Another table, a schema-qualified name and a string stay as they are.
    expect(normalizeExpression("users.a = 'posts.b' AND main.posts.c", own)).toBe(
      "users.a = 'posts.b' and main.posts.c",
    );
    expect(normalizeExpression('"posts"."deleted_at" is null')).toBe('posts.deleted_at is null');
  });
});

describe('canonicalIdentifier', () => {
  it.each([
    ['Users', 'users'],
    ['first name', '"first name"'],
    ['order', '"order"'],
    ['a"b', '"a""b"'],
    ['_x$1', '_x$1'],
    ['1abc', '"1abc"'],
  ])('%j → %j', (name, expected) => {
    expect(canonicalIdentifier(name)).toBe(expected);
  });
});

describe('normalizeDefault', () => {
  it.each<[string | null, Affinity | undefined, string | undefined]>([
    // no default
    [null, undefined, undefined],
    ['NULL', undefined, undefined],
    ['(null)', 'TEXT', undefined],
    // booleans are integers (SQLite >= 3.23)
    ['false', undefined, '0'],
    ['TRUE', undefined, '1'],
    ['(false)', 'NUMERIC', '0'],
    // redundant parentheses
    ['(CURRENT_TIMESTAMP)', undefined, 'current_timestamp'],
    ['current_timestamp', undefined, 'current_timestamp'],
    ["(datetime('now'))", undefined, "datetime('now')"],
    ["((datetime( 'now' )))", undefined, "datetime('now')"],
    // strings kept exactly; bare and double-quoted words are strings
    ["'abc'", undefined, "'abc'"],
    ["'ABC'", undefined, "'ABC'"],
    ["'it''s'", undefined, "'it''s'"],
    ['abc', undefined, "'abc'"],
    ['"q"', undefined, "'q'"],
    // numbers: one spelling per value, integer and real distinct without affinity
    ['0', undefined, '0'],
    ['+01', undefined, '1'],
    ['-1', undefined, '-1'],
    ['- 1', undefined, '-1'],
    ['(-1)', undefined, '-1'],
    ['0x10', undefined, '16'],
    ['0xFFFFFFFFFFFFFFFF', undefined, '-1'],
    ['0.0', undefined, '0.0'],
    ['1.50', undefined, '1.5'],
    ['1e2', undefined, '100.0'],
    ['.5', undefined, '0.5'],
    ['1_000', undefined, '1000'],
    // with affinity: the value SQLite stores
    ['1.0', 'INTEGER', '1'],
    ['0.0', 'NUMERIC', '0'],
    ['1.5', 'NUMERIC', '1.5'],
    ['1', 'REAL', '1.0'],
    ['1.0', 'TEXT', "'1.0'"],
    ['1', 'TEXT', "'1'"],
    ["'5'", 'INTEGER', '5'],
    ["' 5 '", 'NUMERIC', '5'],
    ["'1.0'", 'INTEGER', '1'],
    ["'0123'", 'TEXT', "'0123'"],
    ["'0123'", 'NUMERIC', '123'],
    ["'abc'", 'INTEGER', "'abc'"],
    ['false', 'TEXT', "'0'"],
    ['1', 'BLOB', '1'],
    ['1.0', 'BLOB', '1.0'],
    ["X'00ff'", undefined, "x'00ff'"],
    ['1 + 2', undefined, '1 + 2'],
  ])('%j (%s) → %j', (sql, affinity, expected) => {
    expect(normalizeDefault(sql, affinity)).toBe(expected);
  });

  it('treats DEFAULT false and DEFAULT 0 as the same', () => {
    expect(normalizeDefault('false')).toBe(normalizeDefault('0'));
    expect(normalizeDefault('(CURRENT_TIMESTAMP)')).toBe(normalizeDefault('CURRENT_TIMESTAMP'));
  });
});

describe('normalizeType', () => {
  it.each([
    ['NUMERIC(10,2)', 'NUMERIC(10, 2)'],
    ['numeric( 10 ,  2 )', 'NUMERIC(10, 2)'],
    ['varchar (255)', 'VARCHAR(255)'],
    ['unsigned   big  int', 'UNSIGNED BIG INT'],
    ['"TEXT"', 'TEXT'],
    ['', ''],
    ['DECIMAL(10, -2)', 'DECIMAL(10, -2)'],
    ['double\nprecision', 'DOUBLE PRECISION'],
  ])('%j → %j', (declared, expected) => {
    expect(normalizeType(declared)).toBe(expected);
  });
});
