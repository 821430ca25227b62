import type { Statement } from '../migrations/types.js';

/**
 * Splits SQL text into statements with the exact line and column where each starts.
 *
 * The end of a statement is decided by the state machine of SQLite's own `sqlite3_complete()`
 * (complete.c), so semicolons inside strings, quoted identifiers, `[brackets]`, comments and
 * `CREATE TRIGGER … BEGIN … END;` bodies never split a statement.
 */

enum Token {
  Semi = 0,
  Ws = 1,
  Other = 2,
  Explain = 3,
  Create = 4,
  Temp = 5,
  Trigger = 6,
  End = 7,
}

enum State {
  Invalid = 0,
  Start = 1,
  Normal = 2,
  Explain = 3,
  Create = 4,
  Trigger = 5,
  Semi = 6,
  End = 7,
}

// prettier-ignore
const TRANSITIONS: readonly (readonly State[])[] = [
  /*            SEMI  WS  OTHER EXPLAIN CREATE TEMP TRIGGER END */
  /* INVALID */ [1, 0, 2, 3, 4, 2, 2, 2],
  /* START   */ [1, 1, 2, 3, 4, 2, 2, 2],
  /* NORMAL  */ [1, 2, 2, 2, 2, 2, 2, 2],
  /* EXPLAIN */ [1, 3, 3, 2, 4, 2, 2, 2],
  /* CREATE  */ [1, 4, 2, 2, 2, 4, 5, 2],
  /* TRIGGER */ [6, 5, 5, 5, 5, 5, 5, 5],
  /* SEMI    */ [6, 6, 5, 5, 5, 5, 5, 7],
  /* END     */ [1, 7, 5, 5, 5, 5, 5, 5],
];

const KEYWORDS: Readonly<Record<string, Token>> = {
  explain: Token.Explain,
  create: Token.Create,
  temp: Token.Temp,
  temporary: Token.Temp,
  trigger: Token.Trigger,
  end: Token.End,
};

function isIdChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 95 || // _
    code === 36 || // $
    code > 127
  );
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}

export interface SplitOptions {
  /** Line number of `text`'s first character in its file (for text cut out of a larger file). */
  readonly startLine?: number;
  /** Column of `text`'s first character on `startLine`. */
  readonly startColumn?: number;
}

/** Removes a leading UTF-8 byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Splits `text` into statements. Statements that hold only comments and whitespace are dropped;
 * a last statement without a terminating semicolon is kept. Each statement's `sql` starts at its
 * first token (leading comments are left out) and ends with its semicolon when it has one.
 */
export function splitStatements(text: string, path: string, options: SplitOptions = {}): Statement[] {
  const src = stripBom(text);
  const statements: Statement[] = [];
  let state: State = State.Start;
  let line = options.startLine ?? 1;
  let lineStart = -(options.startColumn ?? 1) + 1; // index of the current line's first character
  let begin = -1; // index of the current statement's first token
  let beginLine = 0;
  let beginColumn = 0;

  const advanceLines = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      if (src.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
  };

  const markBegin = (at: number) => {
    if (begin < 0) {
      begin = at;
      beginLine = line;
      beginColumn = at - lineStart + 1;
    }
  };

  const flush = (end: number) => {
    if (begin >= 0) {
      statements.push({
        sql: src.slice(begin, end).trimEnd(),
        location: { path, line: beginLine, column: beginColumn },
      });
    }
    begin = -1;
  };

  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    let token: Token;
    let next = i + 1;
    if (c === 59) {
      // ;
      token = Token.Semi;
    } else if (isSpace(c)) {
      token = Token.Ws;
      while (next < n && isSpace(src.charCodeAt(next))) next++;
    } else if (c === 45 && src.charCodeAt(i + 1) === 45) {
      // -- comment to end of line
      token = Token.Ws;
      next = src.indexOf('\n', i + 2);
      if (next < 0) next = n;
    } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
      // /* comment */ (an unterminated one runs to the end, as in SQLite)
      token = Token.Ws;
      const close = src.indexOf('*/', i + 2);
      next = close < 0 ? n : close + 2;
    } else if (c === 39 || c === 34 || c === 96) {
      // '…', "…", `…` with doubled-quote escapes
      token = Token.Other;
      let k = i + 1;
      for (;;) {
        const close = src.indexOf(String.fromCharCode(c), k);
        if (close < 0) {
          k = n;
          break;
        }
        if (src.charCodeAt(close + 1) === c) {
          k = close + 2;
          continue;
        }
        k = close + 1;
        break;
      }
      next = k;
    } else if (c === 91) {
      // [identifier]
      token = Token.Other;
      const close = src.indexOf(']', i + 1);
      next = close < 0 ? n : close + 1;
    } else if (isIdChar(c)) {
      while (next < n && isIdChar(src.charCodeAt(next))) next++;
      const word = src.slice(i, next).toLowerCase();
      token = (word.length <= 9 && KEYWORDS[word]) || Token.Other;
    } else {
      token = Token.Other;
    }

    if (token !== Token.Ws) markBegin(i);
    state = TRANSITIONS[state]![token]!;
    advanceLines(i, next);
    i = next;
    if (token === Token.Semi && state === State.Start) flush(i);
  }
  if (begin >= 0) {
    // The last statement without a semicolon: keep it (trailing comments are trimmed off below).
    flush(n);
    const last = statements[statements.length - 1];
    if (last) statements[statements.length - 1] = { ...last, sql: trimTrailingComments(last.sql) };
  }
  return statements;
}

/** Drops comments and whitespace after the last token of an unterminated statement. */
function trimTrailingComments(sql: string): string {
  // Re-split the tail cheaply: find the end of the last non-comment token by scanning once.
  let end = 0;
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql.charCodeAt(i);
    if (isSpace(c)) {
      i++;
    } else if (c === 45 && sql.charCodeAt(i + 1) === 45) {
      const nl = sql.indexOf('\n', i + 2);
      i = nl < 0 ? n : nl;
    } else if (c === 47 && sql.charCodeAt(i + 1) === 42) {
      const close = sql.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
    } else if (c === 39 || c === 34 || c === 96 || c === 91) {
      const closer = c === 91 ? ']' : String.fromCharCode(c);
      let k = i + 1;
      for (;;) {
        const close = sql.indexOf(closer, k);
        if (close < 0) {
          k = n;
          break;
        }
        if (c !== 91 && sql.charCodeAt(close + 1) === c) {
          k = close + 2;
          continue;
        }
        k = close + 1;
        break;
      }
      i = k;
      end = i;
    } else {
      i++;
      end = i;
    }
  }
  return sql.slice(0, end);
}

/** True when `sql` holds a complete statement ending in a semicolon (SQLite's sqlite3_complete). */
export function isComplete(sql: string): boolean {
  const parts = splitStatements(sql, '');
  if (parts.length === 0) return false;
  const last = parts[parts.length - 1]!;
  return last.sql.endsWith(';');
}
