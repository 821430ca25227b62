import type { AttributeArgument, Value } from '@mrleebo/prisma-ast';
import type { Finding } from '../../findings.js';
import type { Statement } from '../../migrations/types.js';
import type { SourceRef } from '../../schema/types.js';
import type { LocationHints } from '../../sqlite/build-schema.js';
import { modelError } from '../model-error.js';
import { renderDefault } from './defaults.js';
import type { PrismaAttribute, PrismaDocument, PrismaEnum, PrismaField, PrismaModel } from './parse.js';
import { unquote } from './parse.js';

/**
 * A Prisma schema turned into the SQL Prisma Migrate (prisma-engines' SQLite renderer, checked
 * against schema engine 7.x/8.x output) writes for it from an empty database: one `CREATE TABLE`
 * per model in model order, then the implicit many-to-many join tables, then the indexes.
 */

export interface GeneratedDdl {
  readonly statements: readonly Statement[];
  readonly hints: LocationHints;
  readonly findings: readonly Finding[];
  /** `table.column` (lower-case) → the client-side default as written (`@default(uuid())`, `@updatedAt`). */
  readonly appDefaults: ReadonlyMap<string, string>;
}

const SCALAR_TYPES: Readonly<Record<string, string>> = {
  String: 'TEXT',
  Boolean: 'BOOLEAN',
  Int: 'INTEGER',
  BigInt: 'BIGINT',
  Float: 'REAL',
  Decimal: 'DECIMAL',
  DateTime: 'DATETIME',
  Json: 'JSONB',
  Bytes: 'BLOB',
};

const ACTIONS: Readonly<Record<string, string>> = {
  Cascade: 'CASCADE',
  Restrict: 'RESTRICT',
  NoAction: 'NO ACTION',
  SetNull: 'SET NULL',
  SetDefault: 'SET DEFAULT',
};

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

// ── attribute arguments ─────────────────────────────────────────────────────

function argument(attr: PrismaAttribute, key: string, position?: number): Value | undefined {
  let positional = 0;
  for (const arg of attr.args) {
    const v = (arg as AttributeArgument).value;
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && v.type === 'keyValue') {
      if (v.key === key) return v.value;
    } else {
      if (positional === position) return v as Value;
      positional++;
    }
  }
  return undefined;
}

function stringArg(attr: PrismaAttribute, key: string, position?: number): string | undefined {
  const v = argument(attr, key, position);
  return typeof v === 'string' && v.startsWith('"') ? unquote(v) : undefined;
}

function identifierArg(attr: PrismaAttribute, key: string): string | undefined {
  const v = argument(attr, key);
  return typeof v === 'string' && !v.startsWith('"') ? v : undefined;
}

interface FieldRef {
  readonly name: string;
  readonly desc: boolean;
}

/** `[a, b(sort: Desc)]` → field references. */
function fieldList(value: Value | undefined): FieldRef[] | undefined {
  // Prisma also takes a single field without brackets: `@@index(userId)`.
  if (typeof value === 'string' && !value.startsWith('"')) return [{ name: value, desc: false }];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (value.type === 'function') return fieldList({ type: 'array', args: [value] });
  if (value.type !== 'array') return undefined;
  const out: FieldRef[] = [];
  for (const item of value.args) {
    if (typeof item === 'string') out.push({ name: item, desc: false });
    else if (typeof item === 'object' && item !== null && !Array.isArray(item) && item.type === 'function') {
      // prisma-ast types params as values, but `sort: Desc` arrives as a key-value node.
      const sort = (item.params as unknown[] | undefined)?.find(
        (p): p is { key: string; value: Value } =>
          typeof p === 'object' && p !== null && (p as { key?: unknown }).key === 'sort',
      );
      out.push({ name: item.name, desc: sort?.value === 'Desc' });
    } else return undefined;
  }
  return out;
}

const attr = (attrs: readonly PrismaAttribute[], name: string) => attrs.find((a) => a.name === name);

// ── model analysis ──────────────────────────────────────────────────────────

interface Context {
  readonly models: ReadonlyMap<string, PrismaModel>;
  readonly enums: ReadonlyMap<string, PrismaEnum>;
  readonly findings: Finding[];
  readonly foreignKeys: boolean;
  readonly appDefaults: Map<string, string>;
}

function tableName(model: PrismaModel): string {
  const map = attr(model.attributes, 'map');
  return (map && stringArg(map, 'name', 0)) ?? model.name;
}

function columnName(field: PrismaField): string {
  const map = attr(field.attributes, 'map');
  return (map && stringArg(map, 'name', 0)) ?? field.name;
}

/** Scalar (or enum / Unsupported) fields: the ones that become columns. */
function isColumn(field: PrismaField, ctx: Context): boolean {
  return !ctx.models.has(field.type);
}

function columnType(field: PrismaField, ctx: Context): string | undefined {
  if (field.type === 'Unsupported') return field.unsupported ?? '';
  if (ctx.enums.has(field.type)) return 'TEXT';
  return SCALAR_TYPES[field.type];
}

/** Primary key field names: `@id` on a field or `@@id([…])`. */
function primaryKey(model: PrismaModel): string[] {
  const single = model.fields.find((f) => attr(f.attributes, 'id'));
  if (single) return [single.name];
  const block = attr(model.attributes, 'id');
  return (block && fieldList(argument(block, 'fields', 0))?.map((f) => f.name)) ?? [];
}

function fieldByName(model: PrismaModel, name: string): PrismaField | undefined {
  return model.fields.find((f) => f.name === name);
}

function relationName(field: PrismaField): string | undefined {
  const relation = attr(field.attributes, 'relation');
  return relation && stringArg(relation, 'name', 0);
}

interface RenderedTable {
  readonly create: Statement;
  readonly indexes: readonly Statement[];
}

function columnLine(
  field: PrismaField,
  model: PrismaModel,
  pk: readonly string[],
  ctx: Context,
): string | undefined {
  const table = tableName(model);
  const type = columnType(field, ctx);
  if (type === undefined) {
    ctx.findings.push(modelError(`${model.name}.${field.name}: unknown type ${field.type}`, field.at, table));
    return undefined;
  }
  if (field.list) {
    ctx.findings.push(
      modelError(
        `${model.name}.${field.name}: SQLite does not support lists of ${field.type}`,
        field.at,
        table,
      ),
    );
    return undefined;
  }
  const native = field.attributes.find((a) => a.name.startsWith('db.'));
  if (native) {
    ctx.findings.push(
      modelError(
        `${model.name}.${field.name}: @${native.name} is not a native type of SQLite`,
        native.at,
        table,
      ),
    );
  }
  let line = `    ${q(columnName(field))} ${type}`.trimEnd();
  if (!field.optional) line += ' NOT NULL';
  if (pk.length === 1 && pk[0] === field.name) {
    line += ' PRIMARY KEY';
    // SQLite allows AUTOINCREMENT only on INTEGER PRIMARY KEY; Prisma adds it to every Int id.
    if (type === 'INTEGER') line += ' AUTOINCREMENT';
  }
  const def = attr(field.attributes, 'default');
  let appDefault: string | undefined;
  if (def) {
    const scalar = ctx.enums.has(field.type) ? 'enum' : field.type;
    const rendered = renderDefault(argument(def, 'value', 0), scalar, ctx.enums.get(field.type)?.values);
    if (rendered.kind === 'sql') line += ` DEFAULT ${rendered.sql}`;
    else if (rendered.kind === 'client') appDefault = rendered.text;
    else if (rendered.kind === 'error') {
      ctx.findings.push(modelError(`${model.name}.${field.name}: ${rendered.message}`, def.at, table));
    }
  }
  // Prisma Client sets an @updatedAt field on create as well as on update.
  if (!def && attr(field.attributes, 'updatedAt')) appDefault = '@updatedAt';
  if (appDefault !== undefined)
    ctx.appDefaults.set(`${table}.${columnName(field)}`.toLowerCase(), appDefault);
  return line;
}

function foreignKeyLine(field: PrismaField, model: PrismaModel, ctx: Context): string | undefined {
  const relation = attr(field.attributes, 'relation');
  const fields = relation && fieldList(argument(relation, 'fields'));
  if (!relation || !fields || fields.length === 0) return undefined;
  const table = tableName(model);
  const target = ctx.models.get(field.type)!;
  const references = fieldList(argument(relation, 'references'));
  const local = fields.map((f) => fieldByName(model, f.name));
  const remote = references?.map((f) => fieldByName(target, f.name));
  if (local.some((f) => !f) || !remote || remote.some((f) => !f) || remote.length !== local.length) {
    ctx.findings.push(
      modelError(
        `${model.name}.${field.name}: @relation fields and references do not match`,
        relation.at,
        table,
      ),
    );
    return undefined;
  }
  const columns = local.map((f) => columnName(f!));
  const onDelete = identifierArg(relation, 'onDelete') ?? (field.optional ? 'SetNull' : 'Restrict');
  const onUpdate = identifierArg(relation, 'onUpdate') ?? 'Cascade';
  const del = ACTIONS[onDelete];
  const upd = ACTIONS[onUpdate];
  if (!del || !upd) {
    ctx.findings.push(
      modelError(
        `${model.name}.${field.name}: unknown referential action ${del ? onUpdate : onDelete}`,
        relation.at,
      ),
    );
    return undefined;
  }
  const name = `${table}_${columns.join('_')}_fkey`;
  return (
    `    CONSTRAINT ${q(name)} FOREIGN KEY (${columns.map(q).join(', ')}) ` +
    `REFERENCES ${q(tableName(target))} (${remote.map((f) => q(columnName(f!))).join(', ')}) ` +
    `ON DELETE ${del} ON UPDATE ${upd}`
  );
}

interface IndexSpec {
  readonly name: string;
  readonly unique: boolean;
  readonly columns: readonly { readonly column: string; readonly desc: boolean }[];
  readonly at: SourceRef;
}

/** `@unique` fields, then `@@index`es, then `@@unique`s — the order Prisma writes them in. */
function indexSpecs(model: PrismaModel, ctx: Context): IndexSpec[] {
  const table = tableName(model);
  const specs: IndexSpec[] = [];
  for (const field of model.fields) {
    const unique = attr(field.attributes, 'unique');
    if (!unique || !isColumn(field, ctx)) continue;
    const column = columnName(field);
    specs.push({
      name: stringArg(unique, 'map') ?? `${table}_${column}_key`,
      unique: true,
      columns: [{ column, desc: identifierArg(unique, 'sort') === 'Desc' }],
      at: unique.at,
    });
  }
  const blocks = (kind: 'index' | 'unique') => model.attributes.filter((a) => a.name === kind);
  for (const block of [...blocks('index'), ...blocks('unique')]) {
    const fields = fieldList(argument(block, 'fields', 0));
    const resolved = fields?.map((f) => ({ field: fieldByName(model, f.name), desc: f.desc }));
    if (!resolved || resolved.length === 0 || resolved.some((r) => !r.field)) {
      ctx.findings.push(
        modelError(`${model.name}: @@${block.name} fields cannot be resolved`, block.at, table),
      );
      continue;
    }
    const columns = resolved.map((r) => ({ column: columnName(r.field!), desc: r.desc }));
    const suffix = block.name === 'unique' ? 'key' : 'idx';
    specs.push({
      name: stringArg(block, 'map') ?? `${table}_${columns.map((c) => c.column).join('_')}_${suffix}`,
      unique: block.name === 'unique',
      columns,
      at: block.at,
    });
  }
  return specs;
}

function indexStatement(table: string, spec: IndexSpec): Statement {
  const cols = spec.columns.map((c) => `${q(c.column)}${c.desc ? ' DESC' : ''}`).join(', ');
  return {
    sql: `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX ${q(spec.name)} ON ${q(table)}(${cols});`,
    location: spec.at,
  };
}

interface HintSink {
  readonly tables: Record<string, SourceRef>;
  readonly columns: Record<string, SourceRef>;
  readonly indexes: Record<string, SourceRef>;
}

function renderModel(model: PrismaModel, ctx: Context, hints: HintSink): RenderedTable {
  const table = tableName(model);
  const pk = primaryKey(model);
  hints.tables[table.toLowerCase()] = model.at;
  const parts: string[] = [];
  for (const field of model.fields) {
    if (!isColumn(field, ctx)) continue;
    const line = columnLine(field, model, pk, ctx);
    if (line === undefined) continue;
    parts.push(line);
    hints.columns[`${table}.${columnName(field)}`.toLowerCase()] = field.at;
  }
  let body = parts.join(',\n');
  if (pk.length > 1) {
    const cols = pk.map((name) => fieldByName(model, name));
    if (cols.some((c) => !c))
      ctx.findings.push(modelError(`${model.name}: @@id fields cannot be resolved`, model.at));
    else body += `,\n\n    PRIMARY KEY (${cols.map((c) => q(columnName(c!))).join(', ')})`;
  }
  if (ctx.foreignKeys) {
    for (const field of model.fields) {
      if (isColumn(field, ctx)) continue;
      const fk = foreignKeyLine(field, model, ctx);
      if (fk) body += `,\n${fk}`;
    }
  }
  const indexes = indexSpecs(model, ctx).map((spec) => {
    hints.indexes[spec.name.toLowerCase()] = spec.at;
    return indexStatement(table, spec);
  });
  return { create: { sql: `CREATE TABLE ${q(table)} (\n${body}\n);`, location: model.at }, indexes };
}

// ── implicit many-to-many ───────────────────────────────────────────────────

interface JoinTable {
  readonly name: string;
  readonly a: PrismaModel;
  readonly b: PrismaModel;
  readonly at: SourceRef;
}

/** Pairs of list relation fields without `fields:` on either side. */
function joinTables(doc: PrismaDocument, ctx: Context): JoinTable[] {
  const out = new Map<string, JoinTable>();
  for (const model of doc.models) {
    for (const field of model.fields) {
      const target = ctx.models.get(field.type);
      if (!target || !field.list) continue;
      const name = relationName(field);
      const opposite = target.fields.find(
        (f) => f !== field && f.type === model.name && relationName(f) === name,
      );
      if (!opposite?.list) continue;
      const [a, b] = model.name <= target.name ? [model, target] : [target, model];
      const relation = name ?? `${a.name}To${b.name}`;
      if (!out.has(relation)) out.set(relation, { name: `_${relation}`, a, b, at: field.at });
    }
  }
  // Prisma walks relations ordered by (model A, model B) declaration order.
  const order = new Map(doc.models.map((m, i) => [m, i]));
  const rank = (m: PrismaModel) => order.get(m) ?? 0;
  return [...out.values()].sort((x, y) => rank(x.a) - rank(y.a) || rank(x.b) - rank(y.b));
}

function renderJoinTable(join: JoinTable, ctx: Context, hints: HintSink): RenderedTable | undefined {
  const refs: { column: 'A' | 'B'; model: PrismaModel; id: PrismaField }[] = [];
  for (const [column, model] of [
    ['A', join.a],
    ['B', join.b],
  ] as const) {
    const pk = primaryKey(model);
    const id = pk.length === 1 ? fieldByName(model, pk[0]!) : undefined;
    if (!id) {
      ctx.findings.push(
        modelError(`${join.name}: implicit many-to-many needs a single-field @id on ${model.name}`, join.at),
      );
      return undefined;
    }
    refs.push({ column, model, id });
  }
  const lower = join.name.toLowerCase();
  hints.tables[lower] = join.at;
  const lines = refs.map(({ column, id }) => {
    hints.columns[`${lower}.${column.toLowerCase()}`] = join.at;
    return `    ${q(column)} ${columnType(id, ctx) ?? ''} NOT NULL`;
  });
  if (ctx.foreignKeys) {
    for (const { column, model, id } of refs) {
      lines.push(
        `    CONSTRAINT ${q(`${join.name}_${column}_fkey`)} FOREIGN KEY (${q(column)}) ` +
          `REFERENCES ${q(tableName(model))} (${q(columnName(id))}) ON DELETE CASCADE ON UPDATE CASCADE`,
      );
    }
  }
  const unique = `${join.name}_AB_unique`;
  const index = `${join.name}_B_index`;
  hints.indexes[unique.toLowerCase()] = join.at;
  hints.indexes[index.toLowerCase()] = join.at;
  const t = q(join.name);
  return {
    create: { sql: `CREATE TABLE ${t} (\n${lines.join(',\n')}\n);`, location: join.at },
    indexes: [
      { sql: `CREATE UNIQUE INDEX ${q(unique)} ON ${t}("A", "B");`, location: join.at },
      { sql: `CREATE INDEX ${q(index)} ON ${t}("B");`, location: join.at },
    ],
  };
}

/** The DDL Prisma Migrate writes for `doc` from an empty SQLite database. */
export function prismaDdl(doc: PrismaDocument): GeneratedDdl {
  const findings: Finding[] = [];
  const relationMode = doc.datasources.find((d) => d.relationMode)?.relationMode;
  const ctx: Context = {
    models: new Map(doc.models.map((m) => [m.name, m])),
    enums: new Map(doc.enums.map((e) => [e.name, e])),
    findings,
    foreignKeys: relationMode !== 'prisma',
    appDefaults: new Map(),
  };
  const hints: HintSink = { tables: {}, columns: {}, indexes: {} };
  const rendered: RenderedTable[] = doc.models.map((model) => renderModel(model, ctx, hints));
  for (const join of joinTables(doc, ctx)) {
    const table = renderJoinTable(join, ctx, hints);
    if (table) rendered.push(table);
  }
  const statements = [...rendered.map((t) => t.create), ...rendered.flatMap((t) => t.indexes)];
  return { statements, hints, findings, appDefaults: ctx.appDefaults };
}
