/**
 * Escaping for text that comes from the repository (identifiers, SQL, error messages) on its way
 * into GitHub-flavoured Markdown: it must never become HTML, a mention, a link, or break out of the
 * code span, code block or table cell it is put in.
 */

import { visibleControls } from './common.js';

const ZWJ = '\u200d';

/** `@user` and `@org/team` would notify people: a zero-width joiner after `@` breaks the mention. */
function breakMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`);
}

function oneLine(text: string): string {
  return visibleControls(text.replace(/\r\n?|\n/g, ' '));
}

/** For raw HTML contexts (`<summary>`), where backslash escapes would show literally. */
export function escapeHtml(text: string): string {
  return breakMentions(
    oneLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  );
}

/**
 * Plain text inside Markdown (paragraphs and table cells): one line, HTML entities for `<>&`,
 * backslash before every character Markdown could read as syntax (including `|` for table cells,
 * `$` for math and `:` so no autolink forms), mentions broken.
 */
export function escapeText(text: string): string {
  const escaped = oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~$:]/g, '\\$&');
  return breakMentions(escaped);
}

/** Longest run of `char` in `text`. */
function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * An inline code span that shows `text` verbatim: the backtick run is longer than any inside it.
 * In a table cell `|` must still be escaped (GFM splits cells before it parses code spans).
 */
export function code(text: string, context: 'inline' | 'table' = 'inline'): string {
  let body = oneLine(text);
  if (context === 'table') body = body.replace(/\|/g, '\\|');
  if (body.trim() === '') return body === '' ? '` `' : `\`${body}\``;
  const ticks = '`'.repeat(longestRun(body, '`') + 1);
  const pad =
    body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
  return `${ticks}${pad}${body}${pad}${ticks}`;
}

/** A fenced code block whose fence is longer than any backtick run in `text`. */
export function fence(text: string, lang = ''): string {
  const body = visibleControls(text.replace(/\r\n?/g, '\n').replace(/\n+$/, ''));
  const ticks = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${ticks}${lang}\n${body}\n${ticks}`;
}

/**
 * Engine messages mark identifiers with backticks (`goals.completed_at`). Keep that formatting, but
 * render every piece through `code` or `escapeText`, so whatever the split, nothing escapes.
 */
export function inlineMarkdown(message: string, context: 'inline' | 'table' = 'inline'): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of message.matchAll(/`([^`\r\n]+)`/g)) {
    parts.push(escapeText(message.slice(last, match.index)), code(match[1]!, context));
    last = match.index + match[0].length;
  }
  parts.push(escapeText(message.slice(last)));
  return parts.join('');
}

/** A percent-encoded URL path from a repository path (each segment encoded, parentheses too). */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`),
    )
    .join('/');
}

/** Cuts `text` to at most `max` characters, saying how much was left out. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length - max} more characters)`;
}
