import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  unquote
} from "./chunk-XI43COA2.js";
import {
  modelError
} from "./chunk-XPKFVV7V.js";
import "./chunk-7RUNULLM.js";

// src/models/prisma/defaults.ts
var CLIENT_SIDE = /* @__PURE__ */ new Set(["uuid", "cuid", "nanoid", "ulid"]);
var NO_DEFAULT = /* @__PURE__ */ new Set(["autoincrement", "auto", "sequence"]);
var NONE = { kind: "none" };
function quoteSqlString(text) {
  return `'${text.replaceAll("'", "''")}'`;
}
function prismaDateTime(text) {
  const m = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/.exec(text);
  if (!m) return void 0;
  const [, date, time, fraction = "", zone = "Z"] = m;
  const nanos = fraction.padEnd(9, "0");
  let frac = "";
  if (!/^0+$/.test(nanos)) {
    const digits = nanos.endsWith("000000") ? 3 : nanos.endsWith("000") ? 6 : 9;
    frac = `.${nanos.slice(0, digits)}`;
  }
  const offset = zone.toUpperCase() === "Z" ? "+00:00" : zone;
  return `${date} ${time}${frac} ${offset}`;
}
function literalText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
function renderDefault(value, scalar, enumValues) {
  if (value === void 0 || value === null) return NONE;
  if (typeof value === "object" && !Array.isArray(value) && value.type === "function") {
    if (value.name === "now") return { kind: "sql", sql: "CURRENT_TIMESTAMP" };
    if (value.name === "dbgenerated") {
      const expr = value.params?.[0];
      return typeof expr === "string" ? { kind: "sql", sql: unquote(expr) } : NONE;
    }
    if (CLIENT_SIDE.has(value.name)) {
      const params = (value.params ?? []).map((p) => literalText(p) ?? "\u2026").join(", ");
      return { kind: "client", text: `@default(${value.name}(${params}))` };
    }
    if (NO_DEFAULT.has(value.name)) return NONE;
    return { kind: "error", message: `unknown default function ${value.name}()` };
  }
  const raw = literalText(value);
  if (raw === void 0) return { kind: "error", message: "default value cannot be read" };
  const isString = raw.startsWith('"');
  switch (scalar) {
    case "enum": {
      const name = isString ? unquote(raw) : raw;
      const mapped = enumValues?.get(name);
      return mapped === void 0 ? { kind: "error", message: `${name} is not a value of the enum` } : { kind: "sql", sql: quoteSqlString(mapped) };
    }
    case "String":
      return { kind: "sql", sql: quoteSqlString(unquote(raw)) };
    case "Boolean":
      return raw === "true" || raw === "false" ? { kind: "sql", sql: raw } : { kind: "error", message: `${raw} is not a Boolean` };
    case "Int":
    case "BigInt":
    case "Decimal":
      return /^-?\d+(\.\d+)?$/.test(raw) ? { kind: "sql", sql: raw } : { kind: "error", message: `${raw} is not a number` };
    case "Float": {
      const n = Number(raw);
      return Number.isFinite(n) ? { kind: "sql", sql: String(n) } : { kind: "error", message: `${raw} is not a number` };
    }
    case "DateTime": {
      const formatted = isString ? prismaDateTime(unquote(raw)) : void 0;
      return formatted === void 0 ? { kind: "error", message: `${raw} is not an RFC 3339 date-time` } : { kind: "sql", sql: quoteSqlString(formatted) };
    }
    case "Json":
      return isString ? { kind: "sql", sql: quoteSqlString(unquote(raw)) } : NONE;
    default:
      return { kind: "error", message: `defaults on ${scalar} fields are not supported` };
  }
}

// src/models/prisma/ddl.ts
var SCALAR_TYPES = {
  String: "TEXT",
  Boolean: "BOOLEAN",
  Int: "INTEGER",
  BigInt: "BIGINT",
  Float: "REAL",
  Decimal: "DECIMAL",
  DateTime: "DATETIME",
  Json: "JSONB",
  Bytes: "BLOB"
};
var ACTIONS = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT"
};
var q = (name) => `"${name.replaceAll('"', '""')}"`;
function argument(attr2, key, position) {
  let positional = 0;
  for (const arg of attr2.args) {
    const v = arg.value;
    if (typeof v === "object" && v !== null && !Array.isArray(v) && v.type === "keyValue") {
      if (v.key === key) return v.value;
    } else {
      if (positional === position) return v;
      positional++;
    }
  }
  return void 0;
}
function stringArg(attr2, key, position) {
  const v = argument(attr2, key, position);
  return typeof v === "string" && v.startsWith('"') ? unquote(v) : void 0;
}
function identifierArg(attr2, key) {
  const v = argument(attr2, key);
  return typeof v === "string" && !v.startsWith('"') ? v : void 0;
}
function fieldList(value) {
  if (typeof value === "string" && !value.startsWith('"')) return [{ name: value, desc: false }];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  if (value.type === "function") return fieldList({ type: "array", args: [value] });
  if (value.type !== "array") return void 0;
  const out = [];
  for (const item of value.args) {
    if (typeof item === "string") out.push({ name: item, desc: false });
    else if (typeof item === "object" && item !== null && !Array.isArray(item) && item.type === "function") {
      const sort = item.params?.find(
        (p) => typeof p === "object" && p !== null && p.key === "sort"
      );
      out.push({ name: item.name, desc: sort?.value === "Desc" });
    } else return void 0;
  }
  return out;
}
var attr = (attrs, name) => attrs.find((a) => a.name === name);
function tableName(model) {
  const map = attr(model.attributes, "map");
  return (map && stringArg(map, "name", 0)) ?? model.name;
}
function columnName(field) {
  const map = attr(field.attributes, "map");
  return (map && stringArg(map, "name", 0)) ?? field.name;
}
function isColumn(field, ctx) {
  return !ctx.models.has(field.type);
}
function columnType(field, ctx) {
  if (field.type === "Unsupported") return field.unsupported ?? "";
  if (ctx.enums.has(field.type)) return "TEXT";
  return SCALAR_TYPES[field.type];
}
function primaryKey(model) {
  const single = model.fields.find((f) => attr(f.attributes, "id"));
  if (single) return [single.name];
  const block = attr(model.attributes, "id");
  return (block && fieldList(argument(block, "fields", 0))?.map((f) => f.name)) ?? [];
}
function fieldByName(model, name) {
  return model.fields.find((f) => f.name === name);
}
function relationName(field) {
  const relation = attr(field.attributes, "relation");
  return relation && stringArg(relation, "name", 0);
}
function columnLine(field, model, pk, ctx) {
  const table = tableName(model);
  const type = columnType(field, ctx);
  if (type === void 0) {
    ctx.findings.push(modelError(`${model.name}.${field.name}: unknown type ${field.type}`, field.at, table));
    return void 0;
  }
  if (field.list) {
    ctx.findings.push(
      modelError(
        `${model.name}.${field.name}: SQLite does not support lists of ${field.type}`,
        field.at,
        table
      )
    );
    return void 0;
  }
  const native = field.attributes.find((a) => a.name.startsWith("db."));
  if (native) {
    ctx.findings.push(
      modelError(
        `${model.name}.${field.name}: @${native.name} is not a native type of SQLite`,
        native.at,
        table
      )
    );
  }
  let line = `    ${q(columnName(field))} ${type}`.trimEnd();
  if (!field.optional) line += " NOT NULL";
  if (pk.length === 1 && pk[0] === field.name) {
    line += " PRIMARY KEY";
    if (type === "INTEGER") line += " AUTOINCREMENT";
  }
  const def = attr(field.attributes, "default");
  let appDefault;
  if (def) {
    const scalar = ctx.enums.has(field.type) ? "enum" : field.type;
    const rendered = renderDefault(argument(def, "value", 0), scalar, ctx.enums.get(field.type)?.values);
    if (rendered.kind === "sql") line += ` DEFAULT ${rendered.sql}`;
    else if (rendered.kind === "client") appDefault = rendered.text;
    else if (rendered.kind === "error") {
      ctx.findings.push(modelError(`${model.name}.${field.name}: ${rendered.message}`, def.at, table));
    }
  }
  if (!def && attr(field.attributes, "updatedAt")) appDefault = "@updatedAt";
  if (appDefault !== void 0)
    ctx.appDefaults.set(`${table}.${columnName(field)}`.toLowerCase(), appDefault);
  return line;
}
function foreignKeyLine(field, model, ctx) {
  const relation = attr(field.attributes, "relation");
  const fields = relation && fieldList(argument(relation, "fields"));
  if (!relation || !fields || fields.length === 0) return void 0;
  const table = tableName(model);
  const target = ctx.models.get(field.type);
  const references = fieldList(argument(relation, "references"));
  const local = fields.map((f) => fieldByName(model, f.name));
  const remote = references?.map((f) => fieldByName(target, f.name));
  if (local.some((f) => !f) || !remote || remote.some((f) => !f) || remote.length !== local.length) {
    ctx.findings.push(
      modelError(
        `${model.name}.${field.name}: @relation fields and references do not match`,
        relation.at,
        table
      )
    );
    return void 0;
  }
  const columns = local.map((f) => columnName(f));
  const onDelete = identifierArg(relation, "onDelete") ?? (field.optional ? "SetNull" : "Restrict");
  const onUpdate = identifierArg(relation, "onUpdate") ?? "Cascade";
  const del = ACTIONS[onDelete];
  const upd = ACTIONS[onUpdate];
  if (!del || !upd) {
    ctx.findings.push(
      modelError(
        `${model.name}.${field.name}: unknown referential action ${del ? onUpdate : onDelete}`,
        relation.at
      )
    );
    return void 0;
  }
  const name = `${table}_${columns.join("_")}_fkey`;
  return `    CONSTRAINT ${q(name)} FOREIGN KEY (${columns.map(q).join(", ")}) REFERENCES ${q(tableName(target))} (${remote.map((f) => q(columnName(f))).join(", ")}) ON DELETE ${del} ON UPDATE ${upd}`;
}
function indexSpecs(model, ctx) {
  const table = tableName(model);
  const specs = [];
  for (const field of model.fields) {
    const unique = attr(field.attributes, "unique");
    if (!unique || !isColumn(field, ctx)) continue;
    const column = columnName(field);
    specs.push({
      name: stringArg(unique, "map") ?? `${table}_${column}_key`,
      unique: true,
      columns: [{ column, desc: identifierArg(unique, "sort") === "Desc" }],
      at: unique.at
    });
  }
  const blocks = (kind) => model.attributes.filter((a) => a.name === kind);
  for (const block of [...blocks("index"), ...blocks("unique")]) {
    const fields = fieldList(argument(block, "fields", 0));
    const resolved = fields?.map((f) => ({ field: fieldByName(model, f.name), desc: f.desc }));
    if (!resolved || resolved.length === 0 || resolved.some((r) => !r.field)) {
      ctx.findings.push(
        modelError(`${model.name}: @@${block.name} fields cannot be resolved`, block.at, table)
      );
      continue;
    }
    const columns = resolved.map((r) => ({ column: columnName(r.field), desc: r.desc }));
    const suffix = block.name === "unique" ? "key" : "idx";
    specs.push({
      name: stringArg(block, "map") ?? `${table}_${columns.map((c) => c.column).join("_")}_${suffix}`,
      unique: block.name === "unique",
      columns,
      at: block.at
    });
  }
  return specs;
}
function indexStatement(table, spec) {
  const cols = spec.columns.map((c) => `${q(c.column)}${c.desc ? " DESC" : ""}`).join(", ");
  return {
    sql: `CREATE ${spec.unique ? "UNIQUE " : ""}INDEX ${q(spec.name)} ON ${q(table)}(${cols});`,
    location: spec.at
  };
}
function renderModel(model, ctx, hints) {
  const table = tableName(model);
  const pk = primaryKey(model);
  hints.tables[table.toLowerCase()] = model.at;
  const parts = [];
  for (const field of model.fields) {
    if (!isColumn(field, ctx)) continue;
    const line = columnLine(field, model, pk, ctx);
    if (line === void 0) continue;
    parts.push(line);
    hints.columns[`${table}.${columnName(field)}`.toLowerCase()] = field.at;
  }
  let body = parts.join(",\n");
  if (pk.length > 1) {
    const cols = pk.map((name) => fieldByName(model, name));
    if (cols.some((c) => !c))
      ctx.findings.push(modelError(`${model.name}: @@id fields cannot be resolved`, model.at));
    else body += `,

    PRIMARY KEY (${cols.map((c) => q(columnName(c))).join(", ")})`;
  }
  if (ctx.foreignKeys) {
    for (const field of model.fields) {
      if (isColumn(field, ctx)) continue;
      const fk = foreignKeyLine(field, model, ctx);
      if (fk) body += `,
${fk}`;
    }
  }
  const indexes = indexSpecs(model, ctx).map((spec) => {
    hints.indexes[spec.name.toLowerCase()] = spec.at;
    return indexStatement(table, spec);
  });
  return { create: { sql: `CREATE TABLE ${q(table)} (
${body}
);`, location: model.at }, indexes };
}
function joinTables(doc, ctx) {
  const out = /* @__PURE__ */ new Map();
  for (const model of doc.models) {
    for (const field of model.fields) {
      const target = ctx.models.get(field.type);
      if (!target || !field.list) continue;
      const name = relationName(field);
      const opposite = target.fields.find(
        (f) => f !== field && f.type === model.name && relationName(f) === name
      );
      if (!opposite?.list) continue;
      const [a, b] = model.name <= target.name ? [model, target] : [target, model];
      const relation = name ?? `${a.name}To${b.name}`;
      if (!out.has(relation)) out.set(relation, { name: `_${relation}`, a, b, at: field.at });
    }
  }
  const order = new Map(doc.models.map((m, i) => [m, i]));
  const rank = (m) => order.get(m) ?? 0;
  return [...out.values()].sort((x, y) => rank(x.a) - rank(y.a) || rank(x.b) - rank(y.b));
}
function renderJoinTable(join, ctx, hints) {
  const refs = [];
  for (const [column, model] of [
    ["A", join.a],
    ["B", join.b]
  ]) {
    const pk = primaryKey(model);
    const id = pk.length === 1 ? fieldByName(model, pk[0]) : void 0;
    if (!id) {
      ctx.findings.push(
        modelError(`${join.name}: implicit many-to-many needs a single-field @id on ${model.name}`, join.at)
      );
      return void 0;
    }
    refs.push({ column, model, id });
  }
  const lower = join.name.toLowerCase();
  hints.tables[lower] = join.at;
  const lines = refs.map(({ column, id }) => {
    hints.columns[`${lower}.${column.toLowerCase()}`] = join.at;
    return `    ${q(column)} ${columnType(id, ctx) ?? ""} NOT NULL`;
  });
  if (ctx.foreignKeys) {
    for (const { column, model, id } of refs) {
      lines.push(
        `    CONSTRAINT ${q(`${join.name}_${column}_fkey`)} FOREIGN KEY (${q(column)}) REFERENCES ${q(tableName(model))} (${q(columnName(id))}) ON DELETE CASCADE ON UPDATE CASCADE`
      );
    }
  }
  const unique = `${join.name}_AB_unique`;
  const index = `${join.name}_B_index`;
  hints.indexes[unique.toLowerCase()] = join.at;
  hints.indexes[index.toLowerCase()] = join.at;
  const t = q(join.name);
  return {
    create: { sql: `CREATE TABLE ${t} (
${lines.join(",\n")}
);`, location: join.at },
    indexes: [
      { sql: `CREATE UNIQUE INDEX ${q(unique)} ON ${t}("A", "B");`, location: join.at },
      { sql: `CREATE INDEX ${q(index)} ON ${t}("B");`, location: join.at }
    ]
  };
}
function prismaDdl(doc) {
  const findings = [];
  const relationMode = doc.datasources.find((d) => d.relationMode)?.relationMode;
  const ctx = {
    models: new Map(doc.models.map((m) => [m.name, m])),
    enums: new Map(doc.enums.map((e) => [e.name, e])),
    findings,
    foreignKeys: relationMode !== "prisma",
    appDefaults: /* @__PURE__ */ new Map()
  };
  const hints = { tables: {}, columns: {}, indexes: {} };
  const rendered = doc.models.map((model) => renderModel(model, ctx, hints));
  for (const join of joinTables(doc, ctx)) {
    const table = renderJoinTable(join, ctx, hints);
    if (table) rendered.push(table);
  }
  const statements = [...rendered.map((t) => t.create), ...rendered.flatMap((t) => t.indexes)];
  return { statements, hints, findings, appDefaults: ctx.appDefaults };
}
export {
  prismaDdl
};
