import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  ALL_CAPABILITIES
} from "./chunk-72U7UVYV.js";

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
function coversIgnored(table, index, ignore) {
  return index.columns.some((c) => ignore(table.name, c));
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

export {
  sharedCapabilities,
  ignoreOf,
  canonicalSql,
  stripOuterParens,
  nameKey,
  effectiveNotNull,
  sameShape,
  diffSchemas,
  isMigrationToolTable,
  withoutToolTables
};
