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

export {
  tokenize,
  skipTrivia,
  firstKeyword,
  positionAt,
  significantTokens,
  isKeyword,
  isIdentifier,
  identifierName
};
