import { splitStatements, stripBom } from '../sqlite/split.js';
import type { Statement } from './types.js';

/** Cutting migration files into sections (goose/dbmate markers, drizzle breakpoints) with exact lines. */

export interface Line {
  /** 1-based line number. */
  readonly number: number;
  /** Text without its line ending. */
  readonly text: string;
  /** Offset of the line's first character in the (BOM-stripped) source. */
  readonly offset: number;
}

/** The lines of `source` (LF or CRLF), with their numbers and offsets. */
export function linesOf(source: string): Line[] {
  const text = stripBom(source);
  const lines: Line[] = [];
  let offset = 0;
  let number = 1;
  while (offset <= text.length) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(offset, end);
    lines.push({ number, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, offset });
    if (nl < 0) break;
    offset = nl + 1;
    number++;
  }
  return lines;
}

/** Statements in the consecutive `lines` (a section of one file), located in that file. */
export function statementsOfLines(lines: readonly Line[], path: string): Statement[] {
  const first = lines[0];
  if (!first) return [];
  return splitStatements(lines.map((line) => line.text).join('\n'), path, { startLine: first.number });
}

/** Joins the raw texts of a migration's files into one checksum source. */
export function checksumOf(...texts: readonly (string | undefined)[]): string {
  return texts.filter((text): text is string => text !== undefined).join('\u0000');
}
