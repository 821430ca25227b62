import {
  type Attribute,
  type AttributeArgument,
  type BlockAttribute,
  type Field,
  getSchema,
  type Model,
  PrismaParser,
  type Value,
  VisitorClassFactory,
} from '@mrleebo/prisma-ast';
import type { Finding } from '../../findings.js';
import type { SourceRef } from '../../schema/types.js';
import { modelError } from '../model-error.js';

/**
 * The parts of a Prisma schema that shape the database, read from one or more `.prisma` files
 * (a multi-file schema folder is one schema), each located at its file and line.
 */

export interface PrismaAttribute {
  /** `id`, `unique`, `default`, … or `db.Text` for native types. */
  readonly name: string;
  readonly args: readonly AttributeArgument[];
  readonly at: SourceRef;
}

export interface PrismaField {
  readonly name: string;
  /** Scalar, enum or model name; `Unsupported` for `Unsupported("…")`. */
  readonly type: string;
  /** The database type inside `Unsupported("…")`. */
  readonly unsupported?: string;
  readonly optional: boolean;
  readonly list: boolean;
  readonly attributes: readonly PrismaAttribute[];
  readonly at: SourceRef;
}

export interface PrismaModel {
  readonly name: string;
  readonly fields: readonly PrismaField[];
  /** `@@…` attributes in source order. */
  readonly attributes: readonly PrismaAttribute[];
  readonly at: SourceRef;
}

export interface PrismaEnum {
  readonly name: string;
  /** Enumerator name → database value (`@map`). */
  readonly values: ReadonlyMap<string, string>;
}

export interface PrismaDatasource {
  readonly provider?: string;
  readonly relationMode?: string;
  readonly at: SourceRef;
}

export interface PrismaDocument {
  readonly datasources: readonly PrismaDatasource[];
  readonly models: readonly PrismaModel[];
  readonly enums: readonly PrismaEnum[];
}

export interface PrismaFile {
  readonly path: string;
  readonly text: string;
}

// Our own parser instance: location tracking on, whatever a `prisma-ast` config file in the
// working directory says.
let parsing:
  | { parser: PrismaParser; visitor: InstanceType<ReturnType<typeof VisitorClassFactory>> }
  | undefined;

function parseText(text: string) {
  if (!parsing) {
    const parser = new PrismaParser({ nodeLocationTracking: 'full' });
    parsing = { parser, visitor: new (VisitorClassFactory(parser))() };
  }
  return getSchema(text, parsing);
}

/** Removes the quotes of a Prisma string literal and resolves its escapes. */
export function unquote(raw: string): string {
  if (raw.length < 2 || !raw.startsWith('"') || !raw.endsWith('"')) return raw;
  return raw.slice(1, -1).replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e.startsWith('u')) return String.fromCodePoint(Number.parseInt(e.replace(/[u{}]/g, ''), 16));
    return ({ n: '\n', r: '\r', t: '\t', '0': '\0' } as Record<string, string>)[e] ?? e;
  });
}

function attributeName(attr: { name: string; group?: string }): string {
  return attr.group ? `${attr.group}.${attr.name}` : attr.name;
}

function toAttribute(attr: Attribute | BlockAttribute, fallback: SourceRef, path: string): PrismaAttribute {
  const line = attr.location?.startLine;
  return {
    name: attributeName(attr),
    args: attr.args ?? [],
    at: line === undefined ? fallback : { path, line },
  };
}

function toField(field: Field, path: string, fallback: SourceRef): PrismaField {
  const at: SourceRef = field.location ? { path, line: field.location.startLine ?? fallback.line } : fallback;
  const raw = field.fieldType;
  const type = typeof raw === 'string' ? raw : raw.name;
  const unsupportedArg = typeof raw === 'string' ? undefined : raw.params?.[0];
  return {
    name: field.name,
    type,
    ...(typeof unsupportedArg === 'string' ? { unsupported: unquote(unsupportedArg) } : {}),
    optional: field.optional === true,
    list: field.array === true,
    attributes: (field.attributes ?? []).map((a) => toAttribute(a, at, path)),
    at,
  };
}

function toModel(model: Model, path: string): PrismaModel {
  const at: SourceRef = { path, line: model.location?.startLine ?? 1 };
  const fields: PrismaField[] = [];
  const attributes: PrismaAttribute[] = [];
  for (const property of model.properties) {
    if (property.type === 'field') fields.push(toField(property, path, at));
    else if (property.type === 'attribute') attributes.push(toAttribute(property, at, path));
  }
  return { name: model.name, fields, attributes, at };
}

function stringValue(value: Value | undefined): string | undefined {
  return typeof value === 'string' ? unquote(value) : undefined;
}

interface Located {
  readonly token?: { readonly startLine?: number };
}

/** Parses the files of one schema; a file that does not parse is a `model-error` and is skipped. */
export function parsePrismaFiles(files: readonly PrismaFile[]): {
  readonly document: PrismaDocument;
  readonly findings: readonly Finding[];
} {
  const datasources: PrismaDatasource[] = [];
  const models: PrismaModel[] = [];
  const enums: PrismaEnum[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    let schema: ReturnType<typeof getSchema>;
    try {
      schema = parseText(file.text);
    } catch (error) {
      const line = (error as Located).token?.startLine;
      const message = error instanceof Error ? error.message : String(error);
      findings.push(
        modelError(`cannot parse Prisma schema: ${message}`, {
          path: file.path,
          line: Number.isFinite(line) ? (line as number) : 1,
        }),
      );
      continue;
    }
    for (const block of schema.list) {
      if (block.type === 'model') models.push(toModel(block, file.path));
      else if (block.type === 'enum') {
        const values = new Map<string, string>();
        for (const e of block.enumerators) {
          if (e.type !== 'enumerator') continue;
          const map = e.attributes?.find((a) => a.name === 'map')?.args?.[0]?.value;
          values.set(e.name, stringValue(map as Value) ?? e.name);
        }
        enums.push({ name: block.name, values });
      } else if (block.type === 'datasource') {
        const assignment = (key: string) => {
          for (const a of block.assignments) if (a.type === 'assignment' && a.key === key) return a.value;
          return undefined;
        };
        const provider = stringValue(assignment('provider'));
        const relationMode = stringValue(assignment('relationMode'));
        datasources.push({
          ...(provider === undefined ? {} : { provider }),
          ...(relationMode === undefined ? {} : { relationMode }),
          at: { path: file.path, line: block.location?.startLine ?? 1 },
        });
      }
    }
  }
  return { document: { datasources, models, enums }, findings };
}
