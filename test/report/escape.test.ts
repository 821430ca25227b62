import { describe, expect, it } from 'vitest';
import {
  code,
  encodePath,
  escapeHtml,
  escapeText,
  fence,
  inlineMarkdown,
} from '../../src/report/markdown-escape.js';

describe('escapeText', () => {
  it('turns HTML into entities', () => {
    expect(escapeText('<script>alert(1)</script> & co')).toBe(
      '&lt;script&gt;alert\\(1\\)&lt;/script&gt; &amp; co',
    );
  });
  it('breaks mentions with a zero-width joiner', () => {
    const out = escapeText('ping @octocat and @acme/admins, mail a@b');
    expect(out).not.toMatch(/@[A-Za-z]/);
    expect(out).toContain('@\u200doctocat');
    expect(out).toContain('@\u200dacme/admins');
  });
  it('keeps a table row in one cell: pipes escaped, newlines flattened', () => {
    expect(escapeText('a | b\n| c |')).toBe('a \\| b \\| c \\|');
  });
  it('escapes Markdown syntax, links and math', () => {
    expect(escapeText('[x](https://e.example) *b* $m$ `c`')).toBe(
      '\\[x\\]\\(https\\://e.example\\) \\*b\\* \\$m\\$ \\`c\\`',
    );
  });
  it('shows control characters instead of passing them through', () => {
    expect(escapeText('a\u001b[31mb')).toBe('a\\\\x1b\\[31mb');
  });
});

describe('code', () => {
  it('uses a backtick run longer than any inside', () => {
    expect(code('a``b')).toBe('```a``b```');
    expect(code('`x')).toBe('`` `x ``');
  });
  it('escapes pipes only in table cells', () => {
    expect(code('a|b', 'table')).toBe('`a\\|b`');
    expect(code('a|b')).toBe('`a|b`');
  });
  it('never spans lines', () => {
    expect(code('a\nb')).toBe('`a b`');
  });
});

describe('fence', () => {
  it('is longer than any backtick run in the block', () => {
    const block = fence('select 1; -- ````\n</details>', 'sql');
    expect(block.startsWith('`````sql\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
  });
  it('is at least three backticks', () => {
    expect(fence('x')).toBe('```\nx\n```');
  });
});

describe('inlineMarkdown', () => {
  it('keeps identifier code spans and escapes the prose around them', () => {
    expect(inlineMarkdown('`goals.id` is missing <b>', 'table')).toBe('`goals.id` is missing &lt;b&gt;');
  });
  it('stays safe when a backtick inside an identifier unbalances the spans', () => {
    const out = inlineMarkdown('`a`b` | @x <i>', 'table');
    expect(out).not.toMatch(/(^|[^\\])\|/);
    expect(out).not.toContain('<i>');
    expect(out).not.toMatch(/@x/);
  });
});

describe('escapeHtml and encodePath', () => {
  it('escapes for raw HTML without backslashes', () => {
    expect(escapeHtml('<a href="x">@me</a>')).toBe('&lt;a href=&quot;x&quot;&gt;@\u200dme&lt;/a&gt;');
  });
  it('encodes each path segment, parentheses included', () => {
    expect(encodePath('models/we ird(1)|x.sql')).toBe('models/we%20ird%281%29%7Cx.sql');
  });
});
