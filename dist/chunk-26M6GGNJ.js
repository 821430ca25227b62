import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/sqlite/replay-scan.ts
function isSpace(code) {
  return code === 32 || code >= 9 && code <= 13;
}
function isIdChar(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95 || code === 36 || code > 127;
}
function skipTrivia(sql, i = 0) {
  const n = sql.length;
  while (i < n) {
    const c = sql.charCodeAt(i);
    if (isSpace(c) || c === 65279) i++;
    else if (c === 45 && sql.charCodeAt(i + 1) === 45) {
      const nl = sql.indexOf("\n", i + 2);
      i = nl < 0 ? n : nl + 1;
    } else if (c === 47 && sql.charCodeAt(i + 1) === 42) {
      const close = sql.indexOf("*/", i + 2);
      i = close < 0 ? n : close + 2;
    } else break;
  }
  return i;
}
function firstKeyword(sql, from = 0) {
  const start = skipTrivia(sql, from);
  let end = start;
  while (end < sql.length && isIdChar(sql.charCodeAt(end))) end++;
  return sql.slice(start, end).toUpperCase();
}
function closeQuote(sql, from, quote) {
  let k = from;
  for (; ; ) {
    const close = sql.indexOf(quote, k);
    if (close < 0) return sql.length;
    if (quote !== "]" && sql[close + 1] === quote) {
      k = close + 2;
      continue;
    }
    return close + 1;
  }
}
function tokenize(sql) {
  const tokens = [];
  let i = skipTrivia(sql);
  const n = sql.length;
  while (i < n) {
    const c = sql.charCodeAt(i);
    let end;
    let kind;
    let text;
    if (c === 39) {
      end = closeQuote(sql, i + 1, "'");
      kind = "string";
      text = sql.slice(i, end);
    } else if (c === 34 || c === 96 || c === 91) {
      const quote = c === 91 ? "]" : String.fromCharCode(c);
      end = closeQuote(sql, i + 1, quote);
      kind = "quoted";
      const inner = sql.slice(i + 1, end - 1);
      text = quote === "]" ? inner : inner.split(quote + quote).join(quote);
    } else if (c >= 48 && c <= 57 || c === 46 && /\d/.test(sql[i + 1] ?? "")) {
      end = i + 1;
      while (end < n && /[0-9a-zA-Z_.]/.test(sql[end])) end++;
      kind = "number";
      text = sql.slice(i, end);
    } else if (isIdChar(c)) {
      end = i + 1;
      while (end < n && isIdChar(sql.charCodeAt(end))) end++;
      kind = "word";
      text = sql.slice(i, end);
    } else {
      end = i + 1;
      kind = "punct";
      text = sql[i];
    }
    tokens.push({ kind, text, start: i, end });
    i = skipTrivia(sql, end);
  }
  return tokens;
}
function isWord(token, word) {
  return token?.kind === "word" && token.text.toUpperCase() === word;
}
function isName(token) {
  return token?.kind === "word" || token?.kind === "quoted" || token?.kind === "string";
}
function positionAt(base, sql, offset) {
  let line = base.line;
  let lineStart = -1;
  for (let k = sql.indexOf("\n"); k >= 0 && k < offset; k = sql.indexOf("\n", k + 1)) {
    line++;
    lineStart = k;
  }
  const column = lineStart < 0 ? (base.column ?? 1) + offset : offset - lineStart;
  return { path: base.path, line, column };
}
function quoteName(name) {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}
function excerpt(sql, lines = 3) {
  const all = sql.replace(/\r\n?/g, "\n").split("\n");
  return all.length <= lines ? all.join("\n") : `${all.slice(0, lines).join("\n")}
\u2026`;
}

// src/sqlite/replay-ddl.ts
var TABLE_CONSTRAINT = /* @__PURE__ */ new Set(["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"]);
function columnOffsets(sql) {
  const offsets = /* @__PURE__ */ new Map();
  const tokens = tokenize(sql);
  let depth = 0;
  let expectName = false;
  for (const token of tokens) {
    if (token.kind === "punct") {
      if (token.text === "(") {
        depth++;
        expectName = depth === 1;
      } else if (token.text === ")") {
        depth--;
      } else if (token.text === "," && depth === 1) {
        expectName = true;
      }
      continue;
    }
    if (expectName && depth === 1) {
      expectName = false;
      if (token.kind === "word" && TABLE_CONSTRAINT.has(token.text.toUpperCase())) continue;
      if (isName(token)) {
        const key = token.text.toLowerCase();
        if (!offsets.has(key)) offsets.set(key, token.start);
      }
    } else if (depth === 0 && isWord(token, "AS")) {
      break;
    }
  }
  return offsets;
}
function qualifiedName(tokens, i) {
  const first = tokens[i];
  if (!isName(first)) return void 0;
  if (tokens[i + 1]?.text === "." && isName(tokens[i + 2])) {
    return { name: tokens[i + 2].text, next: i + 3 };
  }
  return { name: first.text, next: i + 1 };
}
function parseAlterTable(sql) {
  const t = tokenize(sql);
  if (!isWord(t[0], "ALTER") || !isWord(t[1], "TABLE")) return void 0;
  const target = qualifiedName(t, 2);
  if (!target) return void 0;
  let i = target.next;
  const verb = t[i]?.text.toUpperCase();
  i++;
  const table = target.name;
  if (verb === "ADD") {
    if (isWord(t[i], "COLUMN")) i++;
    const column = t[i];
    if (!isName(column)) return { table, action: { kind: "other" } };
    return { table, action: { kind: "add-column", column: column.text, definitionStart: column.start } };
  }
  if (verb === "RENAME") {
    if (isWord(t[i], "TO") && isName(t[i + 1])) {
      return { table, action: { kind: "rename-table", to: t[i + 1].text } };
    }
    if (isWord(t[i], "COLUMN")) i++;
    if (isName(t[i]) && isWord(t[i + 1], "TO") && isName(t[i + 2])) {
      return { table, action: { kind: "rename-column", column: t[i].text, to: t[i + 2].text } };
    }
  }
  if (verb === "DROP") {
    if (isWord(t[i], "COLUMN")) i++;
    if (isName(t[i])) return { table, action: { kind: "drop-column", column: t[i].text } };
  }
  return { table, action: { kind: "other" } };
}
function parseCreate(sql) {
  const t = tokenize(sql);
  if (!isWord(t[0], "CREATE")) return void 0;
  let i = 1;
  while (isWord(t[i], "TEMP") || isWord(t[i], "TEMPORARY") || isWord(t[i], "UNIQUE") || isWord(t[i], "VIRTUAL")) {
    i++;
  }
  const kind = t[i]?.text.toLowerCase();
  if (kind !== "table" && kind !== "index" && kind !== "view" && kind !== "trigger") return void 0;
  i++;
  let ifNotExists = false;
  if (isWord(t[i], "IF") && isWord(t[i + 1], "NOT") && isWord(t[i + 2], "EXISTS")) {
    ifNotExists = true;
    i += 3;
  }
  const target = qualifiedName(t, i);
  return target ? { type: kind, name: target.name, ifNotExists } : void 0;
}
function statementTable(sql) {
  const t = tokenize(sql);
  const first = t[0]?.text.toUpperCase();
  let i = -1;
  if (first === "ALTER" && isWord(t[1], "TABLE")) i = 2;
  else if (first === "INSERT" || first === "REPLACE") i = t.findIndex((x) => isWord(x, "INTO")) + 1;
  else if (first === "UPDATE") i = isWord(t[1], "OR") ? 3 : 1;
  else if (first === "DELETE" && isWord(t[1], "FROM")) i = 2;
  else if (first === "CREATE") {
    const on = t.findIndex((x) => isWord(x, "ON"));
    if (on > 0 && (t.some((x) => isWord(x, "INDEX")) || t.some((x) => isWord(x, "TRIGGER")))) i = on + 1;
  }
  return i > 0 ? qualifiedName(t, i)?.name : void 0;
}

export {
  skipTrivia,
  firstKeyword,
  tokenize,
  isWord,
  isName,
  positionAt,
  quoteName,
  excerpt,
  columnOffsets,
  parseAlterTable,
  parseCreate,
  statementTable
};
