import { type CallArgs, callArgs, intValue, type PyNode, unwrap } from '../../python/ast.js';
import { qualify } from '../../python/imports.js';
import type { PyFile, PythonProject } from '../../python/project.js';
import { stringValue } from '../../python/strings.js';
import type { SaNames } from './names.js';

/** A column type as SQLAlchemy's SQLite dialect renders it in CREATE TABLE. */
export interface SaType {
  readonly sql: string;
  /** ` COLLATE …` suffix, quoted as SQLAlchemy quotes it. */
  readonly collation?: string;
  /** Boolean / Enum with `create_constraint=True`: a CHECK on the column's values. */
  readonly check?: { readonly values: readonly string[] | 'boolean'; readonly name?: string };
}

export type TypeResult = { readonly type: SaType } | { readonly error: string };

/** Generic (CamelCase) types: SQLite DDL name, and whether it takes a length / precision. */
const GENERIC: Readonly<Record<string, string>> = {
  Integer: 'INTEGER',
  SmallInteger: 'SMALLINT',
  BigInteger: 'BIGINT',
  String: 'VARCHAR',
  Unicode: 'VARCHAR',
  // SQLModel's str type: a String with an optional length.
  AutoString: 'VARCHAR',
  Text: 'TEXT',
  UnicodeText: 'TEXT',
  Boolean: 'BOOLEAN',
  Date: 'DATE',
  DateTime: 'DATETIME',
  Time: 'TIME',
  Interval: 'DATETIME',
  Float: 'FLOAT',
  Double: 'DOUBLE',
  Numeric: 'NUMERIC',
  LargeBinary: 'BLOB',
  PickleType: 'BLOB',
  JSON: 'JSON',
  Uuid: 'CHAR(32)',
  // Upper-case SQL types render as written.
  INTEGER: 'INTEGER',
  INT: 'INTEGER',
  SMALLINT: 'SMALLINT',
  BIGINT: 'BIGINT',
  VARCHAR: 'VARCHAR',
  NVARCHAR: 'NVARCHAR',
  CHAR: 'CHAR',
  NCHAR: 'NCHAR',
  TEXT: 'TEXT',
  CLOB: 'CLOB',
  BLOB: 'BLOB',
  BINARY: 'BINARY',
  VARBINARY: 'VARBINARY',
  BOOLEAN: 'BOOLEAN',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
  TIME: 'TIME',
  TIMESTAMP: 'TIMESTAMP',
  FLOAT: 'FLOAT',
  REAL: 'REAL',
  DOUBLE: 'DOUBLE',
  DOUBLE_PRECISION: 'DOUBLE PRECISION',
  NUMERIC: 'NUMERIC',
  DECIMAL: 'DECIMAL',
  UUID: 'UUID',
};

/** Types whose first argument is a length rendered as `NAME(n)`. */
const LENGTH_TYPES = new Set([
  'String',
  'AutoString',
  'Unicode',
  'Text',
  'UnicodeText',
  'VARCHAR',
  'NVARCHAR',
  'CHAR',
  'NCHAR',
  'TEXT',
  'CLOB',
  'BINARY',
  'VARBINARY',
]);
const PRECISION_TYPES = new Set(['Numeric', 'NUMERIC', 'DECIMAL']);

/** Python annotation → SQLAlchemy 2.0's default `type_annotation_map` entry. */
export const ANNOTATION_TYPES: Readonly<Record<string, string>> = {
  int: 'Integer',
  str: 'String',
  float: 'Float',
  bool: 'Boolean',
  bytes: 'LargeBinary',
  'datetime.datetime': 'DateTime',
  'datetime.date': 'Date',
  'datetime.time': 'Time',
  'datetime.timedelta': 'Interval',
  'decimal.Decimal': 'Numeric',
  'uuid.UUID': 'Uuid',
};

function collationOf(name: string): string {
  const quoted = /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
  return ` COLLATE ${quoted}`;
}

/** Member names (or values) of a Python enum class defined in the project. */
export function enumMembers(
  project: PythonProject,
  file: PyFile,
  ref: PyNode,
  useValues: boolean,
): { readonly name: string; readonly members: readonly string[] } | undefined {
  const qualified = qualify(file.scope, ref);
  if (!qualified) return undefined;
  const def = qualified.includes('.') ? project.lookup(qualified) : project.lookupIn(file, qualified);
  if (def?.kind !== 'class') return undefined;
  const members: string[] = [];
  for (const stmt of def.node.fields.body?.children ?? []) {
    const a = stmt.type === 'expression_statement' ? stmt.children[0] : undefined;
    if (a?.type !== 'assignment' || a.fields.left?.type !== 'identifier' || !a.fields.right) continue;
    const name = a.fields.left.text;
    if (name.startsWith('_')) continue;
    if (useValues) {
      const value = stringValue(a.fields.right);
      if (value === undefined) return undefined;
      members.push(value);
    } else {
      members.push(name);
    }
  }
  return members.length > 0 ? { name: def.name.toLowerCase(), members } : undefined;
}

export class TypeResolver {
  constructor(
    private readonly project: PythonProject,
    private readonly names: SaNames,
  ) {}

  /** The type of `Column(<type>)` / `mapped_column(<type>)`: a class, a call, or a project type. */
  resolve(file: PyFile, input: PyNode): TypeResult {
    const node = unwrap(input);
    if (node.type === 'call') return this.resolveWith(file, node.fields.function!, callArgs(node));
    return this.resolveWith(file, node, { positional: [], keywords: new Map(), splat: false });
  }

  private resolveWith(file: PyFile, callee: PyNode, args: CallArgs): TypeResult {
    const name = this.names.of(file, callee);
    if (name === 'Enum') return this.enumType(file, args.positional, args.keywords);
    if (name !== undefined && name in GENERIC) {
      const base = GENERIC[name]!;
      const collationNode = args.keywords.get('collation');
      const collationName = collationNode && stringValue(collationNode);
      const collation = collationName ? collationOf(collationName) : undefined;
      if (LENGTH_TYPES.has(name)) {
        const length = intValue(args.positional[0] ?? args.keywords.get('length'));
        return {
          type: {
            sql: length === undefined ? base : `${base}(${length})`,
            ...(collation ? { collation } : {}),
          },
        };
      }
      if (PRECISION_TYPES.has(name)) {
        const precision = intValue(args.positional[0] ?? args.keywords.get('precision'));
        const scale = intValue(args.positional[1] ?? args.keywords.get('scale'));
        if (precision === undefined) return { type: { sql: base } };
        return {
          type: { sql: scale === undefined ? `${base}(${precision})` : `${base}(${precision}, ${scale})` },
        };
      }
      if (name === 'Boolean' || name === 'BOOLEAN') {
        const create = args.keywords.get('create_constraint');
        if (create && unwrap(create).type === 'true') {
          const constraintName = stringValue(args.keywords.get('name'));
          return {
            type: {
              sql: base,
              check: { values: 'boolean', ...(constraintName ? { name: constraintName } : {}) },
            },
          };
        }
      }
      return { type: { sql: base } };
    }
    if (name === 'ARRAY' || name === 'TupleType') return { error: `SQLite has no ${name} type` };
    if (name !== undefined) return { error: `unknown SQLAlchemy type ${name}` };
    return this.projectType(file, callee, args);
  }

  /** A type defined in the project: a TypeDecorator whose `impl` is a plain type, or a subclass. */
  private projectType(file: PyFile, callee: PyNode, args: CallArgs): TypeResult {
    const qualified = qualify(file.scope, callee) ?? callee.text;
    const def = qualified.includes('.')
      ? this.project.lookup(qualified)
      : this.project.lookupIn(file, qualified);
    if (!def)
      return { error: `type ${callee.text} is not a SQLAlchemy type this project defines or imports` };
    if (def.kind === 'value') return this.resolve(def.file, def.node); // `ShortString = String(40)`
    if (def.kind !== 'class') return { error: `type ${callee.text} is not a class` };
    const body = def.node.fields.body?.children ?? [];
    const methods = body.filter((s) => s.type === 'function_definition').map((s) => s.fields.name?.text);
    if (methods.includes('load_dialect_impl')) {
      return { error: `custom type ${def.name} picks its SQL type in load_dialect_impl() at run time` };
    }
    for (const stmt of body) {
      const a = stmt.type === 'expression_statement' ? stmt.children[0] : undefined;
      if (a?.type === 'assignment' && a.fields.left?.text === 'impl' && a.fields.right) {
        const impl = unwrap(a.fields.right);
        // A TypeDecorator passes its own constructor arguments on to an `impl` class: GUID(32), impl = CHAR.
        if (impl.type !== 'call') return this.resolveWith(def.file, impl, args);
        return this.resolve(def.file, impl);
      }
    }
    // class MyType(String): … (a subclass of a SQLAlchemy type, without an impl of its own)
    for (const base of def.node.fields.superclasses?.children ?? []) {
      const baseName = this.names.of(def.file, base);
      if (baseName && baseName in GENERIC) return this.resolveWith(def.file, base, args);
    }
    return { error: `custom type ${def.name}: its SQL type cannot be determined statically` };
  }

  private enumType(
    file: PyFile,
    positional: readonly PyNode[],
    keywords: ReadonlyMap<string, PyNode>,
  ): TypeResult {
    let values: string[] = [];
    let autoName: string | undefined;
    const first = positional[0];
    const literal = positional.map((p) => stringValue(p));
    if (first && literal.every((v) => v !== undefined)) {
      values = literal as string[];
    } else if (first && positional.length === 1) {
      const members = enumMembers(this.project, file, first, keywords.has('values_callable'));
      if (!members) return { error: `Enum(${first.text}): its members cannot be read statically` };
      values = [...members.members];
      autoName = members.name;
    } else {
      return { error: 'Enum() without literal values' };
    }
    const explicitLength = intValue(keywords.get('length'));
    const nonNative = keywords.get('native_enum') && unwrap(keywords.get('native_enum')!).type === 'false';
    const longest = Math.max(0, ...values.map((v) => v.length));
    const length = nonNative && explicitLength !== undefined ? explicitLength : longest;
    const create = keywords.get('create_constraint');
    const name = stringValue(keywords.get('name')) ?? autoName;
    const sql = `VARCHAR(${length})`;
    if (create && unwrap(create).type === 'true') {
      return { type: { sql, check: { values, ...(name ? { name } : {}) } } };
    }
    return { type: { sql } };
  }
}
