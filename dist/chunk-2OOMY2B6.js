import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  RULES
} from "./chunk-B6ZOUR5K.js";
import {
  canonicalSql,
  diffSchemas,
  effectiveNotNull,
  ignoreOf,
  nameKey,
  sameShape,
  sharedCapabilities,
  stripOuterParens
} from "./chunk-DMUKLVO4.js";
import {
  indexNameFor,
  quoteIdent,
  renderColumn,
  renderCreateIndex,
  renderCreateTable,
  renderCreateTrigger,
  renderCreateView,
  renderReferences,
  standaloneIndexes
} from "./chunk-PANHAJIG.js";
import {
  affinitiesStoreDifferently
} from "./chunk-Z5DHFKIG.js";

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

export {
  ignoreMatcher,
  applyRuleSettings,
  compareSchemas
};
