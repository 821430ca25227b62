import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);

// src/live/objects.ts
function changedObject(change) {
  switch (change.kind) {
    case "table-missing":
      return {
        how: "missing",
        kind: "table",
        name: `table ${change.expected.name}`,
        object: change.expected.name
      };
    case "table-extra":
      return { how: "extra", kind: "table", name: `table ${change.actual.name}`, object: change.actual.name };
    case "column-missing":
    case "column-extra": {
      const column = change.kind === "column-missing" ? change.expected : change.actual;
      const table = change.tables.expected.name;
      return {
        how: change.kind === "column-missing" ? "missing" : "extra",
        kind: "column",
        name: `${table}.${column.name}`,
        table,
        object: column.name
      };
    }
    case "index-missing":
    case "index-extra": {
      const index = change.kind === "index-missing" ? change.expected : change.actual;
      return {
        how: change.kind === "index-missing" ? "missing" : "extra",
        kind: "index",
        name: `index ${index.name}`,
        table: change.tables.expected.name,
        object: index.name
      };
    }
    case "index-changed":
    case "index-renamed":
      return {
        how: "different",
        kind: "index",
        name: `index ${change.expected.name}`,
        table: change.tables.expected.name,
        object: change.expected.name
      };
    case "view-missing":
    case "view-extra": {
      const view = change.kind === "view-missing" ? change.expected : change.actual;
      return {
        how: change.kind === "view-missing" ? "missing" : "extra",
        kind: "view",
        name: `view ${view.name}`,
        object: view.name
      };
    }
    case "view-changed":
      return {
        how: "different",
        kind: "view",
        name: `view ${change.expected.name}`,
        object: change.expected.name
      };
    case "trigger-missing":
    case "trigger-extra": {
      const trigger = change.kind === "trigger-missing" ? change.expected : change.actual;
      return {
        how: change.kind === "trigger-missing" ? "missing" : "extra",
        kind: "trigger",
        name: `trigger ${trigger.name}`,
        object: trigger.name
      };
    }
    case "trigger-changed":
      return {
        how: "different",
        kind: "trigger",
        name: `trigger ${change.expected.name}`,
        object: change.expected.name
      };
    case "primary-key-changed":
      return {
        how: "different",
        kind: "other",
        name: `the primary key of ${change.tables.expected.name}`,
        table: change.tables.expected.name
      };
    case "foreign-key-missing":
    case "foreign-key-extra": {
      const fk = change.kind === "foreign-key-missing" ? change.expected : change.actual;
      const table = change.tables.expected.name;
      return {
        how: change.kind === "foreign-key-missing" ? "missing" : "extra",
        kind: "other",
        name: `foreign key ${table}(${fk.columns.join(", ")}) \u2192 ${fk.table}`,
        table
      };
    }
    case "foreign-key-changed":
      return {
        how: "different",
        kind: "other",
        name: `foreign key ${change.tables.expected.name}(${change.expected.columns.join(", ")})`,
        table: change.tables.expected.name
      };
    case "check-missing":
    case "check-extra":
      return {
        how: change.kind === "check-missing" ? "missing" : "extra",
        kind: "other",
        name: `a CHECK on ${change.tables.expected.name}`,
        table: change.tables.expected.name
      };
    default: {
      const table = change.tables.expected.name;
      return {
        how: "different",
        kind: "column",
        name: `${table}.${change.expected.name} (${change.facet})`,
        table,
        object: change.expected.name
      };
    }
  }
}
function andList(items) {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function areOrIs(items) {
  return items.length === 1 ? "is" : "are";
}
function describeChanges(changes, labels = {
  missing: "missing",
  extra: "extra",
  different: "different"
}) {
  const groups = { missing: [], extra: [], different: [] };
  for (const change of changes) {
    const object = changedObject(change);
    if (!groups[object.how].includes(object.name)) groups[object.how].push(object.name);
  }
  const parts = [];
  for (const how of ["missing", "extra", "different"]) {
    const names = groups[how];
    if (names.length > 0) parts.push(`${andList(names)} ${areOrIs(names)} ${labels[how]}`);
  }
  return parts.join("; ");
}

// src/live/tracker/sql.ts
function queryRows(db, sql) {
  const statement = db.prepare(sql);
  try {
    const out = [];
    while (statement.step()) out.push(statement.getAsObject());
    return out;
  } finally {
    statement.free();
  }
}
function columnNames(db, table) {
  return new Set(
    queryRows(db, `SELECT name FROM pragma_table_info(${quoteString(table)})`).map(
      (r) => String(r.name).toLowerCase()
    )
  );
}
function quoteString(text2) {
  return `'${text2.replace(/'/g, "''")}'`;
}
function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}
function text(value) {
  if (value === null || value === void 0) return void 0;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return String(value).trim();
}
function truthy(value) {
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string") return ["1", "t", "true", "yes"].includes(value.toLowerCase());
  return Boolean(value);
}

export {
  changedObject,
  andList,
  areOrIs,
  describeChanges,
  queryRows,
  columnNames,
  quoteString,
  quoteIdent,
  text,
  truthy
};
