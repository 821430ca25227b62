import { significantTokens } from '../sqlite/tokenize.js';

/** Python source with `#` comments removed (quotes are respected; enough for comparing two versions). */
function withoutPythonComments(text: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (text.startsWith(quote, i)) {
        out += quote.slice(1);
        i += quote.length - 1;
        quote = undefined;
      }
    } else if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (ch === '"' || ch === "'") {
      quote = text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      out += quote;
      i += quote.length - 1;
    } else out += ch;
  }
  return out;
}

function meaningful(text: string, path: string): string[] {
  const source = path.endsWith('.py') ? withoutPythonComments(text) : text;
  return significantTokens(source).map((t) => (t.kind === 'word' ? t.text.toUpperCase() : t.text));
}

/** Whether two versions of a migration differ only in comments and whitespace, token by token. */
export function sameTokens(before: string, after: string, path: string): boolean {
  const a = meaningful(before, path);
  const b = meaningful(after, path);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** 1-based line of the first line that differs in `after` (1 when the texts are equal). */
export function firstChangedLine(before: string, after: string): number {
  const a = before.split(/\r\n?|\n/);
  const b = after.split(/\r\n?|\n/);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return Math.min(i, Math.max(0, b.length - 1)) + 1;
}
