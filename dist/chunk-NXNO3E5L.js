import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/sqlite/tokenize.ts
function isIdStart(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c > 127;
}
function isIdChar(c) {
  return isIdStart(c) || c >= 48 && c <= 57 || c === 36;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isHex(c) {
  return isDigit(c) || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}
var OPERATORS = [
  "->>",
  "->",
  "||",
  "<=",
  ">=",
  "==",
  "!=",
  "<>",
  "<<",
  ">>",
  "(",
  ")",
  ",",
  ";",
  ".",
  "+",
  "-",
  "*",
  "/",
  "%",
  "<",
  ">",
  "=",
  "&",
  "|",
  "~"
];
function scanQuoted(src, from, close, doubling) {
  const n = src.length;
  let k = from + 1;
  while (k < n) {
    if (src.charCodeAt(k) === close) {
      if (doubling && src.charCodeAt(k + 1) === close) {
        k += 2;
        continue;
      }
      return k + 1;
    }
    k++;
  }
  return n;
}
function scanNumber(src, i) {
  const n = src.length;
  let k = i;
  if (src.charCodeAt(k) === 48 && (src.charCodeAt(k + 1) | 32) === 120 && isHex(src.charCodeAt(k + 2))) {
    k += 2;
    while (k < n && (isHex(src.charCodeAt(k)) || src.charCodeAt(k) === 95)) k++;
    return k;
  }
  while (k < n && (isDigit(src.charCodeAt(k)) || src.charCodeAt(k) === 95)) k++;
  if (src.charCodeAt(k) === 46) {
    k++;
    while (k < n && (isDigit(src.charCodeAt(k)) || src.charCodeAt(k) === 95)) k++;
  }
  if ((src.charCodeAt(k) | 32) === 101) {
    const sign = src.charCodeAt(k + 1);
    const at = sign === 43 || sign === 45 ? k + 2 : k + 1;
    if (isDigit(src.charCodeAt(at))) {
      k = at;
      while (k < n && isDigit(src.charCodeAt(k))) k++;
    }
  }
  return k;
}
function tokenize(src) {
  const tokens = [];
  const n = src.length;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    let end;
    let kind;
    let value;
    if (isSpace(c)) {
      end = i + 1;
      while (end < n && isSpace(src.charCodeAt(end))) end++;
      kind = "space";
    } else if (c === 45 && src.charCodeAt(i + 1) === 45) {
      const nl = src.indexOf("\n", i + 2);
      end = nl < 0 ? n : nl;
      kind = "comment";
    } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
      const close = src.indexOf("*/", i + 2);
      end = close < 0 ? n : close + 2;
      kind = "comment";
    } else if (c === 39) {
      end = scanQuoted(src, i, 39, true);
      kind = "string";
      const closed = end > i + 1 && src.charCodeAt(end - 1) === 39 && end - i >= 2;
      value = src.slice(i + 1, closed ? end - 1 : end).replaceAll("''", "'");
    } else if (c === 34 || c === 96) {
      end = scanQuoted(src, i, c, true);
      kind = "quoted";
      const q = String.fromCharCode(c);
      const closed = end - i >= 2 && src.charCodeAt(end - 1) === c;
      value = src.slice(i + 1, closed ? end - 1 : end).replaceAll(q + q, q);
    } else if (c === 91) {
      end = scanQuoted(src, i, 93, false);
      kind = "quoted";
      const closed = src.charCodeAt(end - 1) === 93 && end - i >= 2;
      value = src.slice(i + 1, closed ? end - 1 : end);
    } else if ((c | 32) === 120 && src.charCodeAt(i + 1) === 39) {
      end = scanQuoted(src, i + 1, 39, false);
      kind = "blob";
    } else if (isDigit(c) || c === 46 && isDigit(src.charCodeAt(i + 1))) {
      end = scanNumber(src, i);
      kind = "number";
    } else if (isIdStart(c)) {
      end = i + 1;
      while (end < n && isIdChar(src.charCodeAt(end))) end++;
      kind = "word";
    } else if (c === 63) {
      end = i + 1;
      while (end < n && isDigit(src.charCodeAt(end))) end++;
      kind = "variable";
    } else if ((c === 58 || c === 64 || c === 36) && isIdChar(src.charCodeAt(i + 1))) {
      end = i + 1;
      while (end < n && isIdChar(src.charCodeAt(end))) end++;
      kind = "variable";
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      end = i + (op ? op.length : 1);
      kind = op ? "op" : "illegal";
    }
    const text = src.slice(i, end);
    tokens.push({ kind, text, value: value ?? text, start: i, end, line, column: i - lineStart + 1 });
    for (let k = text.indexOf("\n"); k >= 0; k = text.indexOf("\n", k + 1)) {
      line++;
      lineStart = i + k + 1;
    }
    i = end;
  }
  return tokens;
}
function skipTrivia(src, from = 0) {
  const n = src.length;
  let i = from;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (isSpace(c) || c === 65279) i++;
    else if (c === 45 && src.charCodeAt(i + 1) === 45) {
      const nl = src.indexOf("\n", i + 2);
      i = nl < 0 ? n : nl + 1;
    } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
      const close = src.indexOf("*/", i + 2);
      i = close < 0 ? n : close + 2;
    } else break;
  }
  return i;
}
function firstKeyword(src, from = 0) {
  const start = skipTrivia(src, from);
  if (!isIdStart(src.charCodeAt(start))) return "";
  let end = start + 1;
  while (end < src.length && isIdChar(src.charCodeAt(end))) end++;
  return src.slice(start, end).toUpperCase();
}
function positionAt(src, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = src.indexOf("\n"); i >= 0 && i < offset; i = src.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
function significantTokens(src) {
  return tokenize(src).filter((t) => t.kind !== "space" && t.kind !== "comment");
}
function isKeyword(token, word) {
  return token !== void 0 && token.kind === "word" && token.text.toLowerCase() === word;
}
function isIdentifier(token) {
  return token !== void 0 && (token.kind === "word" || token.kind === "quoted" || token.kind === "string");
}
function identifierName(token) {
  return token.kind === "quoted" || token.kind === "string" ? token.value : token.text;
}

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
function isIdChar2(code) {
  return code >= 48 && code <= 57 || // 0-9
  code >= 65 && code <= 90 || // A-Z
  code >= 97 && code <= 122 || // a-z
  code === 95 || // _
  code === 36 || // $
  code > 127;
}
function isSpace2(code) {
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
    } else if (isSpace2(c)) {
      token = 1 /* Ws */;
      while (next < n && isSpace2(src.charCodeAt(next))) next++;
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
    } else if (isIdChar2(c)) {
      while (next < n && isIdChar2(src.charCodeAt(next))) next++;
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
    if (isSpace2(c)) {
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

// src/schema/affinity.ts
function affinityOf(declaredType) {
  const t = declaredType.toUpperCase();
  if (t.includes("INT")) return "INTEGER";
  if (t.includes("CHAR") || t.includes("CLOB") || t.includes("TEXT")) return "TEXT";
  if (t.includes("BLOB") || t.trim() === "") return "BLOB";
  if (t.includes("REAL") || t.includes("FLOA") || t.includes("DOUB")) return "REAL";
  return "NUMERIC";
}
function affinitiesStoreDifferently(a, b) {
  if (a === b) return false;
  const numericLike = (x) => x === "INTEGER" || x === "NUMERIC";
  return !(numericLike(a) && numericLike(b));
}

export {
  tokenize,
  skipTrivia,
  firstKeyword,
  positionAt,
  significantTokens,
  isKeyword,
  isIdentifier,
  identifierName,
  stripBom,
  splitStatements,
  affinityOf,
  affinitiesStoreDifferently
};
