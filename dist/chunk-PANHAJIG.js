import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  tokenize
} from "./chunk-RNDVHOK7.js";

// src/schema/render.ts
var KEYWORDS = new Set(
  `ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT BEFORE BEGIN BETWEEN BY
  CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE
  CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT DEFERRABLE DEFERRED DELETE DESC DETACH DISTINCT DO DROP
  EACH ELSE END ESCAPE EXCEPT EXCLUDE EXCLUSIVE EXISTS EXPLAIN FAIL FILTER FIRST FOLLOWING FOR FOREIGN FROM
  FULL GENERATED GLOB GROUP GROUPS HAVING IF IGNORE IMMEDIATE IN INDEX INDEXED INITIALLY INNER INSERT INSTEAD
  INTERSECT INTO IS ISNULL JOIN KEY LAST LEFT LIKE LIMIT MATCH MATERIALIZED NATURAL NO NOT NOTHING NOTNULL
  NULL NULLS OF OFFSET ON OR ORDER OTHERS OUTER OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE
  RANGE RECURSIVE REFERENCES REGEXP REINDEX RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK ROW ROWS
  SAVEPOINT SELECT SET TABLE TEMP TEMPORARY THEN TIES TO TRANSACTION TRIGGER UNBOUNDED UNION UNIQUE UPDATE
  USING VACUUM VALUES VIEW VIRTUAL WHEN WHERE WINDOW WITH WITHOUT`.split(/\s+/)
);
function quoteIdent(name) {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !KEYWORDS.has(name.toUpperCase())) return name;
  return `"${name.replaceAll('"', '""')}"`;
}
var identList = (names) => names.map(quoteIdent).join(", ");
function keywordsUpper(expression) {
  const tokens = tokenize(expression);
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens.slice(i + 1).find((n) => n.kind !== "space" && n.kind !== "comment");
    const isCall = next?.kind === "op" && next.text === "(";
    const keyword = t.kind === "word" && KEYWORDS.has(t.text.toUpperCase());
    out += keyword && !(isCall && CALLABLE.has(t.text.toUpperCase())) ? t.text.toUpperCase() : t.text;
  }
  return out;
}
var CALLABLE = /* @__PURE__ */ new Set(["REPLACE", "LIKE", "GLOB", "MATCH", "REGEXP"]);
function renderDefault(expression) {
  const e = keywordsUpper(expression.trim());
  const literal = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(e) || /^0x[0-9a-f]+$/i.test(e) || /^'([^']|'')*'$/.test(e) || /^x'[0-9a-f]*'$/i.test(e) || /^(NULL|TRUE|FALSE|CURRENT_TIME|CURRENT_DATE|CURRENT_TIMESTAMP)$/i.test(e);
  return literal || isParenthesized(e) ? e : `(${e})`;
}
function isParenthesized(e) {
  if (!e.startsWith("(") || !e.endsWith(")")) return false;
  let depth = 0;
  for (let i = 0; i < e.length; i++) {
    if (e[i] === "(") depth++;
    else if (e[i] === ")") depth--;
    if (depth === 0 && i < e.length - 1) return false;
  }
  return true;
}
function renderColumn(column, options = {}) {
  const parts = [quoteIdent(column.name)];
  if (column.type) parts.push(column.type);
  if (options.inlineKey) parts.push(options.autoincrement ? "PRIMARY KEY AUTOINCREMENT" : "PRIMARY KEY");
  if (column.notNull) parts.push("NOT NULL");
  if (column.default !== void 0 && !column.generated)
    parts.push(`DEFAULT ${renderDefault(column.default)}`);
  if (column.collate) parts.push(`COLLATE ${column.collate}`);
  if (column.generated)
    parts.push(
      `GENERATED ALWAYS AS (${keywordsUpper(column.generated.expression)}) ${column.generated.kind.toUpperCase()}`
    );
  return parts.join(" ");
}
function renderReferences(fk) {
  let sql = `REFERENCES ${quoteIdent(fk.table)}`;
  if (fk.refColumns.length > 0) sql += ` (${identList(fk.refColumns)})`;
  if (fk.onDelete && fk.onDelete.toUpperCase() !== "NO ACTION")
    sql += ` ON DELETE ${fk.onDelete.toUpperCase()}`;
  if (fk.onUpdate && fk.onUpdate.toUpperCase() !== "NO ACTION")
    sql += ` ON UPDATE ${fk.onUpdate.toUpperCase()}`;
  return sql;
}
function renderForeignKey(fk) {
  return `FOREIGN KEY (${identList(fk.columns)}) ${renderReferences(fk)}`;
}
function renderCheck(check) {
  const body = `CHECK (${keywordsUpper(check.expression)})`;
  return check.name ? `CONSTRAINT ${quoteIdent(check.name)} ${body}` : body;
}
function renderIndexColumn(column) {
  const m = /^(.*?)(\s+(?:ASC|DESC))?$/i.exec(column.trim());
  const name = m?.[1] ?? column;
  const order = m?.[2] ?? "";
  return /^[^\s()'"]+$/.test(name) && !/[+\-*/|<>=,]/.test(name) ? quoteIdent(name) + order : column;
}
function isConstraintIndex(index) {
  return index.origin === "u" && index.unique && index.where === void 0;
}
function renderCreateTable(table, name = table.name) {
  const inlineKey = table.primaryKey.length === 1 ? table.primaryKey[0].toLowerCase() : void 0;
  const lines = table.columns.map(
    (c) => renderColumn(c, {
      inlineKey: c.name.toLowerCase() === inlineKey,
      autoincrement: table.autoincrement === true
    })
  );
  if (table.primaryKey.length > 1) lines.push(`PRIMARY KEY (${identList(table.primaryKey)})`);
  for (const index of table.indexes.filter(isConstraintIndex))
    lines.push(`UNIQUE (${index.columns.map(renderIndexColumn).join(", ")})`);
  for (const fk of table.foreignKeys) lines.push(renderForeignKey(fk));
  for (const check of table.checks) lines.push(renderCheck(check));
  const options = [table.withoutRowid ? "WITHOUT ROWID" : "", table.strict ? "STRICT" : ""].filter(Boolean);
  const suffix = options.length > 0 ? ` ${options.join(", ")}` : "";
  return `CREATE TABLE ${quoteIdent(name)} (
${lines.map((l) => `  ${l}`).join(",\n")}
)${suffix};`;
}
function renderCreateIndex(index, table, options = {}) {
  const unique = index.unique ? "UNIQUE " : "";
  const ine = options.ifNotExists ? "IF NOT EXISTS " : "";
  const cols = index.columns.map(renderIndexColumn).join(", ");
  const where = index.where !== void 0 ? ` WHERE ${keywordsUpper(index.where)}` : "";
  return `CREATE ${unique}INDEX ${ine}${quoteIdent(options.name ?? index.name)} ON ${quoteIdent(table)} (${cols})${where};`;
}
function indexNameFor(index, table) {
  if (index.origin === "c" && !index.name.toLowerCase().startsWith("sqlite_")) return index.name;
  const cols = index.columns.map((c) => c.replace(/\W+/g, "_").replace(/^_|_$/g, "")).join("_");
  return `${table}_${cols}_${index.unique ? "key" : "idx"}`.toLowerCase();
}
function standaloneIndexes(table) {
  return table.indexes.filter((i) => i.origin !== "pk" && !isConstraintIndex(i));
}
function renderCreateView(view) {
  const def = keywordsUpper(view.definition.trim().replace(/;$/, ""));
  return /^CREATE\s/i.test(def) ? `${def};` : `CREATE VIEW ${quoteIdent(view.name)} AS ${def};`;
}
function renderCreateTrigger(trigger) {
  const def = keywordsUpper(trigger.definition.trim());
  return def.endsWith(";") ? def : `${def};`;
}
function renderSchema(schema) {
  const statements = [];
  for (const table of schema.tables) {
    statements.push(renderCreateTable(table));
    for (const index of standaloneIndexes(table))
      statements.push(renderCreateIndex(index, table.name, { name: indexNameFor(index, table.name) }));
  }
  for (const view of schema.views) statements.push(renderCreateView(view));
  for (const trigger of schema.triggers) statements.push(renderCreateTrigger(trigger));
  return statements.length > 0 ? `${statements.join("\n\n")}
` : "";
}

export {
  quoteIdent,
  renderColumn,
  renderReferences,
  renderCreateTable,
  renderCreateIndex,
  indexNameFor,
  standaloneIndexes,
  renderCreateView,
  renderCreateTrigger,
  renderSchema
};
