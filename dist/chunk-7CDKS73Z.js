import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/sqlite/split.ts
var TRANSITIONS = [
  /*            SEMI  WS  OTHER EXPLAIN CREATE TEMP TRIGGER END */
  /* INVALID */
  [1, 0, 2, 3, 4, 2, 2, 2],
  /* START   */
  [1, 1, 2, 3, 4, 2, 2, 2],
  /* NORMAL  */
  [1, 2, 2, 2, 2, 2, 2, 2],
  /* EXPLAIN */
  [1, 3, 3, 2, 4, 2, 2, 2],
  /* CREATE  */
  [1, 4, 2, 2, 2, 4, 5, 2],
  /* TRIGGER */
  [6, 5, 5, 5, 5, 5, 5, 5],
  /* SEMI    */
  [6, 6, 5, 5, 5, 5, 5, 7],
  /* END     */
  [1, 7, 5, 5, 5, 5, 5, 5]
];
var KEYWORDS = {
  explain: 3 /* Explain */,
  create: 4 /* Create */,
  temp: 5 /* Temp */,
  temporary: 5 /* Temp */,
  trigger: 6 /* Trigger */,
  end: 7 /* End */
};
function isIdChar(code) {
  return code >= 48 && code <= 57 || // 0-9
  code >= 65 && code <= 90 || // A-Z
  code >= 97 && code <= 122 || // a-z
  code === 95 || // _
  code === 36 || // $
  code > 127;
}
function isSpace(code) {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function splitStatements(text, path, options = {}) {
  const src = stripBom(text);
  const statements = [];
  let state = 1 /* Start */;
  let line = options.startLine ?? 1;
  let lineStart = -(options.startColumn ?? 1) + 1;
  let begin = -1;
  let beginLine = 0;
  let beginColumn = 0;
  const advanceLines = (from, to) => {
    for (let k = from; k < to; k++) {
      if (src.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
  };
  const markBegin = (at) => {
    if (begin < 0) {
      begin = at;
      beginLine = line;
      beginColumn = at - lineStart + 1;
    }
  };
  const flush = (end) => {
    if (begin >= 0) {
      statements.push({
        sql: src.slice(begin, end).trimEnd(),
        location: { path, line: beginLine, column: beginColumn }
      });
    }
    begin = -1;
  };
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    let token;
    let next = i + 1;
    if (c === 59) {
      token = 0 /* Semi */;
    } else if (isSpace(c)) {
      token = 1 /* Ws */;
      while (next < n && isSpace(src.charCodeAt(next))) next++;
    } else if (c === 45 && src.charCodeAt(i + 1) === 45) {
      token = 1 /* Ws */;
      next = src.indexOf("\n", i + 2);
      if (next < 0) next = n;
    } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
      token = 1 /* Ws */;
      const close = src.indexOf("*/", i + 2);
      next = close < 0 ? n : close + 2;
    } else if (c === 39 || c === 34 || c === 96) {
      token = 2 /* Other */;
      let k = i + 1;
      for (; ; ) {
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
      token = 2 /* Other */;
      const close = src.indexOf("]", i + 1);
      next = close < 0 ? n : close + 1;
    } else if (isIdChar(c)) {
      while (next < n && isIdChar(src.charCodeAt(next))) next++;
      const word = src.slice(i, next).toLowerCase();
      token = word.length <= 9 && KEYWORDS[word] || 2 /* Other */;
    } else {
      token = 2 /* Other */;
    }
    if (token !== 1 /* Ws */) markBegin(i);
    state = TRANSITIONS[state][token];
    advanceLines(i, next);
    i = next;
    if (token === 0 /* Semi */ && state === 1 /* Start */) flush(i);
  }
  if (begin >= 0) {
    flush(n);
    const last = statements[statements.length - 1];
    if (last) statements[statements.length - 1] = { ...last, sql: trimTrailingComments(last.sql) };
  }
  return statements;
}
function trimTrailingComments(sql) {
  let end = 0;
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql.charCodeAt(i);
    if (isSpace(c)) {
      i++;
    } else if (c === 45 && sql.charCodeAt(i + 1) === 45) {
      const nl = sql.indexOf("\n", i + 2);
      i = nl < 0 ? n : nl;
    } else if (c === 47 && sql.charCodeAt(i + 1) === 42) {
      const close = sql.indexOf("*/", i + 2);
      i = close < 0 ? n : close + 2;
    } else if (c === 39 || c === 34 || c === 96 || c === 91) {
      const closer = c === 91 ? "]" : String.fromCharCode(c);
      let k = i + 1;
      for (; ; ) {
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

export {
  stripBom,
  splitStatements
};
