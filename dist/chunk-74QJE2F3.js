import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  ALL_CAPABILITIES,
  EMPTY_SCHEMA,
  MIGRATION_LOADERS,
  MODEL_CANDIDATES,
  detectFormat,
  detectModelLoader,
  findMigrationDirs,
  joinPath,
  loaderFor,
  modelLoaderFor
} from "./chunk-OVKB7YQ5.js";
import {
  VERSION
} from "./chunk-DE3BHIPR.js";
import {
  RULES,
  SEVERITY_RANK,
  loadConfig,
  resolveProjects,
  sortFindings,
  summarize
} from "./chunk-EEW26NA2.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";
import {
  excerpt,
  statementTable
} from "./chunk-26M6GGNJ.js";
import {
  affinitiesStoreDifferently,
  inspectSchema,
  openDatabase,
  sqliteVersion,
  tokenize
} from "./chunk-7YJIGHC5.js";

// src/command/scratch-db.ts
function shellQuote(value, platform = process.platform) {
  if (platform === "win32") return `"${value.replace(/"/g, '""')}"`;
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
function expandCommand(command, dbPath, platform = process.platform) {
  return command.replace(/\{db\}/g, shellQuote(dbPath, platform));
}
function tail(text, lines = 20, chars = 2e3) {
  const kept = text.trimEnd().split(/\r?\n/).slice(-lines).join("\n");
  return kept.length > chars ? `\u2026${kept.slice(kept.length - chars)}` : kept;
}
async function runScratchDbCommand(command, deps, rule, what) {
  const fail = (message, stdout = "", stderr = "", fix) => ({
    findings: [
      {
        rule,
        severity: "error",
        message,
        locations: deps.configLocation ? [deps.configLocation] : [],
        ...fix ? { fix } : {}
      }
    ],
    stdout,
    stderr
  });
  if (!deps.process || !deps.temp) {
    return fail(`${what} command mode is not available here (no process runner): ${command}`);
  }
  const dir = await deps.temp.makeDir(rule === "replay-error" ? "migrations" : "models");
  const sep = dir.includes("\\") && !dir.includes("/") ? "\\" : "/";
  const dbPath = `${dir}${sep}scratch.db`;
  const url = `sqlite:///${dbPath.replace(/\\/g, "/")}`;
  const expanded = expandCommand(command, dbPath);
  const result = await deps.process.run(expanded, {
    cwd: deps.rootDir,
    env: { DRIFTCHECK_DB: dbPath, DATABASE_URL: url },
    timeoutMs: deps.timeoutMs
  });
  const details = tail(result.stderr) || tail(result.stdout);
  if (result.timedOut) {
    return fail(
      `the ${what} command did not finish within ${Math.round(deps.timeoutMs / 1e3)} s and was stopped: ${command}${details ? `
${details}` : ""}`,
      result.stdout,
      result.stderr
    );
  }
  if (result.code !== 0) {
    return fail(
      `the ${what} command failed (exit ${result.code ?? "signal"}): ${command}${details ? `
${details}` : ""}`,
      result.stdout,
      result.stderr
    );
  }
  const bytes = deps.temp.readFile ? await deps.temp.readFile(dbPath) : void 0;
  if (!bytes || bytes.length === 0) {
    return fail(
      `the ${what} command succeeded but wrote no database to {db} (${dbPath}); use {db}, $DRIFTCHECK_DB or $DATABASE_URL as its target`,
      result.stdout,
      result.stderr
    );
  }
  return { bytes, findings: [], stdout: result.stdout, stderr: result.stderr };
}

// src/migrations/command.ts
function runMigrationsCommand(command, deps) {
  return runScratchDbCommand(command, deps, "replay-error", "migrations");
}

// src/rules/apply.ts
function patternToRegExp(pattern) {
  const escaped = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${escaped}$`, "i");
}
function ignoreMatcher(patterns) {
  const tables = [];
  const columns = [];
  for (const pattern of patterns) {
    const dot = pattern.indexOf(".");
    if (dot < 0) tables.push(patternToRegExp(pattern));
    else
      columns.push({
        table: patternToRegExp(pattern.slice(0, dot)),
        column: patternToRegExp(pattern.slice(dot + 1))
      });
  }
  return (table, column) => {
    if (tables.some((t) => t.test(table))) return true;
    if (column === void 0) return false;
    return columns.some((c) => c.table.test(table) && c.column.test(column));
  };
}
function applyRuleSettings(findings, settings) {
  const out = [];
  for (const finding2 of findings) {
    const override = settings.rules[finding2.rule];
    if (override === "off") continue;
    if (finding2.table !== void 0 && settings.ignore?.(finding2.table, finding2.column)) continue;
    out.push({
      ...finding2,
      ...settings.project !== void 0 ? { project: settings.project } : {},
      ...override ? { severity: override } : {}
    });
  }
  return out;
}

// src/diff/context.ts
function sharedCapabilities(options) {
  const e = options.capabilities?.expected ?? ALL_CAPABILITIES;
  const a = options.capabilities?.actual ?? ALL_CAPABILITIES;
  return {
    views: e.views && a.views,
    triggers: e.triggers && a.triggers,
    checks: e.checks && a.checks,
    indexNames: e.indexNames && a.indexNames
  };
}
function ignoreOf(options) {
  return options.ignore ?? (() => false);
}

// src/diff/sql-text.ts
function canonicalSql(text) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'") {
      const end = literalEnd(text, i, "'");
      out += text.slice(i, end);
      i = end;
    } else if (ch === '"' || ch === "`") {
      const end = literalEnd(text, i, ch);
      out += text.slice(i + 1, end - 1).toLowerCase();
      i = end;
    } else if (ch === "[") {
      const close = text.indexOf("]", i);
      const end = close < 0 ? text.length : close + 1;
      out += text.slice(i + 1, end - 1).toLowerCase();
      i = end;
    } else if (/\s/.test(ch)) {
      while (i < text.length && /\s/.test(text[i])) i++;
      if (WORDISH.test(out.at(-1) ?? "") && WORDISH.test(text[i] ?? "")) out += " ";
    } else {
      out += ch.toLowerCase();
      i++;
    }
  }
  return out;
}
var WORDISH = /[\w$'"`[]/;
function literalEnd(text, start, quote) {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}
function stripOuterParens(text) {
  let s = text.trim();
  while (s.startsWith("(") && s.endsWith(")") && closingParen(s, 0) === s.length - 1)
    s = s.slice(1, -1).trim();
  return s;
}
function closingParen(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" || ch === '"' || ch === "`") i = literalEnd(text, i, ch) - 1;
    else if (ch === "(") depth++;
    else if (ch === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
function sameSql(a, b) {
  if (a === void 0 || b === void 0) return a === b;
  return canonicalSql(stripOuterParens(a)) === canonicalSql(stripOuterParens(b));
}
function canonicalDefault(value) {
  if (value === void 0) return void 0;
  const c = canonicalSql(stripOuterParens(value));
  if (c === "false") return "0";
  if (c === "true") return "1";
  if (c === "null") return void 0;
  return c;
}
function sameType(a, b) {
  return canonicalSql(a) === canonicalSql(b);
}
function nameKey(name) {
  const n = name.trim();
  const quoted = /^(?:"(.*)"|`(.*)`|\[(.*)\])$/s.exec(n);
  return (quoted ? quoted[1] ?? quoted[2] ?? quoted[3] ?? "" : n).toLowerCase();
}

// src/diff/match.ts
function matchByName(expected, actual) {
  return matchBy(expected, actual, (e, a) => nameKey(e.name) === nameKey(a.name));
}
function matchBy(expected, actual, same) {
  const claimed = /* @__PURE__ */ new Set();
  const pairs = [];
  const missing = [];
  for (const e of expected) {
    const i = actual.findIndex((a, j) => !claimed.has(j) && same(e, a));
    if (i < 0) missing.push(e);
    else {
      claimed.add(i);
      pairs.push({ expected: e, actual: actual[i] });
    }
  }
  return { pairs, missing, extra: actual.filter((_, j) => !claimed.has(j)) };
}

// src/diff/checks.ts
function diffChecks(tables) {
  const { missing, extra } = matchBy(
    tables.expected.checks,
    tables.actual.checks,
    (e, a) => sameSql(e.expression, a.expression)
  );
  return [
    ...missing.map((expected) => ({ kind: "check-missing", tables, expected })),
    ...extra.map((actual) => ({ kind: "check-extra", tables, actual }))
  ];
}

// src/diff/columns.ts
function diffColumns(tables, ignore) {
  const kept = (t) => t.columns.filter((c) => !ignore(t.name, c.name));
  const { pairs, missing, extra } = matchByName(kept(tables.expected), kept(tables.actual));
  const changes = [];
  for (const expected of missing) changes.push({ kind: "column-missing", tables, expected });
  for (const actual of extra) changes.push({ kind: "column-extra", tables, actual });
  for (const { expected, actual } of pairs) {
    for (const facet of FACETS) {
      if (differs[facet](tables, expected, actual))
        changes.push(columnChange(facet, tables, expected, actual));
    }
  }
  return changes;
}
function columnChange(facet, tables, expected, actual) {
  return { kind: `column-${facet}-changed`, facet, tables, expected, actual };
}
var FACETS = ["type", "nullable", "default", "generated", "collate"];
var differs = {
  type: (_, e, a) => !sameType(e.type, a.type),
  nullable: (t, e, a) => effectiveNotNull(t.expected, e) !== effectiveNotNull(t.actual, a),
  // A generated column has no default; the generated facet covers it.
  default: (_, e, a) => !e.generated && !a.generated && canonicalDefault(e.default) !== canonicalDefault(a.default),
  generated: (_, e, a) => e.generated?.kind !== a.generated?.kind || !sameSql(e.generated?.expression, a.generated?.expression),
  collate: (_, e, a) => collation(e) !== collation(a)
};
function collation(column) {
  return (column.collate ?? "BINARY").toUpperCase();
}
function effectiveNotNull(table, column) {
  if (column.notNull) return true;
  const inKey = table.primaryKey.some((k) => nameKey(k) === nameKey(column.name));
  if (!inKey) return false;
  if (table.withoutRowid) return true;
  return table.primaryKey.length === 1 && isIntegerType(column.type);
}
function isIntegerType(type) {
  return type.trim().toUpperCase() === "INTEGER";
}

// src/diff/foreign-keys.ts
function diffForeignKeys(tables, actual, expected) {
  const e = tables.expected.foreignKeys.map((fk) => resolved(fk, expected));
  const a = tables.actual.foreignKeys.map((fk) => resolved(fk, actual));
  const exact = matchBy(e, a, (x, y) => sameColumns(x, y) && sameTarget(x, y) && sameActions(x, y));
  const byColumns = matchBy(exact.missing, exact.extra, sameColumns);
  const changes = [];
  for (const fk of byColumns.missing) {
    if (!carriedByMissingColumn(fk, tables.actual))
      changes.push({ kind: "foreign-key-missing", tables, expected: fk });
  }
  for (const fk of byColumns.extra) changes.push({ kind: "foreign-key-extra", tables, actual: fk });
  for (const { expected: x, actual: y } of byColumns.pairs)
    changes.push({ kind: "foreign-key-changed", tables, expected: x, actual: y });
  return changes;
}
function resolved(fk, schema) {
  if (fk.refColumns.length > 0) return fk;
  const parent = schema.tables.find((t) => nameKey(t.name) === nameKey(fk.table));
  return parent && parent.primaryKey.length > 0 ? { ...fk, refColumns: parent.primaryKey } : fk;
}
function carriedByMissingColumn(fk, actual) {
  return fk.columns.length === 1 && !actual.columns.some((c) => nameKey(c.name) === nameKey(fk.columns[0]));
}
var sameList = (x, y) => x.length === y.length && x.every((v, i) => nameKey(v) === nameKey(y[i]));
function sameColumns(x, y) {
  return sameList(x.columns, y.columns);
}
function sameTarget(x, y) {
  return nameKey(x.table) === nameKey(y.table) && sameList(x.refColumns, y.refColumns);
}
function sameActions(x, y) {
  const act = (v) => (v ?? "NO ACTION").toUpperCase().replace(/\s+/g, " ");
  return act(x.onDelete) === act(y.onDelete) && act(x.onUpdate) === act(y.onUpdate);
}

// src/diff/indexes.ts
function diffIndexes(tables, ignore, compareNames) {
  const relevant = (t) => t.indexes.filter((i) => i.origin !== "pk" && !coversIgnored(t, i, ignore));
  const byShape = matchBy(relevant(tables.expected), relevant(tables.actual), sameShape);
  const byName = matchBy(
    byShape.missing,
    byShape.extra,
    (e, a) => explicit(e, a) && nameKey(e.name) === nameKey(a.name)
  );
  const changes = [];
  for (const expected of byName.missing) changes.push({ kind: "index-missing", tables, expected });
  for (const actual of byName.extra) changes.push({ kind: "index-extra", tables, actual });
  for (const { expected, actual } of byName.pairs)
    changes.push({ kind: "index-changed", tables, expected, actual });
  if (compareNames) {
    for (const { expected, actual } of byShape.pairs) {
      if (explicit(expected, actual) && nameKey(expected.name) !== nameKey(actual.name))
        changes.push({ kind: "index-renamed", tables, expected, actual });
    }
  }
  return changes;
}
function sameShape(a, b) {
  return a.unique === b.unique && a.columns.length === b.columns.length && a.columns.every((c, i) => canonicalSql(c) === canonicalSql(b.columns[i])) && sameSql(a.where, b.where);
}
function explicit(a, b) {
  return a.origin === "c" && b.origin === "c";
}
function coversIgnored(table, index2, ignore) {
  return index2.columns.some((c) => ignore(table.name, c));
}

// src/diff/primary-key.ts
function diffPrimaryKey(tables) {
  const expected = tables.expected.primaryKey;
  const actual = tables.actual.primaryKey;
  const same = expected.length === actual.length && expected.every((c, i) => nameKey(c) === nameKey(actual[i]));
  return same ? [] : [{ kind: "primary-key-changed", tables, expected, actual }];
}

// src/diff/views.ts
function diffViews(expected, actual) {
  const m = matchByName(expected, actual);
  return [
    ...m.missing.map((v) => ({ kind: "view-missing", expected: v })),
    ...m.extra.map((v) => ({ kind: "view-extra", actual: v })),
    ...m.pairs.filter((p) => !sameSql(p.expected.definition, p.actual.definition)).map((p) => ({ kind: "view-changed", ...p }))
  ];
}
function diffTriggers(expected, actual) {
  const m = matchByName(expected, actual);
  return [
    ...m.missing.map((t) => ({ kind: "trigger-missing", expected: t })),
    ...m.extra.map((t) => ({ kind: "trigger-extra", actual: t })),
    ...m.pairs.filter((p) => !sameSql(p.expected.definition, p.actual.definition)).map((p) => ({ kind: "trigger-changed", ...p }))
  ];
}

// src/diff/index.ts
function diffSchemas(actual, expected, options = {}) {
  const can = sharedCapabilities(options);
  const ignore = ignoreOf(options);
  const tables = matchByName(
    expected.tables.filter((t) => !ignore(t.name)),
    actual.tables.filter((t) => !ignore(t.name))
  );
  const changes = [];
  for (const t of tables.missing) changes.push({ kind: "table-missing", expected: t });
  for (const t of tables.extra) changes.push({ kind: "table-extra", actual: t });
  for (const pair of tables.pairs) {
    changes.push(
      ...diffColumns(pair, ignore),
      ...diffPrimaryKey(pair),
      ...diffIndexes(pair, ignore, can.indexNames),
      ...diffForeignKeys(pair, actual, expected),
      ...can.checks ? diffChecks(pair) : []
    );
  }
  if (can.views) {
    const keep = (v) => !ignore(v.name);
    changes.push(...diffViews(expected.views.filter(keep), actual.views.filter(keep)));
  }
  if (can.triggers) {
    const keep = (t) => !ignore(t.table);
    changes.push(...diffTriggers(expected.triggers.filter(keep), actual.triggers.filter(keep)));
  }
  return changes;
}

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
function renderCheck(check2) {
  const body = `CHECK (${keywordsUpper(check2.expression)})`;
  return check2.name ? `CONSTRAINT ${quoteIdent(check2.name)} ${body}` : body;
}
function renderIndexColumn(column) {
  const m = /^(.*?)(\s+(?:ASC|DESC))?$/i.exec(column.trim());
  const name = m?.[1] ?? column;
  const order = m?.[2] ?? "";
  return /^[^\s()'"]+$/.test(name) && !/[+\-*/|<>=,]/.test(name) ? quoteIdent(name) + order : column;
}
function isConstraintIndex(index2) {
  return index2.origin === "u" && index2.unique && index2.where === void 0;
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
  for (const index2 of table.indexes.filter(isConstraintIndex))
    lines.push(`UNIQUE (${index2.columns.map(renderIndexColumn).join(", ")})`);
  for (const fk of table.foreignKeys) lines.push(renderForeignKey(fk));
  for (const check2 of table.checks) lines.push(renderCheck(check2));
  const options = [table.withoutRowid ? "WITHOUT ROWID" : "", table.strict ? "STRICT" : ""].filter(Boolean);
  const suffix = options.length > 0 ? ` ${options.join(", ")}` : "";
  return `CREATE TABLE ${quoteIdent(name)} (
${lines.map((l) => `  ${l}`).join(",\n")}
)${suffix};`;
}
function renderCreateIndex(index2, table, options = {}) {
  const unique2 = index2.unique ? "UNIQUE " : "";
  const ine = options.ifNotExists ? "IF NOT EXISTS " : "";
  const cols = index2.columns.map(renderIndexColumn).join(", ");
  const where2 = index2.where !== void 0 ? ` WHERE ${keywordsUpper(index2.where)}` : "";
  return `CREATE ${unique2}INDEX ${ine}${quoteIdent(options.name ?? index2.name)} ON ${quoteIdent(table)} (${cols})${where2};`;
}
function indexNameFor(index2, table) {
  if (index2.origin === "c" && !index2.name.toLowerCase().startsWith("sqlite_")) return index2.name;
  const cols = index2.columns.map((c) => c.replace(/\W+/g, "_").replace(/^_|_$/g, "")).join("_");
  return `${table}_${cols}_${index2.unique ? "key" : "idx"}`.toLowerCase();
}
function standaloneIndexes(table) {
  return table.indexes.filter((i) => i.origin !== "pk" && !isConstraintIndex(i));
}
function renderCreateView(view2) {
  const def = keywordsUpper(view2.definition.trim().replace(/;$/, ""));
  return /^CREATE\s/i.test(def) ? `${def};` : `CREATE VIEW ${quoteIdent(view2.name)} AS ${def};`;
}
function renderCreateTrigger(trigger2) {
  const def = keywordsUpper(trigger2.definition.trim());
  return def.endsWith(";") ? def : `${def};`;
}
function renderSchema(schema) {
  const statements = [];
  for (const table of schema.tables) {
    statements.push(renderCreateTable(table));
    for (const index2 of standaloneIndexes(table))
      statements.push(renderCreateIndex(index2, table.name, { name: indexNameFor(index2, table.name) }));
  }
  for (const view2 of schema.views) statements.push(renderCreateView(view2));
  for (const trigger2 of schema.triggers) statements.push(renderCreateTrigger(trigger2));
  return statements.length > 0 ? `${statements.join("\n\n")}
` : "";
}

// src/rules/fix/mentions.ts
function mentions(sql, name) {
  const escaped = name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\w$])${escaped}($|[^\\w$])`).test(canonicalSql(sql));
}

// src/rules/fix/rebuild.ts
function rebuildSql(input) {
  const { actual } = input.tables;
  const target = targetTable(input);
  const temp = `new_${target.name}`;
  const copied = target.columns.filter(
    (c) => !c.generated && actual.columns.some((a) => !a.generated && nameKey(a.name) === nameKey(c.name))
  );
  const { views, triggers } = dependents(actual, input.actualSchema);
  const ownTriggers = input.actualSchema.triggers.filter((t) => nameKey(t.table) === nameKey(actual.name));
  const lines = [
    `-- Rebuild ${quoteIdent(target.name)} (SQLite cannot alter it in place): https://www.sqlite.org/lang_altertable.html#otheralter`,
    "PRAGMA foreign_keys=OFF;",
    "BEGIN;",
    ...views.map((v) => `DROP VIEW IF EXISTS ${quoteIdent(v.name)};`),
    ...triggers.map((t) => `DROP TRIGGER IF EXISTS ${quoteIdent(t.name)};`),
    renderCreateTable(target, temp),
    ...cautions(
      input.tables,
      target,
      copied.map((c) => c.name)
    )
  ];
  if (copied.length > 0) {
    const into = copied.map((c) => quoteIdent(c.name)).join(", ");
    const from = copied.map((c) => quoteIdent(actualName(actual, c.name))).join(", ");
    lines.push(
      `INSERT INTO ${quoteIdent(temp)} (${into})
  SELECT ${from} FROM ${quoteIdent(actual.name)};`
    );
  }
  lines.push(
    `DROP TABLE ${quoteIdent(actual.name)};`,
    `ALTER TABLE ${quoteIdent(temp)} RENAME TO ${quoteIdent(target.name)};`,
    ...standaloneIndexes(target).map((i) => renderCreateIndex(i, target.name, { name: indexName(i, input) })),
    ...ownTriggers.map(renderCreateTrigger),
    ...triggers.map(renderCreateTrigger),
    ...views.map(renderCreateView),
    "PRAGMA foreign_key_check;",
    "COMMIT;",
    "PRAGMA foreign_keys=ON;"
  );
  return lines.join("\n");
}
function targetTable({ tables, capabilities, ignored }) {
  const { expected, actual } = tables;
  const keptColumns = ignored ? actual.columns.filter((c) => ignored(actual.name, c.name)) : [];
  return {
    ...expected,
    columns: [...expected.columns, ...keptColumns],
    checks: capabilities.checks ? expected.checks : actual.checks
  };
}
function indexName(index2, { tables, capabilities }) {
  const same = capabilities.indexNames ? void 0 : tables.actual.indexes.find((a) => a.origin === "c" && sameShape(a, index2));
  return same?.name ?? indexNameFor(index2, tables.expected.name);
}
function actualName(table, column) {
  return table.columns.find((c) => nameKey(c.name) === nameKey(column))?.name ?? column;
}
function cautions(tables, target, copied) {
  const out = [];
  for (const column of target.columns) {
    if (!effectiveNotNull(target, column) || column.generated) continue;
    const old = tables.actual.columns.find((c) => nameKey(c.name) === nameKey(column.name));
    if (!copied.some((n) => nameKey(n) === nameKey(column.name))) {
      if (column.default === void 0)
        out.push(
          `-- ${column.name} is new and NOT NULL without a default: existing rows need a value for it.`
        );
    } else if (old && !effectiveNotNull(tables.actual, old)) {
      out.push(`-- ${column.name} becomes NOT NULL: rows where it is NULL must be updated first.`);
    }
  }
  return out;
}
function dependents(table, schema) {
  const names = [table.name];
  const views = [];
  let grew = true;
  while (grew) {
    grew = false;
    for (const v of schema.views) {
      if (!views.includes(v) && names.some((n) => mentions(v.definition, n))) {
        views.push(v);
        names.push(v.name);
        grew = true;
      }
    }
  }
  const triggers = schema.triggers.filter(
    (t) => nameKey(t.table) !== nameKey(table.name) && names.some((n) => mentions(t.definition, n))
  );
  return { views: schema.views.filter((v) => views.includes(v)), triggers };
}

// src/rules/phrases.ts
function where(side, source) {
  if (!source) return side.label;
  return source.line > 0 ? `${source.path}:${source.line}` : source.path;
}
function isIn(side, source) {
  const declared = source !== void 0 && source.line > 0 || side.kind === "models";
  const verb = declared ? "is declared in" : "is in";
  return `${verb} ${where(side, source)}`;
}
function lacksIt(side) {
  if (side.kind === "migrations") return "no migration creates it";
  if (side.kind === "models") return `${side.label} does not declare it`;
  return `${side.label} does not have it`;
}
function isCreatedBy(side, source) {
  return side.kind === "migrations" ? `is created by ${where(side, source)}` : isIn(side, source);
}
function says(side) {
  if (side.kind === "models") return `${side.label} declares`;
  if (side.kind === "migrations") return `${side.label} give`;
  return `${side.label} has`;
}
function missingMessage(what, sides, source) {
  return `${what} ${isIn(sides.expected, source)} but ${lacksIt(sides.actual)}`;
}
function extraMessage(what, sides, source) {
  return `${what} ${isCreatedBy(sides.actual, source)} but ${lacksIt(sides.expected)}`;
}
function differsMessage(what, sides, expected, actual) {
  return `${what}: ${says(sides.expected)} ${expected}, ${says(sides.actual)} ${actual}`;
}
var columnName = (table, column) => `${table}.${column}`;
var list = (names) => `(${names.join(", ")})`;
function describeTable(table) {
  return `${table.name} ${list(table.columns.map((c) => c.name))}`;
}
function describeIndex(index2) {
  const unique2 = index2.unique ? "UNIQUE " : "";
  const where2 = index2.where !== void 0 ? ` WHERE ${index2.where}` : "";
  return `${unique2}${list(index2.columns)}${where2}`;
}
function describeForeignKey(fk) {
  const ref = fk.refColumns.length > 0 ? list(fk.refColumns) : "";
  const actions = [
    fk.onDelete && fk.onDelete !== "NO ACTION" ? ` ON DELETE ${fk.onDelete}` : "",
    fk.onUpdate && fk.onUpdate !== "NO ACTION" ? ` ON UPDATE ${fk.onUpdate}` : ""
  ].join("");
  return `${list(fk.columns)} REFERENCES ${fk.table}${ref}${actions}`;
}

// src/rules/types.ts
function defineRule(rule) {
  return rule;
}

// src/rules/check.ts
var check = defineRule({
  id: "check",
  kinds: ["check-missing", "check-extra"],
  docs: {
    antiPattern: "CheckConstraint('duration_seconds >= 0') in the model; the migrations never add it",
    fix: "Rebuild the table with CHECK (duration_seconds >= 0) (SQLite cannot add a CHECK in place)."
  },
  report(change, { sides }) {
    const { tables } = change;
    const base = { table: tables.expected.name, pair: tables, fix: { rebuild: tables } };
    if (change.kind === "check-missing") {
      const source2 = change.expected.source ?? tables.expected.source;
      return {
        ...base,
        message: missingMessage(
          `${tables.expected.name}: CHECK (${change.expected.expression})`,
          sides,
          source2
        ),
        expected: change.expected.expression,
        actual: null,
        locations: [source2]
      };
    }
    const source = change.actual.source ?? tables.actual.source;
    return {
      ...base,
      message: extraMessage(`${tables.expected.name}: CHECK (${change.actual.expression})`, sides, source),
      expected: null,
      actual: change.actual.expression,
      locations: [source]
    };
  }
});

// src/rules/column-default.ts
var columnDefault = defineRule({
  id: "column-default",
  kinds: ["column-default-changed", "column-generated-changed"],
  docs: {
    antiPattern: 'ALTER TABLE goals ADD COLUMN sort_order INTEGER;  -- the model has server_default="0"',
    fix: "Rebuild the table with sort_order INTEGER DEFAULT 0 (SQLite cannot change a default in place)."
  },
  report(change, { sides }) {
    const { tables, expected, actual } = change;
    const what = columnName(tables.expected.name, expected.name);
    const isDefault = change.kind === "column-default-changed";
    const clientSide = isDefault ? appDefaultOnly(expected, actual, sides) : void 0;
    if (clientSide) {
      return {
        severity: "notice",
        table: tables.expected.name,
        column: expected.name,
        message: `${what}: ${clientSide}`,
        expected: defaultText(expected) ?? null,
        actual: defaultText(actual) ?? null,
        locations: [expected.source, actual.source]
      };
    }
    const text = isDefault ? defaultText : generatedText;
    const none = isDefault ? "no default" : "a plain (not generated) column";
    return {
      table: tables.expected.name,
      column: expected.name,
      message: differsMessage(what, sides, text(expected) ?? none, text(actual) ?? none),
      expected: text(expected) ?? null,
      actual: text(actual) ?? null,
      locations: [expected.source, actual.source],
      fix: { rebuild: tables },
      pair: tables
    };
  }
});
function appDefaultOnly(expected, actual, sides) {
  const explain = (client, clientSide, database, databaseSide) => client.default === void 0 && client.appDefault !== void 0 && database.default !== void 0 ? `${says(databaseSide)} DEFAULT ${database.default}; ${says(clientSide)} only ${client.appDefault}, which the ORM applies on insert (not a database default), so rows inserted through the application get a value either way` : void 0;
  return explain(expected, sides.expected, actual, sides.actual) ?? explain(actual, sides.actual, expected, sides.expected);
}
function defaultText(column) {
  return column.default === void 0 ? void 0 : `DEFAULT ${column.default}`;
}
function generatedText(column) {
  const g = column.generated;
  return g ? `GENERATED ALWAYS AS (${g.expression}) ${g.kind.toUpperCase()}` : void 0;
}

// src/rules/fix/drop-column.ts
function dropColumnSql(table, column, schema) {
  const key = nameKey(column.name);
  const named = (names) => names.some((n) => nameKey(n) === key);
  const blocked = named(table.primaryKey) || table.indexes.some(
    (i) => i.columns.some((c) => mentions(c, column.name)) || mentions(i.where ?? "", column.name)
  ) || table.foreignKeys.some((f) => named(f.columns)) || table.checks.some((c) => mentions(c.expression, column.name)) || table.columns.some((c) => c.generated !== void 0 && mentions(c.generated.expression, column.name)) || schema.tables.some(
    (t) => t.foreignKeys.some((f) => nameKey(f.table) === nameKey(table.name) && named(f.refColumns))
  ) || schema.views.some((v) => mentions(v.definition, column.name)) || schema.triggers.some((t) => mentions(t.definition, column.name));
  return blocked ? void 0 : `ALTER TABLE ${quoteIdent(table.name)} DROP COLUMN ${quoteIdent(column.name)};`;
}

// src/rules/column-extra.ts
var columnExtra = defineRule({
  id: "column-extra",
  kinds: ["column-extra"],
  docs: {
    antiPattern: "ALTER TABLE goals ADD COLUMN legacy_flag INTEGER NOT NULL DEFAULT 0;  -- not in the model",
    fix: "Declare legacy_flag in the model, or: ALTER TABLE goals DROP COLUMN legacy_flag;"
  },
  report({ tables, actual: column }, { sides, actual }) {
    const { actual: table } = tables;
    const sql = dropColumnSql(table, column, actual);
    return {
      table: tables.expected.name,
      column: column.name,
      message: extraMessage(
        columnName(tables.expected.name, column.name),
        sides,
        column.source ?? table.source
      ),
      expected: null,
      actual: column.type || null,
      locations: [column.source ?? table.source],
      fix: sql ? { sql } : { rebuild: tables },
      pair: tables
    };
  }
});

// src/rules/fix/add-column.ts
function addColumnSql(table, column) {
  const key = nameKey(column.name);
  if (table.primaryKey.some((k) => nameKey(k) === key)) return void 0;
  const defaultValue = column.default === void 0 ? void 0 : stripOuterParens(column.default);
  const nullDefault = defaultValue === void 0 || /^null$/i.test(defaultValue);
  if (column.generated) {
    if (column.generated.kind === "stored" || column.notNull) return void 0;
  } else {
    if (defaultValue !== void 0 && !isConstant(defaultValue)) return void 0;
    if (column.notNull && nullDefault) return void 0;
  }
  const fk = table.foreignKeys.find((f) => f.columns.length === 1 && nameKey(f.columns[0]) === key);
  if (fk && !nullDefault) return void 0;
  const references = fk ? ` ${renderReferences(fk)}` : "";
  return `ALTER TABLE ${quoteIdent(table.name)} ADD COLUMN ${renderColumn(column)}${references};`;
}
function isConstant(expression) {
  const e = canonicalSql(stripOuterParens(expression));
  return /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/.test(e) || /^0x[0-9a-f]+$/.test(e) || /^'([^']|'')*'$/s.test(e) || /^x'[0-9a-f]*'$/.test(e) || /^(null|true|false)$/.test(e);
}

// src/rules/column-missing.ts
var columnMissing = defineRule({
  id: "column-missing",
  kinds: ["column-missing"],
  docs: {
    antiPattern: "notes = Column(String)  # added to the model; no migration adds activity_instances.notes",
    fix: "ALTER TABLE activity_instances ADD COLUMN notes VARCHAR;  -- in a new migration"
  },
  report({ tables, expected: column }, { sides }) {
    const { expected: table } = tables;
    const sql = addColumnSql(table, column);
    return {
      table: table.name,
      column: column.name,
      message: missingMessage(columnName(table.name, column.name), sides, column.source ?? table.source),
      expected: column.type || null,
      actual: null,
      locations: [column.source ?? table.source],
      fix: sql ? { sql } : { rebuild: tables },
      pair: tables
    };
  }
});

// src/rules/column-nullable.ts
var columnNullable = defineRule({
  id: "column-nullable",
  kinds: ["column-nullable-changed"],
  docs: {
    antiPattern: "ALTER TABLE activity_instances ADD COLUMN root_id STRING;  -- the model says nullable=False",
    fix: "Rebuild the table with root_id \u2026 NOT NULL (SQLite cannot add NOT NULL in place)."
  },
  report({ tables, expected, actual }, { sides }) {
    const what = columnName(tables.expected.name, expected.name);
    const required = effectiveNotNull(tables.expected, expected);
    const message = required ? `${what} is NOT NULL in ${sides.expected.label} but nullable in ${sides.actual.label}: NULLs can be stored that the application does not expect` : `${what} is nullable in ${sides.expected.label} but NOT NULL in ${sides.actual.label}: inserts without a value for it fail`;
    return {
      table: tables.expected.name,
      column: expected.name,
      message,
      expected: required ? "NOT NULL" : "NULL",
      actual: required ? "NULL" : "NOT NULL",
      locations: [expected.source, actual.source],
      fix: { rebuild: tables },
      pair: tables
    };
  }
});

// src/rules/affinity-effect.ts
function affinityEffect(expected, actual) {
  if (expected === actual) return void 0;
  const numeric = (a) => a === "INTEGER" || a === "NUMERIC";
  if (numeric(expected) && numeric(actual)) return void 0;
  switch (actual) {
    case "TEXT":
      return expected === "REAL" ? "1.5 would be stored as the text 1.5" : "123 would be stored as the text '123'";
    case "INTEGER":
    case "NUMERIC":
      return expected === "REAL" ? "3.0 would be stored as the integer 3" : "'0123' would be stored as 123";
    case "REAL":
      return numeric(expected) ? "3 would be stored as 3.0" : "'0123' would be stored as 123.0";
    case "BLOB":
      return expected === "TEXT" ? "123 would stay an integer instead of becoming '123'" : "'0123' would stay text instead of becoming a number";
  }
}

// src/rules/column-type.ts
var columnType = defineRule({
  id: "column-type",
  kinds: ["column-type-changed", "column-collate-changed"],
  docs: {
    antiPattern: "ALTER TABLE activity_instances ADD COLUMN notes STRING;  -- NUMERIC affinity: '0123' is stored as 123",
    fix: "Rebuild the table with notes VARCHAR (SQLite cannot change a column type in place)."
  },
  report(change, { sides }) {
    const { tables, expected, actual } = change;
    const what = columnName(tables.expected.name, expected.name);
    const base = { table: tables.expected.name, column: expected.name, pair: tables };
    const locations = [expected.source, actual.source];
    if (change.kind === "column-collate-changed") {
      const e = expected.collate ?? "BINARY";
      const a = actual.collate ?? "BINARY";
      return {
        ...base,
        severity: "warning",
        message: `${differsMessage(what, sides, `COLLATE ${e}`, `COLLATE ${a}`)}: comparisons, ordering and uniqueness differ`,
        expected: e,
        actual: a,
        locations,
        fix: { rebuild: tables }
      };
    }
    const effect = affinityEffect(expected.affinity, actual.affinity);
    const stored = affinitiesStoreDifferently(expected.affinity, actual.affinity);
    return {
      ...base,
      severity: stored ? "error" : "notice",
      message: differsMessage(what, sides, typeText(expected), typeText(actual)) + (stored && effect ? `: ${effect}` : ""),
      expected: expected.type,
      actual: actual.type,
      locations,
      fix: { rebuild: tables }
    };
  }
});
function typeText(column) {
  return `${column.type || "no type"} (${column.affinity} affinity)`;
}

// src/rules/foreign-key.ts
var foreignKey = defineRule({
  id: "foreign-key",
  kinds: ["foreign-key-missing", "foreign-key-extra", "foreign-key-changed"],
  docs: {
    antiPattern: "ALTER TABLE activity_instances ADD COLUMN root_id STRING;  -- the model: ForeignKey('goals.id', ondelete='CASCADE')",
    fix: "Rebuild the table with FOREIGN KEY (root_id) REFERENCES goals (id) ON DELETE CASCADE."
  },
  report(change, { sides }) {
    const { tables } = change;
    const table = tables.expected.name;
    const base = { table, pair: tables, fix: { rebuild: tables } };
    const fk = change.kind === "foreign-key-extra" ? change.actual : change.expected;
    const what = `${subject(table, fk)} \u2192 ${fk.table}`;
    const column = fk.columns.length === 1 ? { column: fk.columns[0] } : {};
    switch (change.kind) {
      case "foreign-key-missing":
        return {
          ...base,
          ...column,
          message: missingMessage(
            `foreign key ${what}`,
            sides,
            change.expected.source ?? tables.expected.source
          ),
          expected: describeForeignKey(change.expected),
          actual: null,
          locations: [change.expected.source ?? tables.expected.source]
        };
      case "foreign-key-extra":
        return {
          ...base,
          ...column,
          message: extraMessage(`foreign key ${what}`, sides, change.actual.source ?? tables.actual.source),
          expected: null,
          actual: describeForeignKey(change.actual),
          locations: [change.actual.source ?? tables.actual.source]
        };
      case "foreign-key-changed":
        return {
          ...base,
          ...column,
          message: differsMessage(
            `foreign key on ${subject(table, fk)}`,
            sides,
            describeForeignKey(change.expected),
            describeForeignKey(change.actual)
          ),
          expected: describeForeignKey(change.expected),
          actual: describeForeignKey(change.actual),
          locations: [
            change.expected.source ?? tables.expected.source,
            change.actual.source ?? tables.actual.source
          ]
        };
    }
  }
});
function subject(table, fk) {
  return fk.columns.length === 1 ? `${table}.${fk.columns[0]}` : `${table} (${fk.columns.join(", ")})`;
}

// src/rules/index-changes.ts
var INDEX_KINDS = ["index-missing", "index-extra", "index-changed", "index-renamed"];
function isUniqueChange(change) {
  const sides = [
    change.kind === "index-extra" ? void 0 : change.expected,
    change.kind === "index-missing" ? void 0 : change.actual
  ];
  return sides.some((i) => i?.unique === true);
}
function reportIndexChange(change, { sides }) {
  const { tables } = change;
  const table = tables.expected.name;
  const create = (i) => renderCreateIndex(i, table, { ifNotExists: true, name: indexNameFor(i, table) });
  const drop = (i) => `DROP INDEX IF EXISTS ${quoteIdent(i.name)};`;
  const base = { table, pair: tables, ...singleColumn(change) };
  switch (change.kind) {
    case "index-missing": {
      const source = change.expected.source ?? tables.expected.source;
      return {
        ...base,
        message: missingMessage(subject2(change.expected, table), sides, source) + consequence(change.expected, "missing"),
        expected: describeIndex(change.expected),
        actual: null,
        locations: [source],
        fix: { sql: create(change.expected) }
      };
    }
    case "index-extra": {
      const source = change.actual.source ?? tables.actual.source;
      const fix = change.actual.origin === "c" ? { sql: drop(change.actual) } : { rebuild: tables };
      return {
        ...base,
        message: extraMessage(subject2(change.actual, table), sides, source) + consequence(change.actual, "extra"),
        expected: null,
        actual: describeIndex(change.actual),
        locations: [source],
        fix
      };
    }
    case "index-changed":
      return {
        ...base,
        message: differsMessage(
          `index ${change.expected.name} on ${table}`,
          sides,
          describeIndex(change.expected),
          describeIndex(change.actual)
        ),
        expected: describeIndex(change.expected),
        actual: describeIndex(change.actual),
        locations: [change.expected.source, change.actual.source],
        fix: { sql: `${drop(change.actual)}
${create(change.expected)}` }
      };
    case "index-renamed":
      return {
        ...base,
        severity: "notice",
        message: `${table} ${describeIndex(change.expected)}: the index is named ${change.expected.name} in ${sides.expected.label}, ${change.actual.name} in ${sides.actual.label}`,
        expected: change.expected.name,
        actual: change.actual.name,
        locations: [change.expected.source, change.actual.source],
        fix: { sql: `${drop(change.actual)}
${create(change.expected)}` }
      };
  }
}
function subject2(index2, table) {
  if (index2.origin === "c") return `index ${index2.name} on ${table} ${describeIndex(index2)}`;
  return `UNIQUE ${list(index2.columns)} on ${table}`;
}
function consequence(index2, side) {
  if (!index2.unique) return "";
  return side === "missing" ? ": duplicates can be inserted that the application assumes impossible" : ": inserts the application expects to succeed can fail";
}
function singleColumn(change) {
  const index2 = change.kind === "index-extra" ? change.actual : change.expected;
  const only = index2.columns.length === 1 ? index2.columns[0] : void 0;
  return only && /^[\w$]+$/.test(only) ? { column: only } : {};
}

// src/rules/index.ts
var index = defineRule({
  id: "index",
  kinds: INDEX_KINDS,
  docs: {
    antiPattern: "root_id = Column(String, index=True)  # the model indexes it; no migration creates the index",
    fix: "CREATE INDEX IF NOT EXISTS ix_activity_instances_root_id ON activity_instances (root_id);"
  },
  applies: (change) => !isUniqueChange(change),
  report: reportIndexChange
});

// src/rules/primary-key.ts
var primaryKey = defineRule({
  id: "primary-key",
  kinds: ["primary-key-changed"],
  docs: {
    antiPattern: "CREATE TABLE practice_session_goals (session_id TEXT, goal_id TEXT);  -- the model keys on both",
    fix: "Rebuild the table with PRIMARY KEY (session_id, goal_id)."
  },
  report({ tables, expected, actual }, { sides }) {
    const text = (key) => key.length > 0 ? `PRIMARY KEY ${list(key)}` : "no primary key (rowid)";
    const column = expected.length === 1 ? expected[0] : actual.length === 1 && expected.length === 0 ? actual[0] : void 0;
    return {
      table: tables.expected.name,
      ...column ? { column } : {},
      message: differsMessage(
        column ? columnName(tables.expected.name, column) : tables.expected.name,
        sides,
        text(expected),
        text(actual)
      ),
      expected: expected.length > 0 ? list(expected) : null,
      actual: actual.length > 0 ? list(actual) : null,
      locations: [tables.expected.source, tables.actual.source],
      fix: { rebuild: tables },
      pair: tables
    };
  }
});

// src/rules/table-extra.ts
var tableExtra = defineRule({
  id: "table-extra",
  kinds: ["table-extra"],
  docs: {
    antiPattern: "CREATE TABLE scheduled_sessions (\u2026);  -- the model was deleted, the table stayed",
    fix: "DROP TABLE scheduled_sessions;  -- or declare the model, or ignore the table in driftcheck.json"
  },
  report({ actual: table }, { sides }) {
    return {
      table: table.name,
      message: extraMessage(`table ${quoteIdent(table.name)}`, sides, table.source),
      expected: null,
      actual: describeTable(table),
      locations: [table.source],
      fix: { sql: `DROP TABLE ${quoteIdent(table.name)};` }
    };
  }
});

// src/rules/table-missing.ts
var tableMissing = defineRule({
  id: "table-missing",
  kinds: ["table-missing"],
  docs: {
    antiPattern: 'class ProgramDayTemplate(Base): __tablename__ = "program_day_templates"  # no migration creates it',
    fix: "CREATE TABLE program_day_templates (\u2026);  -- in a new migration"
  },
  report({ expected: table }, { sides }) {
    const sql = [
      renderCreateTable(table),
      ...standaloneIndexes(table).map(
        (i) => renderCreateIndex(i, table.name, { ifNotExists: true, name: indexNameFor(i, table.name) })
      )
    ].join("\n");
    return {
      table: table.name,
      message: missingMessage(`table ${quoteIdent(table.name)}`, sides, table.source),
      expected: describeTable(table),
      actual: null,
      locations: [table.source],
      fix: { sql }
    };
  }
});

// src/rules/trigger.ts
var trigger = defineRule({
  id: "trigger",
  kinds: ["trigger-missing", "trigger-extra", "trigger-changed"],
  docs: {
    antiPattern: "A trigger that keeps goals.updated_at current exists in the snapshot; no migration creates it.",
    fix: "CREATE TRIGGER goals_touch AFTER UPDATE ON goals BEGIN UPDATE goals SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id; END;"
  },
  report(change, { sides }) {
    const drop = (name) => `DROP TRIGGER IF EXISTS ${quoteIdent(name)};`;
    switch (change.kind) {
      case "trigger-missing":
        return {
          table: change.expected.table,
          message: missingMessage(
            `trigger ${change.expected.name} on ${change.expected.table}`,
            sides,
            change.expected.source
          ),
          expected: change.expected.definition,
          actual: null,
          locations: [change.expected.source],
          fix: { sql: renderCreateTrigger(change.expected) }
        };
      case "trigger-extra":
        return {
          table: change.actual.table,
          message: extraMessage(
            `trigger ${change.actual.name} on ${change.actual.table}`,
            sides,
            change.actual.source
          ),
          expected: null,
          actual: change.actual.definition,
          locations: [change.actual.source],
          fix: { sql: drop(change.actual.name) }
        };
      case "trigger-changed":
        return {
          table: change.expected.table,
          message: `trigger ${change.expected.name} on ${change.expected.table} is defined differently in ${sides.expected.label} and ${sides.actual.label}`,
          expected: change.expected.definition,
          actual: change.actual.definition,
          locations: [change.expected.source, change.actual.source],
          fix: { sql: `${drop(change.actual.name)}
${renderCreateTrigger(change.expected)}` }
        };
    }
  }
});

// src/rules/unique.ts
var unique = defineRule({
  id: "unique",
  kinds: INDEX_KINDS,
  docs: {
    antiPattern: "email = Column(String, unique=True)  # the migrations create a plain, non-unique index",
    fix: "CREATE UNIQUE INDEX IF NOT EXISTS users_email_key ON users (email);  -- after removing duplicates"
  },
  applies: isUniqueChange,
  report: reportIndexChange
});

// src/rules/view.ts
var view = defineRule({
  id: "view",
  kinds: ["view-missing", "view-extra", "view-changed"],
  docs: {
    antiPattern: "CREATE VIEW active_goals AS SELECT * FROM goals;  -- the model filters deleted_at IS NULL",
    fix: "DROP VIEW IF EXISTS active_goals; CREATE VIEW active_goals AS SELECT * FROM goals WHERE deleted_at IS NULL;"
  },
  report(change, { sides }) {
    const drop = (name) => `DROP VIEW IF EXISTS ${quoteIdent(name)};`;
    switch (change.kind) {
      case "view-missing":
        return {
          message: missingMessage(`view ${change.expected.name}`, sides, change.expected.source),
          expected: change.expected.definition,
          actual: null,
          locations: [change.expected.source],
          fix: { sql: renderCreateView(change.expected) }
        };
      case "view-extra":
        return {
          message: extraMessage(`view ${change.actual.name}`, sides, change.actual.source),
          expected: null,
          actual: change.actual.definition,
          locations: [change.actual.source],
          fix: { sql: drop(change.actual.name) }
        };
      case "view-changed":
        return {
          message: `view ${change.expected.name} is defined differently: ${says(sides.expected)} ${change.expected.definition}; ${says(sides.actual)} ${change.actual.definition}`,
          expected: change.expected.definition,
          actual: change.actual.definition,
          locations: [change.expected.source, change.actual.source],
          fix: { sql: `${drop(change.actual.name)}
${renderCreateView(change.expected)}` }
        };
    }
  }
});

// src/rules/registry.ts
var SCHEMA_RULES = [
  erase(tableMissing),
  erase(tableExtra),
  erase(columnMissing),
  erase(columnExtra),
  erase(columnType),
  erase(columnNullable),
  erase(columnDefault),
  erase(primaryKey),
  erase(foreignKey),
  erase(index),
  erase(unique),
  erase(check),
  erase(view),
  erase(trigger)
];
function ruleFor(change) {
  const rule = SCHEMA_RULES.find((r) => r.kinds.includes(change.kind) && (r.applies?.(change) ?? true));
  if (!rule) throw new Error(`no rule reports schema change ${change.kind}`);
  return rule;
}
function erase(rule) {
  return rule;
}

// src/rules/compare.ts
var DEFAULT_SIDES = {
  expected: { label: "the model", kind: "models" },
  actual: { label: "the migrations", kind: "migrations" }
};
var SHARED_REBUILD = "(one rebuild fixes all of this table\u2019s differences)";
function compareSchemas(actual, expected, options = {}) {
  const context = {
    actual,
    expected,
    sides: { ...DEFAULT_SIDES, ...options.sides },
    capabilities: sharedCapabilities(options)
  };
  const ignore = ignoreOf(options);
  const drafts = diffSchemas(actual, expected, options).map((change) => {
    const rule = ruleFor(change);
    return { id: rule.id, draft: rule.report(change, context) };
  });
  const rebuilds = /* @__PURE__ */ new Map();
  for (const { draft } of drafts) {
    if (draft.fix && "rebuild" in draft.fix) {
      const key = nameKey(draft.fix.rebuild.expected.name);
      if (!rebuilds.has(key))
        rebuilds.set(key, {
          sql: rebuildSql({
            tables: draft.fix.rebuild,
            actualSchema: actual,
            capabilities: context.capabilities,
            ignored: (t, c) => ignore(t, c)
          }),
          count: 0
        });
    }
  }
  for (const { draft } of drafts) {
    const rebuild = draft.pair && rebuilds.get(nameKey(draft.pair.expected.name));
    if (rebuild) rebuild.count++;
  }
  return drafts.map(({ id, draft }) => {
    const rebuild = draft.pair && rebuilds.get(nameKey(draft.pair.expected.name));
    const fix = rebuild ? rebuild.sql : draft.fix && "sql" in draft.fix ? draft.fix.sql : void 0;
    return finding(id, draft, {
      fix,
      note: rebuild && rebuild.count > 1 ? ` ${SHARED_REBUILD}` : "",
      project: options.project
    });
  });
}
function finding(rule, draft, extra) {
  return {
    rule,
    severity: draft.severity ?? RULES[rule].severity,
    ...extra.project !== void 0 ? { project: extra.project } : {},
    ...draft.table !== void 0 ? { table: draft.table } : {},
    ...draft.column !== void 0 ? { column: draft.column } : {},
    message: draft.message + extra.note,
    expected: draft.expected,
    actual: draft.actual,
    locations: uniqueLocations(draft.locations),
    ...extra.fix !== void 0 ? { fix: extra.fix } : {}
  };
}
function uniqueLocations(refs) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const ref of refs) {
    if (!ref) continue;
    const key = `${ref.path}:${ref.line}:${ref.column ?? ""}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(ref);
    }
  }
  return out;
}

// src/rules/replay-error.ts
function indent(text) {
  return text.split("\n").map((line) => `    ${line}`).join("\n");
}
var LEAD = {
  sqlite: "fails on a fresh database",
  rows: "fails on every database where the table has rows",
  blocked: "cannot be replayed",
  timeout: "did not finish within its time budget"
};
function replayFailureFinding(failure, project) {
  const { location } = failure;
  const table = failure.kind === "blocked" ? void 0 : statementTable(failure.sql);
  const statement = failure.kind === "blocked" || !failure.sql ? "" : `

${indent(excerpt(failure.sql))}`;
  const hint = failure.hint ? `

${failure.hint}` : "";
  return {
    rule: "replay-error",
    severity: RULES["replay-error"].severity,
    ...project ? { project } : {},
    ...table ? { table } : {},
    message: `${location.path}:${location.line} ${LEAD[failure.kind]}: ${failure.message}${statement}${hint}`,
    locations: [location],
    ...failure.fix ? { fix: failure.fix } : {}
  };
}
function replayErrorFindings(outcome, set, project) {
  const findings = outcome.failures.map((failure) => replayFailureFinding(failure, project));
  if (outcome.stoppedAt !== void 0 && outcome.notReplayed > 0) {
    const failed = set.migrations[outcome.stoppedAt];
    const next = set.migrations[outcome.stoppedAt + 1];
    const n = outcome.notReplayed;
    findings.push({
      rule: "replay-error",
      severity: "warning",
      ...project ? { project } : {},
      message: `${n} later migration${n === 1 ? " was" : "s were"} not replayed because ${failed?.path ?? "a migration"} failed, so what they create is not checked. Fix the failure, or run with --keep-going to replay past it.`,
      locations: next ? [{ path: next.path, line: 1 }] : []
    });
  }
  return findings;
}

// src/schema/ignore.ts
var MIGRATION_TOOL_TABLES = [
  "alembic_version",
  "schema_versions",
  "schema_migrations",
  "_prisma_migrations",
  "__drizzle_migrations",
  "flyway_schema_history",
  "goose_db_version",
  "django_migrations",
  "__diesel_schema_migrations",
  "_sqlx_migrations",
  "sqlite_sequence"
];
var TOOL_TABLES = new Set(MIGRATION_TOOL_TABLES);
function isMigrationToolTable(name) {
  const lower = name.toLowerCase();
  return TOOL_TABLES.has(lower) || /^sqlite_stat\d+$/.test(lower);
}
function withoutToolTables(schema) {
  return {
    tables: schema.tables.filter((t) => !isMigrationToolTable(t.name)),
    views: schema.views,
    triggers: schema.triggers.filter((t) => !isMigrationToolTable(t.table))
  };
}

// src/sources/command.ts
async function schemaFromCommand(outcome) {
  if (!outcome.bytes) return { findings: outcome.findings };
  const db = await openDatabase(outcome.bytes);
  try {
    return { schema: inspectSchema(db), findings: outcome.findings };
  } finally {
    db.close();
  }
}

// src/sources/migrations.ts
async function loadMigrationSet(fs, projectRoot, config) {
  let dir = config.path;
  let detected;
  if (dir === void 0) {
    const candidates = await findMigrationDirs(fs, projectRoot);
    const best = candidates[0];
    if (!best) return void 0;
    dir = best.dir;
    detected = `migrations: ${best.reason}`;
  } else {
    const found = await fs.stat(dir);
    if (!found) throw new UsageError(`migrations directory not found: ${dir}`);
    if (found.kind !== "dir") throw new UsageError(`migrations path is a file, not a directory: ${dir}`);
  }
  const options = { placeholders: config.placeholders, ...config.entry ? { entry: config.entry } : {} };
  if (config.format !== "auto" && config.format !== "command") {
    const loader = loaderFor(config.format);
    if (!loader) throw new UsageError(`migrations format "${config.format}" is not available in this build`);
    return { set: await loader.load(fs, dir, options), detected };
  }
  const format = await detectFormat(fs, dir, MIGRATION_LOADERS);
  if (!format)
    throw new UsageError(
      `no migrations recognised in ${dir || "."}: set migrations.format in driftcheck.json (or --migrations-format)`
    );
  detected ??= `migrations: ${dir || "."} (${format.format}, detected)`;
  return { set: await format.loader.load(fs, dir, options), detected };
}

// src/models/command.ts
function runModelsCommand(command, deps) {
  return runScratchDbCommand(command, deps, "model-error", "models");
}
function commandDepsOf(context) {
  return {
    rootDir: context.rootDir,
    timeoutMs: context.timeoutMs,
    ...context.process ? { process: context.process } : {},
    ...context.temp ? { temp: context.temp } : {}
  };
}

// src/sources/models.ts
async function loadModelSet(ports, project) {
  const context = {
    fs: ports.fs,
    rootDir: ports.rootDir,
    process: ports.process,
    temp: ports.temp,
    timeoutMs: project.timeoutMs
  };
  const config = project.models;
  if (config?.format === "command" && config.command) {
    const outcome = await runModelsCommand(config.command, commandDepsOf(context));
    const { schema, findings } = await schemaFromCommand(outcome);
    return {
      set: {
        format: "command",
        path: "models.command",
        schema: schema ?? EMPTY_SCHEMA,
        capabilities: ALL_CAPABILITIES,
        findings
      }
    };
  }
  if (config?.path !== void 0) {
    const found = await ports.fs.stat(config.path);
    if (!found) throw new UsageError(`models not found: ${config.path}`);
    if (config.format !== "auto") {
      const loader2 = modelLoaderFor(config.format);
      if (!loader2) throw new UsageError(`models format "${config.format}" is not available in this build`);
      return { set: await loader2.load(config.path, context) };
    }
    const loader = await detectModelLoader(ports.fs, config.path);
    if (!loader)
      throw new UsageError(
        `could not tell what kind of models ${config.path} holds: set models.format (sql, sqlite, sqlalchemy, prisma, drizzle)`
      );
    return {
      set: await loader.load(config.path, context),
      detected: `models: ${config.path || "."} (${loader.format}, detected)`
    };
  }
  for (const candidate of MODEL_CANDIDATES) {
    const path = joinPath(project.root, candidate.path);
    if (!await ports.fs.stat(path)) continue;
    const loader = config && config.format !== "auto" ? modelLoaderFor(config.format) : await detectModelLoader(ports.fs, path, candidate.formats);
    if (!loader || !await loader.detect(ports.fs, path)) continue;
    const set = await loader.load(path, context);
    const named = set.config === void 0 ? "" : `, named by ${set.config}`;
    return { set, detected: `models: ${set.path || path || "."}${named} (${loader.format}, detected)` };
  }
  return void 0;
}

// src/sqlite/replay-isolated.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var DEFAULT_BUDGET_MS = 3e4;
function workerSpec() {
  const js = new URL("./replay-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(js))) return { entry: js, eval: false };
  const ts = new URL("./replay-worker.ts", import.meta.url);
  const tsxPackage = createRequire(import.meta.url).resolve("tsx/package.json");
  const tsx = pathToFileURL(join(dirname(tsxPackage), "dist/esm/api/index.mjs")).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ts.href)}); });`;
  return { entry: code, eval: true };
}
function spawn() {
  const spec = workerSpec();
  const start = { createdAt: performance.timeOrigin + performance.now() };
  return new Worker(spec.entry, { eval: spec.eval, workerData: start });
}
var warm;
function takeWorker() {
  const warmed = warm !== void 0;
  const worker = warm ?? spawn();
  warm = void 0;
  worker.ref();
  return { worker, warmed };
}
function attempt(request, budgetMs) {
  const { worker, warmed } = takeWorker();
  const progress = new Int32Array(request.progress);
  let timer;
  return new Promise((resolve, reject) => {
    const finish = (result) => {
      clearTimeout(timer);
      worker.removeAllListeners();
      void worker.terminate();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    worker.on("message", (message) => {
      if (message.type === "migration") {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const migration = Atomics.load(progress, 0);
          const statement = Math.max(0, Atomics.load(progress, 1));
          const seconds = budgetMs >= 1e3 ? `${budgetMs / 1e3} s` : `${budgetMs} ms`;
          finish({
            warmed,
            timedOut: {
              migration,
              statement,
              kind: "timeout",
              message: `The migration did not finish within its time budget (${seconds}); this statement was running.`
            }
          });
        }, budgetMs);
      } else if (message.type === "finishing") {
        clearTimeout(timer);
      } else if (message.type === "done") {
        finish({ done: message.result, warmed });
      } else {
        const error = new Error(`replay worker: ${message.message}`);
        if (message.stack) error.stack = message.stack;
        finish(error);
      }
    });
    worker.on("error", (error) => finish(error));
    worker.on("exit", (code) => finish(new Error(`replay worker exited with code ${code} before finishing`)));
    worker.postMessage(request);
  });
}
async function replayIsolated(set, options = {}) {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const forced = [];
  let warmed;
  for (let workers = 1; ; workers++) {
    const request = {
      set,
      keepGoing: options.keepGoing ?? false,
      functions: options.functions ?? [],
      from: options.from,
      until: options.until,
      provenance: options.provenance,
      database: options.database,
      forcedFailures: forced,
      inspect: options.inspect ?? true,
      exportDatabase: options.exportDatabase ?? false,
      progress: new SharedArrayBuffer(8)
    };
    const result = await attempt(request, budgetMs);
    warmed ??= result.warmed;
    if (result.timedOut) {
      const { migration, statement } = result.timedOut;
      if (forced.some((f) => f.migration === migration && f.statement === statement)) {
        throw new Error(`replay worker: statement ${statement} of migration ${migration} timed out twice`);
      }
      forced.push(result.timedOut);
      continue;
    }
    const done = result.done;
    return {
      ...done.schema ? { schema: done.schema } : {},
      failures: done.failures,
      applied: done.applied,
      ...done.stoppedAt !== void 0 ? { stoppedAt: done.stoppedAt } : {},
      notReplayed: done.notReplayed,
      provenance: done.provenance,
      ...done.database ? { database: done.database } : {},
      timing: {
        workerStartMs: done.startMs,
        replayMs: done.replayMs,
        inspectMs: done.inspectMs,
        workers,
        warmed
      }
    };
  }
}

// src/check.ts
function exitCodeFor(report, failOn) {
  if (failOn === "never") return 0;
  const threshold = SEVERITY_RANK[failOn];
  return report.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}
async function runCheck(overrides, ports) {
  const started = ports.clock.now();
  const { config } = await loadConfig(ports.fs, overrides.config);
  const repoName = ports.rootDir.split(/[\\/]/).filter(Boolean).pop() ?? "app";
  const projects = resolveProjects(config, overrides, repoName);
  const projectReports = [];
  const findings = [];
  for (const project of projects) {
    const result = await checkProject(project, ports);
    projectReports.push(result.report);
    findings.push(...result.findings);
  }
  const sorted = sortFindings(findings);
  return {
    report: {
      version: 1,
      tool: { name: "driftcheck", version: VERSION },
      engine: { sqlite: await sqliteVersion() },
      projects: projectReports,
      findings: sorted,
      summary: summarize(sorted),
      timing: { totalMs: Math.round(ports.clock.now() - started) }
    },
    failOn: overrides.failOn ?? config.failOn ?? "error"
  };
}
async function checkProject(project, ports) {
  const detected = [];
  const findings = [];
  const ignore = ignoreMatcher(project.ignore);
  const command = project.migrations.format === "command" ? project.migrations.command : void 0;
  const loaded = command ? void 0 : await loadMigrationSet(ports.fs, project.root, project.migrations);
  const models = await loadModelSet(ports, project);
  if (!command && !loaded && !models)
    throw new UsageError(
      `no migrations or models found in ${project.root || "the repository root"}: pass --migrations PATH and --models PATH, or write a driftcheck.json (driftcheck init)`
    );
  let report = { name: project.name, root: project.root || "." };
  let actual;
  let replayComplete = true;
  if (command) {
    const outcome = await runMigrationsCommand(command, {
      rootDir: ports.rootDir,
      timeoutMs: project.timeoutMs,
      ...ports.process ? { process: ports.process } : {},
      ...ports.temp ? { temp: ports.temp } : {}
    });
    const built = await schemaFromCommand(outcome);
    findings.push(...built.findings);
    replayComplete = built.schema !== void 0;
    actual = built.schema ? withoutToolTables(built.schema) : void 0;
    report = {
      ...report,
      migrations: { format: "command", path: "migrations.command", count: 0, replayed: 0 }
    };
  } else if (loaded) {
    if (loaded.detected) detected.push(loaded.detected);
    const { set } = loaded;
    findings.push(...set.findings);
    const replay = await replayIsolated(set, {
      keepGoing: project.keepGoing,
      functions: project.functions,
      budgetMs: project.timeoutMs
    });
    findings.push(...replayErrorFindings(replay, set));
    replayComplete = replay.stoppedAt === void 0;
    actual = replay.schema ? withoutToolTables(replay.schema) : void 0;
    report = {
      ...report,
      migrations: {
        format: set.format,
        path: set.dir || ".",
        count: set.migrations.length,
        replayed: replay.applied
      }
    };
  }
  if (models) {
    if (models.detected) detected.push(models.detected);
    const { set } = models;
    findings.push(...set.findings);
    const expected = withoutToolTables(set.schema);
    report = {
      ...report,
      models: { format: set.format, path: set.path || ".", tables: expected.tables.length }
    };
    if (actual && replayComplete) {
      findings.push(
        ...compareSchemas(actual, expected, {
          capabilities: { expected: set.capabilities },
          sides: {
            expected: {
              label: set.path || "the model source",
              kind: set.format === "sqlite" ? "schema" : "models"
            },
            actual: { label: "the migrations", kind: "migrations" }
          },
          ignore
        })
      );
    }
  }
  return {
    report: detected.length > 0 ? { ...report, detected } : report,
    findings: applyRuleSettings(findings, {
      rules: project.rules,
      ignore,
      project: project.name
    })
  };
}

export {
  renderSchema,
  compareSchemas,
  replayErrorFindings,
  withoutToolTables,
  replayIsolated,
  exitCodeFor,
  runCheck
};
