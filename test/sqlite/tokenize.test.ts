import { describe, expect, it } from 'vitest';
import {
  firstKeyword,
  positionAt,
  significantTokens,
  skipTrivia,
  type TokenKind,
  tokenize,
} from '../../src/sqlite/tokenize.js';

const kinds = (sql: string) => significantTokens(sql).map((t) => [t.kind, t.value] as [TokenKind, string]);

describe('tokenize', () => {
  it.each<[string, [TokenKind, string][]]>([
    [
      'CREATE TABLE t',
      [
        ['word', 'CREATE'],
        ['word', 'TABLE'],
        ['word', 't'],
      ],
    ],
    ['"a ""b"""', [['quoted', 'a "b"']]],
    ['`x``y`', [['quoted', 'x`y']]],
    ['[my col]', [['quoted', 'my col']]],
    ["'it''s'", [['string', "it's"]]],
    [
      "X'0aFF' x'01'",
      [
        ['blob', "X'0aFF'"],
        ['blob', "x'01'"],
      ],
    ],
    [
      '1 1.5 .5 1e10 1.5E-3 0x1F 1_000',
      [
        ['number', '1'],
        ['number', '1.5'],
        ['number', '.5'],
        ['number', '1e10'],
        ['number', '1.5E-3'],
        ['number', '0x1F'],
        ['number', '1_000'],
      ],
    ],
    [
      '? ?1 :a @b $c',
      [
        ['variable', '?'],
        ['variable', '?1'],
        ['variable', ':a'],
        ['variable', '@b'],
        ['variable', '$c'],
      ],
    ],
    [
      'a->>b||c<=d!=e<>f==g',
      [
        ['word', 'a'],
        ['op', '->>'],
        ['word', 'b'],
        ['op', '||'],
        ['word', 'c'],
        ['op', '<='],
        ['word', 'd'],
        ['op', '!='],
        ['word', 'e'],
        ['op', '<>'],
        ['word', 'f'],
        ['op', '=='],
        ['word', 'g'],
      ],
    ],
    [
      'a -- comment\n/* block */ b',
      [
        ['word', 'a'],
        ['word', 'b'],
      ],
    ],
    ['naïve_名', [['word', 'naïve_名']]],
  ])('%j', (sql, expected) => {
    expect(kinds(sql)).toEqual(expected);
  });

  it('records 1-based line and column of every token, across CRLF', () => {
    const tokens = significantTokens('CREATE TABLE t (\r\n  id INTEGER,\r\n  "x y" TEXT\r\n)');
    const at = (text: string) => tokens.find((t) => t.text === text);
    expect(at('CREATE')).toMatchObject({ line: 1, column: 1, start: 0 });
    expect(at('id')).toMatchObject({ line: 2, column: 3 });
    expect(at('"x y"')).toMatchObject({ line: 3, column: 3 });
    expect(at(')')).toMatchObject({ line: 4, column: 1 });
  });

  it('keeps multi-line tokens from shifting later positions', () => {
    const tokens = significantTokens("'a\nb' /* c\nd */ e");
    expect(tokens[1]).toMatchObject({ text: 'e', line: 3, column: 6 });
  });

  it.each(["'unterminated", '"open', '[open', '/* open', "X'0", '#!%^\u0000', '', '0x', '1e'])(
    'is total on %j: tokens cover the input exactly',
    (sql) => {
      const tokens = tokenize(sql);
      expect(tokens.map((t) => t.text).join('')).toBe(sql);
      for (let k = 1; k < tokens.length; k++) expect(tokens[k]!.start).toBe(tokens[k - 1]!.end);
    },
  );

  it('marks characters SQLite rejects as illegal', () => {
    expect(kinds('a # b')).toEqual([
      ['word', 'a'],
      ['illegal', '#'],
      ['word', 'b'],
    ]);
  });

  it('tokenizes 1 MB in well under a second', () => {
    const sql = 'CREATE TABLE t (id INTEGER PRIMARY KEY, "name" TEXT DEFAULT \'x\'); -- c\n'.repeat(15_000);
    const start = performance.now();
    const tokens = tokenize(sql);
    expect(tokens.length).toBeGreaterThan(300_000);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('skipTrivia and firstKeyword', () => {
  it.each([
    ['create table t (a)', 'CREATE'],
    ['\ufeff  -- lead\n/* block */\n\tAlter TABLE t', 'ALTER'],
    ['-- only a comment', ''],
    ['(SELECT 1)', ''],
    ['', ''],
  ])('reads the first keyword of %j', (sql, keyword) => {
    expect(firstKeyword(sql)).toBe(keyword);
  });

  it('starts at an offset, past whitespace and comments', () => {
    const sql = 'BEGIN; -- x\n  COMMIT;';
    expect(skipTrivia(sql, 6)).toBe(sql.indexOf('COMMIT'));
    expect(firstKeyword(sql, 6)).toBe('COMMIT');
    expect(skipTrivia('/* unterminated', 0)).toBe(15);
  });

  it('reads only the start of a huge statement', () => {
    const sql = `INSERT INTO t VALUES ${Array.from({ length: 200_000 }, (_, i) => `(${i})`).join(',')}`;
    const start = performance.now();
    for (let k = 0; k < 10_000; k++) firstKeyword(sql);
    expect(firstKeyword(sql)).toBe('INSERT');
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('positionAt', () => {
  it('gives the 1-based line and column of an offset', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
