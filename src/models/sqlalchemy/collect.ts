import {
  boolValue,
  type CallArgs,
  callArgs,
  dottedName,
  type PyNode,
  sequenceItems,
  statementsOf,
  unwrap,
} from '../../python/ast.js';
import type { Definition, PyFile, PythonProject } from '../../python/project.js';
import { moduleStatements } from '../../python/project.js';
import { stringValue } from '../../python/strings.js';
import type { SourceRef } from '../../schema/types.js';
import { type Term, termOf, unwrapOptional } from './annotations.js';
import { columnByKey } from './ddl.js';
import type {
  CheckSpec,
  ColumnSpec,
  ConstraintName,
  ConstraintSpec,
  FkSpec,
  IndexSpec,
  NamingConvention,
  TableSpec,
} from './model.js';
import { DEFAULT_NAMING } from './model.js';
import type { SaNames } from './names.js';
import { quoteLiteral } from './quote.js';
import { ANNOTATION_TYPES, enumMembers, type SaType, type TypeResolver } from './types.js';

/** Something in the models that cannot be understood statically. */
export interface ModelProblem {
  readonly message: string;
  readonly source: SourceRef;
  readonly table?: string;
  readonly column?: string;
}

/** The declarative root a class hierarchy hangs from (`Base`, `db.Model`, a DeclarativeBase subclass). */
interface Root {
  readonly naming: NamingConvention;
  readonly typeMap: readonly { readonly key: string; readonly type: PyNode; readonly file: PyFile }[];
  readonly flask: boolean;
}

type Role = 'root' | 'mapped' | 'abstract' | 'plain';

interface ClassInfo {
  readonly def: Definition;
  readonly role: Role;
  readonly root?: Root;
  /** Resolved bases in order (unknown third-party bases left out). */
  readonly bases: readonly ClassInfo[];
  readonly body: readonly PyNode[];
}

interface Attribute {
  readonly name: string;
  readonly annotation?: PyNode;
  readonly value?: PyNode;
  /** A `@declared_attr` function's returned expression. */
  readonly declared: boolean;
  readonly node: PyNode;
  readonly owner: ClassInfo;
}

interface PendingFk {
  readonly column: MutableColumn;
  readonly index: number;
  readonly file: PyFile;
  readonly ref: PyNode;
}

type MutableColumn = { -readonly [K in keyof ColumnSpec]: ColumnSpec[K] } & {
  foreignKeys: FkSpec[];
  typeFromForeignKey?: boolean;
  order: readonly number[];
};

const IGNORED_ATTRIBUTE_CALLS = new Set([
  'relationship',
  'backref',
  'synonym',
  'composite',
  'association_proxy',
  'query_expression',
  'dynamic_loader',
  'hybrid_property',
  'with_expression',
]);

const TYPING_COLLECTIONS =
  /^(typing\.)?(List|Set|Dict|Sequence|Iterable|list|set|dict|tuple|Tuple|Collection)$/;

/** Flask-SQLAlchemy 3's automatic table name (`model.py` camel_to_snake_case). */
export function camelToSnake(name: string): string {
  return name
    .replace(/((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))/g, '_$1')
    .toLowerCase()
    .replace(/^_+/, '');
}

function source(file: PyFile, node: PyNode): SourceRef {
  return { path: file.path, line: node.line };
}

function keyword(args: CallArgs, name: string): PyNode | undefined {
  return args.keywords.get(name);
}

export class Collector {
  readonly tables: TableSpec[] = [];
  readonly problems: ModelProblem[] = [];
  private readonly infos = new Map<Definition, ClassInfo | 'pending'>();
  private readonly classTables = new Map<Definition, TableSpec>();
  private readonly pendingFks: PendingFk[] = [];

  constructor(
    private readonly project: PythonProject,
    private readonly names: SaNames,
    private readonly types: TypeResolver,
    private readonly reparse: (text: string) => PyNode | undefined,
  ) {}

  run(): void {
    for (const file of this.project.files) {
      for (const line of file.module.errorLines.slice(0, 1)) {
        this.problem(`syntax error in ${file.path}: the file could not be parsed completely`, {
          path: file.path,
          line,
        });
      }
    }
    for (const file of this.project.files) {
      for (const def of file.definitions) {
        if (def.kind === 'class') this.mappedClass(def);
        else if (def.kind === 'value') this.coreTable(file, def.node, def.name);
      }
      for (const stmt of moduleStatements(file.module.root)) {
        if (stmt.type === 'call' && this.names.callee(file, stmt) === 'Index') this.moduleIndex(file, stmt);
      }
    }
    this.resolveForeignKeys();
  }

  private problem(message: string, where: SourceRef, table?: string, column?: string): void {
    this.problems.push({
      message,
      source: where,
      ...(table ? { table } : {}),
      ...(column ? { column } : {}),
    });
  }

  // ── classes ────────────────────────────────────────────────────────────────────────────────

  private info(def: Definition): ClassInfo | undefined {
    const memo = this.infos.get(def);
    if (memo === 'pending') return undefined; // inheritance cycle through re-exports
    if (memo) return memo;
    this.infos.set(def, 'pending');
    const file = def.file;
    const body = statementsOf(def.node.fields.body);
    const bases: ClassInfo[] = [];
    let root: Root | undefined;
    let isRoot = false;
    let declarative = false;
    const superclasses = def.node.fields.superclasses?.children ?? [];
    const isSqlModelTable = superclasses.some(
      (b) =>
        b.type === 'keyword_argument' &&
        b.fields.name?.text === 'table' &&
        boolValue(b.fields.value) === true,
    );
    if (isSqlModelTable && [...file.scope.names.values()].some((q) => q.startsWith('sqlmodel'))) {
      this.problem(
        `${def.name} is a SQLModel table model; SQLModel models are not read statically (use models command mode with SQLModel.metadata.create_all)`,
        source(file, def.node),
      );
    }
    for (const base of superclasses) {
      if (base.type === 'keyword_argument') continue; // metaclass=…
      const name = this.names.of(file, base);
      if (name === 'DeclarativeBase' || name === 'DeclarativeBaseNoMeta') {
        isRoot = true;
        continue;
      }
      if (name === 'flask.Model' || name === 'Model') {
        declarative = true;
        root ??= this.flaskRoot(file, base);
        continue;
      }
      if (name !== undefined) continue; // MappedAsDataclass, AsyncAttrs, …
      const target = this.resolveDefinition(file, base);
      if (target?.kind === 'value') {
        const value = this.valueRoot(target);
        if (value) {
          declarative = true;
          root ??= value;
        }
        continue;
      }
      if (target?.kind !== 'class') continue;
      const baseInfo = this.info(target);
      if (!baseInfo) continue;
      bases.push(baseInfo);
      if (baseInfo.role !== 'plain') {
        declarative = true;
        root ??= baseInfo.root;
      }
    }
    for (const decorator of def.decorators) {
      const expr = decorator.children[0];
      const callee = expr?.type === 'call' ? expr.fields.function : expr;
      const name = callee && (this.names.of(file, callee) ?? dottedName(callee));
      if (name === 'as_declarative') isRoot = true;
      else if (name && /\.(mapped|mapped_as_dataclass)$/.test(name)) {
        declarative = true;
        root ??= { naming: DEFAULT_NAMING, typeMap: [], flask: false };
      }
    }
    if (isRoot) root = this.classRoot(def, body, root);
    const abstract = body.some(
      (s) =>
        s.type === 'assignment' &&
        s.fields.left?.text === '__abstract__' &&
        boolValue(s.fields.right) === true,
    );
    const role: Role = isRoot ? 'root' : declarative ? (abstract ? 'abstract' : 'mapped') : 'plain';
    const info: ClassInfo = { def, role, ...(root ? { root } : {}), bases, body };
    this.infos.set(def, info);
    return info;
  }

  private resolveDefinition(file: PyFile, node: PyNode): Definition | undefined {
    const name = dottedName(node);
    return name === undefined ? undefined : this.project.resolve(file, name);
  }

  /** `Base = declarative_base(...)`, `Base = registry.generate_base()`. */
  private valueRoot(def: Definition): Root | undefined {
    const value = unwrap(def.node);
    if (value.type !== 'call') return undefined;
    const name = this.names.callee(def.file, value);
    const fn = value.fields.function;
    const isGenerate = fn?.type === 'attribute' && fn.fields.attribute?.text === 'generate_base';
    if (name !== 'declarative_base' && !isGenerate) return undefined;
    const metadata = keyword(callArgs(value), 'metadata');
    return { naming: this.namingOf(def.file, metadata), typeMap: [], flask: false };
  }

  /** `db.Model`: the naming convention of `SQLAlchemy(metadata=MetaData(...))`, or of its model_class. */
  private flaskRoot(file: PyFile, base: PyNode): Root {
    let head = unwrap(base);
    while (head.type === 'attribute' && head.fields.object) head = unwrap(head.fields.object);
    const def = head.type === 'identifier' ? this.project.lookupIn(file, head.text) : undefined;
    const call = def?.kind === 'value' ? unwrap(def.node) : undefined;
    if (def && call?.type === 'call') {
      const args = callArgs(call);
      const modelClass = keyword(args, 'model_class');
      const target = modelClass && this.resolveDefinition(def.file, modelClass);
      const info = target?.kind === 'class' ? this.info(target) : undefined;
      if (info?.root) return { ...info.root, flask: true };
      return { naming: this.namingOf(def.file, keyword(args, 'metadata')), typeMap: [], flask: true };
    }
    return { naming: DEFAULT_NAMING, typeMap: [], flask: true };
  }

  /** A DeclarativeBase subclass: its `metadata = MetaData(...)` and `type_annotation_map = {...}`. */
  private classRoot(def: Definition, body: readonly PyNode[], inherited: Root | undefined): Root {
    let naming = inherited?.naming ?? DEFAULT_NAMING;
    const typeMap = [...(inherited?.typeMap ?? [])];
    for (const stmt of body) {
      if (stmt.type !== 'assignment' || !stmt.fields.right) continue;
      const target = stmt.fields.left?.text;
      if (target === 'metadata') naming = this.namingOf(def.file, stmt.fields.right);
      if (target === 'type_annotation_map') {
        const dict = this.dictOf(def.file, stmt.fields.right);
        for (const pair of dict?.children ?? []) {
          if (pair.type !== 'pair' || !pair.fields.key || !pair.fields.value) continue;
          typeMap.push({
            key: termKey(termOf(def.file, pair.fields.key)),
            type: pair.fields.value,
            file: def.file,
          });
        }
      }
    }
    return { naming, typeMap, flask: inherited?.flask ?? false };
  }

  /** A dict literal, directly or through a module-level name. */
  private dictOf(file: PyFile, node: PyNode): PyNode | undefined {
    const n = unwrap(node);
    if (n.type === 'dictionary') return n;
    if (n.type === 'call' && n.fields.function?.text === 'dict') return undefined;
    const def = this.resolveDefinition(file, n);
    return def?.kind === 'value' ? this.dictOf(def.file, def.node) : undefined;
  }

  /** `MetaData(naming_convention={...})` (or a name bound to one) → convention; default otherwise. */
  private namingOf(file: PyFile, node: PyNode | undefined): NamingConvention {
    if (!node) return DEFAULT_NAMING;
    let n = unwrap(node);
    let f = file;
    if (n.type !== 'call') {
      const def = this.resolveDefinition(f, n);
      if (def?.kind !== 'value') return DEFAULT_NAMING;
      n = unwrap(def.node);
      f = def.file;
    }
    if (n.type !== 'call' || this.names.callee(f, n) !== 'MetaData') return DEFAULT_NAMING;
    const conventionNode = keyword(callArgs(n), 'naming_convention');
    const dict = conventionNode && this.dictOf(f, conventionNode);
    if (!dict) return DEFAULT_NAMING;
    const keys: Record<string, string> = {
      Index: 'ix',
      UniqueConstraint: 'uq',
      CheckConstraint: 'ck',
      ForeignKeyConstraint: 'fk',
      PrimaryKeyConstraint: 'pk',
    };
    const convention: Record<string, string> = {};
    for (const pair of dict.children) {
      if (pair.type !== 'pair' || !pair.fields.key || !pair.fields.value) continue;
      const key = stringValue(pair.fields.key) ?? keys[this.names.of(f, pair.fields.key) ?? ''];
      const value = stringValue(pair.fields.value);
      if (key && value !== undefined) convention[key] = value;
    }
    return convention;
  }

  /** Classes in method resolution order (a depth-first, left-to-right approximation of C3). */
  private mro(info: ClassInfo): ClassInfo[] {
    const out: ClassInfo[] = [];
    const visit = (c: ClassInfo) => {
      if (out.includes(c)) return;
      out.push(c);
      for (const b of c.bases) visit(b);
    };
    visit(info);
    return out;
  }

  private tablenameOf(info: ClassInfo): { value?: string; node?: PyNode; computed?: boolean } | undefined {
    for (const stmt of info.body) {
      if (stmt.type === 'assignment' && stmt.fields.left?.text === '__tablename__' && stmt.fields.right) {
        const value = stringValue(stmt.fields.right);
        return value === undefined ? { node: stmt, computed: true } : { value, node: stmt };
      }
      if (
        stmt.type === 'decorated_definition' &&
        stmt.fields.definition?.fields.name?.text === '__tablename__'
      ) {
        return { node: stmt, computed: true };
      }
    }
    return undefined;
  }

  private mappedClass(def: Definition): void {
    const info = this.info(def);
    if (info?.role !== 'mapped') return;
    const file = def.file;
    const mro = this.mro(info);
    const parent = mro.slice(1).find((c) => c.role === 'mapped');
    const parentTable = parent && this.tableOfClass(parent.def);

    const explicitTable = info.body.find(
      (s) => s.type === 'assignment' && s.fields.left?.text === '__table__',
    );
    if (explicitTable?.type === 'assignment' && explicitTable.fields.right) {
      const table = this.coreTable(file, explicitTable.fields.right, def.name);
      if (table) this.classTables.set(def, table);
      return;
    }

    let tablename = this.tablenameOf(info);
    if (!tablename) {
      // A __tablename__ from a mixin or an abstract base applies; one from a mapped parent does not.
      for (const c of mro.slice(1)) {
        if (c.role === 'mapped') break;
        const inherited = this.tablenameOf(c);
        if (inherited) {
          tablename = inherited;
          break;
        }
      }
    }
    const attributes = this.attributes(info, mro, !tablename && !!parentTable);
    if (tablename?.computed) {
      this.problem(
        `${def.name}.__tablename__ is computed at run time; its table cannot be read statically (use models command mode)`,
        source(file, tablename.node!),
      );
      return;
    }
    const flask = info.root?.flask === true;
    let name = tablename?.value;
    const definesKey = attributes.some((a) => this.isPrimaryKeyAttribute(a));
    // Flask-SQLAlchemy's __table_cls__ turns a subclass without a primary key column into
    // single-table inheritance, even when it names a table of its own.
    if (name !== undefined && flask && parentTable && !definesKey) name = undefined;
    if (name === undefined) {
      if (parentTable && !(flask && definesKey)) {
        // Single-table inheritance: the subclass's columns go into its parent's table.
        this.addColumns(parentTable, attributes, info);
        this.classTables.set(def, parentTable);
        return;
      }
      if (!flask) {
        this.problem(`${def.name} is mapped but has no __tablename__`, source(file, def.node));
        return;
      }
      name = camelToSnake(def.name);
    }
    const table: TableSpec = {
      name,
      columns: [],
      constraints: [],
      indexes: [],
      sqliteAutoincrement: false,
      withoutRowid: false,
      naming: info.root?.naming ?? DEFAULT_NAMING,
      source: source(file, def.node),
    };
    this.classTables.set(def, table);
    this.addColumns(table, attributes, info);
    this.tableArgs(info, mro, table);
    if (table.columns.length === 0) {
      this.problem(
        `${def.name} maps table ${name} without any column that can be read statically`,
        table.source,
        name,
      );
      return;
    }
    this.tables.push(table);
  }

  private tableOfClass(def: Definition): TableSpec | undefined {
    if (!this.classTables.has(def)) this.mappedClass(def);
    return this.classTables.get(def);
  }

  private isPrimaryKeyAttribute(a: Attribute): boolean {
    const call = a.value && unwrap(a.value);
    if (call?.type !== 'call') return false;
    return boolValue(keyword(callArgs(call), 'primary_key')) === true;
  }

  /**
   * The column-bearing attributes of a mapped class: its own, and those of mixins and abstract
   * bases up to the first mapped parent (a parent's columns live in the parent's table).
   */
  private attributes(info: ClassInfo, mro: readonly ClassInfo[], singleTable: boolean): Attribute[] {
    const owners = [info];
    if (!singleTable) {
      // Mixins and abstract bases contribute, except those a mapped parent already brought into its table.
      const inherited = new Set<ClassInfo>();
      for (const c of mro.slice(1))
        if (c.role === 'mapped' || c.role === 'root') for (const a of this.mro(c)) inherited.add(a);
      for (const c of mro.slice(1)) if (!inherited.has(c)) owners.push(c);
    }
    const byName = new Map<string, Attribute>();
    // Later owners in the MRO are shadowed by earlier ones.
    for (const owner of owners) {
      for (const a of this.ownAttributes(owner)) if (!byName.has(a.name)) byName.set(a.name, a);
    }
    return [...byName.values()];
  }

  private ownAttributes(owner: ClassInfo): Attribute[] {
    const out: Attribute[] = [];
    for (const stmt of owner.body) {
      if (stmt.type === 'assignment' && stmt.fields.left?.type === 'identifier') {
        const name = stmt.fields.left.text;
        if (name.startsWith('__') && name.endsWith('__')) continue;
        out.push({
          name,
          ...(stmt.fields.type ? { annotation: stmt.fields.type } : {}),
          ...(stmt.fields.right ? { value: stmt.fields.right } : {}),
          declared: false,
          node: stmt,
          owner,
        });
      } else if (stmt.type === 'decorated_definition') {
        const fn = stmt.fields.definition;
        const decorators = stmt.children.filter((c) => c.type === 'decorator').map((d) => d.text);
        if (fn?.type !== 'function_definition' || !decorators.some((d) => d.includes('declared_attr')))
          continue;
        const name = fn.fields.name?.text;
        if (!name || name.startsWith('__')) continue;
        const ret = statementsOf(fn.fields.body).find((s) => s.type === 'return_statement');
        const value = ret?.children[0];
        out.push({
          name,
          ...(fn.fields.return_type ? { annotation: fn.fields.return_type } : {}),
          ...(value ? { value } : {}),
          declared: true,
          node: stmt,
          owner,
        });
      }
    }
    return out;
  }

  private addColumns(table: TableSpec, attributes: readonly Attribute[], info: ClassInfo): void {
    const columns: MutableColumn[] = [];
    const declaredOrder = attributes.filter((a) => a.declared);
    for (const a of attributes) {
      const column = this.attributeColumn(table, a, info);
      if (!column) continue;
      const sameFile = a.owner.def.file === info.def.file;
      const ownerRank = this.mro(info).indexOf(a.owner);
      // SQLAlchemy orders columns by creation: mixin columns (created when their module ran) come
      // before the class's own; @declared_attr columns are created last, while the class is mapped.
      column.order = a.declared
        ? [2, declaredOrder.indexOf(a)]
        : sameFile
          ? [1, a.node.line]
          : [0, ownerRank, a.node.line];
      columns.push(column);
    }
    columns.sort((x, y) => compareOrder(x.order, y.order));
    for (const c of columns) {
      if (table.columns.some((existing) => existing.name === c.name)) continue;
      table.columns.push(c);
    }
  }

  private annotationColumnType(
    file: PyFile,
    term: Term,
    info: ClassInfo,
  ): { type?: SaType; error?: string; skip?: boolean } {
    if (term.kind !== 'name') return { error: 'an annotation that is not a plain type' };
    const key = termKey(term);
    for (const entry of info.root?.typeMap ?? []) {
      if (entry.key === key) {
        const r = this.types.resolve(entry.file, entry.type);
        return 'type' in r ? { type: r.type } : { error: r.error };
      }
    }
    const mapped = ANNOTATION_TYPES[term.name];
    if (mapped) return { type: { sql: mapped === 'Uuid' ? 'CHAR(32)' : typeSql(mapped) } };
    if (TYPING_COLLECTIONS.test(term.name)) return { skip: true };
    if (term.name === 'typing.Literal' || term.name === 'Literal') {
      const values = term.args.map((a) => (a.kind === 'value' ? stringValue(a.node) : undefined));
      if (values.every((v) => v !== undefined) && values.length > 0) {
        return { type: { sql: `VARCHAR(${Math.max(...values.map((v) => v!.length))})` } };
      }
      return { error: 'Literal[...] with non-string values' };
    }
    const def =
      term.node.type === 'identifier' || term.node.type === 'attribute'
        ? this.resolveDefinition(file, term.node)
        : undefined;
    if (def?.kind === 'class') {
      const target = this.info(def);
      if (target && target.role !== 'plain') return { skip: true }; // a relationship to another model
      const members = enumMembers(this.project, file, term.node, false);
      if (members) return { type: { sql: `VARCHAR(${Math.max(...members.members.map((m) => m.length))})` } };
    }
    return { error: `no SQL type for Mapped[${term.node.text}] in SQLAlchemy's default type map` };
  }

  private attributeColumn(table: TableSpec, a: Attribute, info: ClassInfo): MutableColumn | undefined {
    const file = a.owner.def.file;
    let call = a.value ? unwrap(a.value) : undefined;
    let callName = call?.type === 'call' ? this.names.callee(file, call) : undefined;
    if ((callName === 'deferred' || callName === 'column_property') && call) {
      const inner = callArgs(call).positional[0];
      const innerName = inner && this.names.callee(file, inner);
      if (innerName === 'Column' || innerName === 'mapped_column') {
        call = unwrap(inner!);
        callName = innerName;
      } else {
        return undefined;
      }
    }
    if (callName && IGNORED_ATTRIBUTE_CALLS.has(callName)) return undefined;

    let mapped: ReturnType<typeof unwrapOptional> | undefined;
    if (a.annotation) {
      const term = termOf(file, a.annotation, this.reparse);
      if (
        term.kind === 'name' &&
        ['Mapped', 'sqlalchemy.orm.Mapped'].includes(
          this.names.of(file, term.node.type === 'generic_type' ? term.node.children[0]! : term.node) ??
            term.name,
        ) &&
        term.args[0]
      ) {
        mapped = unwrapOptional(term.args[0], (n) => this.aliasTerm(file, n));
      } else if (term.kind === 'name' && /(^|\.)(WriteOnlyMapped|DynamicMapped|ClassVar)$/.test(term.name)) {
        return undefined;
      }
    }
    const isColumnCall = callName === 'Column' || callName === 'mapped_column';
    if (!isColumnCall) {
      if (a.value || !mapped) return undefined; // not a column (a constant, a method result, …)
    }
    const where = source(file, a.node);
    const args: CallArgs =
      isColumnCall && call ? callArgs(call) : { positional: [], keywords: new Map(), splat: false };
    // Annotated[int, mapped_column(...)] supplies defaults the explicit mapped_column() overrides.
    const merged = new Map<string, PyNode>();
    for (const extra of mapped?.annotatedColumns ?? [])
      for (const [k, v] of callArgs(extra).keywords) merged.set(k, v);
    for (const [k, v] of args.keywords) merged.set(k, v);
    const positional = [
      ...args.positional,
      ...(mapped?.annotatedColumns ?? []).flatMap((c) => callArgs(c).positional),
    ];
    if (args.splat) {
      this.problem(`${a.name}: Column(*args/**kwargs) cannot be read statically`, where, table.name, a.name);
      return undefined;
    }
    let name = a.name;
    let type: SaType | undefined;
    const foreignKeys: FkSpec[] = [];
    const pendingRefs: (PyNode | undefined)[] = [];
    const checks: CheckSpec[] = [];
    let computed: string | undefined;
    let typeError: string | undefined;
    for (const p of positional) {
      const s = stringValue(p);
      if (s !== undefined && p === positional[0]) {
        name = s;
        continue;
      }
      if (unwrap(p).type === 'none') continue; // Column(None, ForeignKey(...)): typed by its target
      const pName =
        this.names.callee(file, p) ?? (unwrap(p).type === 'call' ? undefined : this.names.of(file, p));
      if (pName === 'ForeignKey') {
        const fk = this.foreignKey(file, unwrap(p));
        if (fk) {
          foreignKeys.push(fk.spec);
          pendingRefs.push(fk.ref);
        } else
          this.problem(
            `${a.name}: ForeignKey target cannot be read statically`,
            source(file, p),
            table.name,
            name,
          );
      } else if (pName === 'Computed') {
        computed = this.sqlText(file, callArgs(unwrap(p)).positional[0]);
      } else if (pName === 'CheckConstraint') {
        const check = this.checkConstraint(file, unwrap(p));
        if (check) checks.push(check);
      } else if (
        pName &&
        ['Sequence', 'Identity', 'FetchedValue', 'DefaultClause', 'ColumnDefault'].includes(pName)
      ) {
        // server-side generators SQLite ignores
      } else if (type === undefined && typeError === undefined) {
        const r = this.types.resolve(file, p);
        if ('type' in r) type = r.type;
        else typeError = r.error;
      }
    }
    const typeKw = merged.get('type_');
    if (typeKw && !type && !typeError) {
      const r = this.types.resolve(file, typeKw);
      if ('type' in r) type = r.type;
      else typeError = r.error;
    }
    const nameKw = stringValue(merged.get('name'));
    if (nameKw) name = nameKw;
    if (!type && !typeError && mapped) {
      const fromAnnotation = this.annotationColumnType(file, mapped.inner, info);
      if (fromAnnotation.skip) return undefined;
      if (fromAnnotation.type) type = fromAnnotation.type;
      else typeError = fromAnnotation.error;
    }
    if (typeError) {
      this.problem(`${table.name}.${name}: ${typeError}; the column is not checked`, where, table.name, name);
      return undefined;
    }
    const primaryKey = boolValue(merged.get('primary_key')) === true;
    const nullableKw = boolValue(merged.get('nullable'));
    let nullable: boolean;
    if (nullableKw !== undefined) nullable = nullableKw;
    else if (primaryKey) nullable = false;
    else if (callName !== 'Column' && mapped) nullable = mapped.optional;
    else nullable = true;
    const serverDefaultNode = merged.get('server_default');
    let serverDefault: string | undefined;
    if (serverDefaultNode) {
      serverDefault = this.serverDefault(file, serverDefaultNode);
      if (serverDefault === undefined) {
        this.problem(
          `${table.name}.${name}: server_default ${serverDefaultNode.text} cannot be read statically`,
          source(file, serverDefaultNode),
          table.name,
          name,
        );
      }
    }
    const column: MutableColumn = {
      name,
      key: stringValue(merged.get('key')) ?? a.name,
      type: type ?? { sql: '' },
      nullable,
      primaryKey,
      unique: boolValue(merged.get('unique')) === true,
      index: boolValue(merged.get('index')) === true,
      ...(serverDefault !== undefined ? { serverDefault } : {}),
      ...(merged.get('default') ? { clientDefault: merged.get('default')!.text } : {}),
      ...(computed !== undefined ? { computed } : {}),
      foreignKeys,
      checks,
      source: where,
      order: [],
      ...(type ? {} : { typeFromForeignKey: true }),
    };
    if (!type && foreignKeys.length === 0) {
      this.problem(`${table.name}.${name}: no type given`, where, table.name, name);
      return undefined;
    }
    pendingRefs.forEach((ref, index) => {
      if (ref) this.pendingFks.push({ column, index, file, ref });
    });
    return column;
  }

  /** A name bound at module level to a type alias (`intpk = Annotated[int, mapped_column(...)]`). */
  private aliasTerm(file: PyFile, name: string): Term | undefined {
    if (name.includes('.') && !name.startsWith(`${file.scope.module}.`)) {
      const def = this.project.lookup(name);
      return def?.kind === 'value' ? termOf(def.file, def.node, this.reparse) : undefined;
    }
    const def = this.project.lookupIn(file, name.split('.').pop()!);
    if (def?.kind !== 'value') return undefined;
    const node = unwrap(def.node);
    return node.type === 'subscript' ? termOf(def.file, node, this.reparse) : undefined;
  }

  private foreignKey(file: PyFile, call: PyNode): { spec: FkSpec; ref?: PyNode } | undefined {
    const args = callArgs(call);
    const target = args.positional[0];
    if (!target) return undefined;
    const options = {
      ...optionalString('onDelete', stringValue(keyword(args, 'ondelete'))?.toUpperCase()),
      ...optionalString('onUpdate', stringValue(keyword(args, 'onupdate'))?.toUpperCase()),
      ...optionalString('initially', stringValue(keyword(args, 'initially'))),
      ...(boolValue(keyword(args, 'deferrable')) !== undefined
        ? { deferrable: boolValue(keyword(args, 'deferrable'))! }
        : {}),
      ...(this.constraintName(file, keyword(args, 'name'))
        ? { name: this.constraintName(file, keyword(args, 'name'))! }
        : {}),
    };
    const text = stringValue(target);
    if (text !== undefined) {
      const dot = text.lastIndexOf('.');
      if (dot < 0) return undefined;
      return { spec: { table: text.slice(0, dot), column: text.slice(dot + 1), ...options } };
    }
    return { spec: { table: '', column: '', ...options }, ref: target };
  }

  private constraintName(file: PyFile, node: PyNode | undefined): ConstraintName | undefined {
    if (!node) return undefined;
    const n = unwrap(node);
    if (n.type === 'call' && (this.names.callee(file, n) === 'conv' || this.names.callee(file, n) === 'f')) {
      const value = stringValue(callArgs(n).positional[0]);
      return value === undefined ? undefined : { value, final: true };
    }
    const value = stringValue(n);
    return value === undefined ? undefined : { value, final: false };
  }

  /** SQL text of `text("…")` or a plain string (CheckConstraint, Computed, sqlite_where). */
  private sqlText(file: PyFile, node: PyNode | undefined): string | undefined {
    if (!node) return undefined;
    const n = unwrap(node);
    const s = stringValue(n);
    if (s !== undefined) return s;
    if (n.type === 'call' && ['text', 'literal_column'].includes(this.names.callee(file, n) ?? '')) {
      return stringValue(callArgs(n).positional[0]);
    }
    return undefined;
  }

  private checkConstraint(file: PyFile, call: PyNode): CheckSpec | undefined {
    const args = callArgs(call);
    const sql = this.sqlText(file, args.positional[0] ?? keyword(args, 'sqltext'));
    if (sql === undefined) {
      this.problem(`CheckConstraint ${call.text.slice(0, 60)} cannot be read statically`, source(file, call));
      return undefined;
    }
    const name = this.constraintName(file, keyword(args, 'name'));
    return { sql, ...(name ? { name } : {}) };
  }

  /** The DDL operand of `server_default=`, rendered as SQLAlchemy's SQLite dialect does. */
  private serverDefault(file: PyFile, node: PyNode): string | undefined {
    const n = unwrap(node);
    const literal = stringValue(n);
    if (literal !== undefined) return quoteLiteral(literal);
    if (n.type !== 'call') return undefined;
    const name = this.names.callee(file, n);
    if (name === 'text') return stringValue(callArgs(n).positional[0]);
    if (name === 'false') return '(0)';
    if (name === 'true') return '(1)';
    if (name === 'null') return '(NULL)';
    if (name === 'literal_column') {
      const s = stringValue(callArgs(n).positional[0]);
      return s === undefined ? undefined : `(${s})`;
    }
    const fn = this.sqlFunction(file, n);
    return fn === undefined ? undefined : `(${fn})`;
  }

  /** `func.now()` → CURRENT_TIMESTAMP, `func.lower('x')` → lower('x'). */
  private sqlFunction(file: PyFile, call: PyNode): string | undefined {
    const name = this.names.callee(file, call);
    if (!name?.startsWith('func.')) return undefined;
    const fn = name.slice(5);
    const ansi: Record<string, string> = {
      now: 'CURRENT_TIMESTAMP',
      current_timestamp: 'CURRENT_TIMESTAMP',
      current_date: 'CURRENT_DATE',
      current_time: 'CURRENT_TIME',
      localtimestamp: 'LOCALTIMESTAMP',
      localtime: 'LOCALTIME',
      current_user: 'CURRENT_USER',
    };
    const args = callArgs(call);
    if (ansi[fn] && args.positional.length === 0) return ansi[fn];
    const rendered: string[] = [];
    for (const arg of args.positional) {
      const s = stringValue(arg);
      const a = unwrap(arg);
      if (s !== undefined) rendered.push(quoteLiteral(s));
      else if (a.type === 'integer' || a.type === 'float') rendered.push(a.text);
      else if (a.type === 'call' && this.sqlFunction(file, a)) rendered.push(this.sqlFunction(file, a)!);
      else if (a.type === 'call' && this.names.callee(file, a) === 'text')
        rendered.push(stringValue(callArgs(a).positional[0]) ?? '');
      else return undefined;
    }
    return `${fn}(${rendered.join(', ')})`;
  }

  // ── table-level arguments ───────────────────────────────────────────────────────────────────

  private tableArgs(info: ClassInfo, mro: readonly ClassInfo[], table: TableSpec): void {
    for (const c of mro) {
      if (c !== info && c.role === 'mapped') break;
      for (const stmt of c.body) {
        let value: PyNode | undefined;
        if (stmt.type === 'assignment' && stmt.fields.left?.text === '__table_args__')
          value = stmt.fields.right;
        if (
          stmt.type === 'decorated_definition' &&
          stmt.fields.definition?.fields.name?.text === '__table_args__'
        ) {
          const ret = statementsOf(stmt.fields.definition.fields.body).find(
            (s) => s.type === 'return_statement',
          );
          value = ret?.children[0];
          if (!value) {
            this.problem('__table_args__ is computed at run time', source(c.def.file, stmt), table.name);
            return;
          }
        }
        if (value) {
          this.applyTableItems(c.def.file, value, table, c);
          return;
        }
      }
    }
  }

  private applyTableItems(file: PyFile, value: PyNode, table: TableSpec, owner?: ClassInfo): void {
    const v = unwrap(value);
    const items = v.type === 'dictionary' ? [v] : sequenceItems(v);
    if (!items) {
      this.problem(
        '__table_args__ must be a tuple or a dict literal to be read statically',
        source(file, value),
        table.name,
      );
      return;
    }
    for (const item of items) {
      const it = unwrap(item);
      if (it.type === 'dictionary') {
        for (const pair of it.children) {
          const key = pair.type === 'pair' && pair.fields.key ? stringValue(pair.fields.key) : undefined;
          const flag = pair.fields.value ? boolValue(pair.fields.value) : undefined;
          if (key === 'sqlite_autoincrement')
            (table as { sqliteAutoincrement: boolean }).sqliteAutoincrement = flag === true;
          if (key === 'sqlite_with_rowid') (table as { withoutRowid: boolean }).withoutRowid = flag === false;
        }
        continue;
      }
      this.tableItem(file, it, table, owner);
    }
  }

  /** Column references in constraints: `'key'`, a class attribute name, `Model.attr`, `table.c.x`. */
  private columnRef(node: PyNode): string | undefined {
    const s = stringValue(node);
    if (s !== undefined) return s;
    const n = unwrap(node);
    if (n.type === 'identifier') return n.text;
    if (n.type === 'attribute') return n.fields.attribute?.text;
    return undefined;
  }

  private tableItem(file: PyFile, item: PyNode, table: TableSpec, _owner?: ClassInfo): void {
    if (item.type !== 'call') {
      this.problem(
        `${item.text.slice(0, 60)} in table arguments cannot be read statically`,
        source(file, item),
        table.name,
      );
      return;
    }
    const name = this.names.callee(file, item);
    const args = callArgs(item);
    const constraintName = this.constraintName(file, keyword(args, 'name'));
    const named = constraintName ? { name: constraintName } : {};
    const refs = (nodes: readonly PyNode[]) => nodes.map((n) => this.columnRef(n));
    switch (name) {
      case 'UniqueConstraint':
      case 'PrimaryKeyConstraint': {
        const columns = refs(args.positional);
        if (columns.some((c) => c === undefined)) break;
        table.constraints.push({
          kind: name === 'UniqueConstraint' ? 'unique' : 'primary',
          columns: columns as string[],
          ...named,
        });
        return;
      }
      case 'CheckConstraint': {
        const check = this.checkConstraint(file, item);
        if (check) table.constraints.push({ kind: 'check', ...check });
        return;
      }
      case 'ForeignKeyConstraint': {
        const columns = sequenceItems(args.positional[0] ?? keyword(args, 'columns'))?.map((n) =>
          this.columnRef(n),
        );
        const targets = sequenceItems(args.positional[1] ?? keyword(args, 'refcolumns'))?.map((n) =>
          stringValue(n),
        );
        if (!columns || !targets || columns.some((c) => !c) || targets.some((t) => !t?.includes('.'))) break;
        const refTable = targets[0]!.slice(0, targets[0]!.lastIndexOf('.'));
        const spec: ConstraintSpec = {
          kind: 'foreign',
          columns: columns as string[],
          refTable,
          refColumns: targets.map((t) => t!.slice(t!.lastIndexOf('.') + 1)),
          ...named,
          ...optionalString('onDelete', stringValue(keyword(args, 'ondelete'))?.toUpperCase()),
          ...optionalString('onUpdate', stringValue(keyword(args, 'onupdate'))?.toUpperCase()),
          ...optionalString('initially', stringValue(keyword(args, 'initially'))),
          ...(boolValue(keyword(args, 'deferrable')) !== undefined
            ? { deferrable: boolValue(keyword(args, 'deferrable'))! }
            : {}),
        };
        table.constraints.push(spec);
        return;
      }
      case 'Index': {
        const index = this.index(file, item, args);
        if (index) table.indexes.push(index);
        return;
      }
      default:
        break;
    }
    this.problem(
      `${item.text.slice(0, 60)} in table arguments cannot be read statically`,
      source(file, item),
      table.name,
    );
  }

  private index(file: PyFile, call: PyNode, args: CallArgs): IndexSpec | undefined {
    const [first, ...rest] = args.positional;
    const name = first && unwrap(first).type !== 'none' ? this.constraintName(file, first) : undefined;
    const items: { ref: string; expression: boolean }[] = [];
    for (const p of rest) {
      const n = unwrap(p);
      const calleeName = n.type === 'call' ? this.names.callee(file, n) : undefined;
      if (calleeName === 'text') {
        const sql = stringValue(callArgs(n).positional[0]);
        if (sql === undefined) return this.badIndex(file, call);
        items.push({ ref: sql, expression: true });
      } else if (
        calleeName === 'desc' ||
        calleeName === 'asc' ||
        (n.type === 'call' && /\.(desc|asc)$/.test(n.fields.function?.text ?? ''))
      ) {
        const target = calleeName ? callArgs(n).positional[0] : n.fields.function?.fields.object;
        const ref = target && this.columnRef(target);
        if (!ref) return this.badIndex(file, call);
        const dir = (calleeName ?? n.fields.function!.fields.attribute!.text).toUpperCase();
        items.push({ ref: `${ref} ${dir}`, expression: true });
      } else if (n.type === 'call' && this.names.callee(file, n)?.startsWith('func.')) {
        const sql = this.sqlFunctionOfColumns(file, n);
        if (sql === undefined) return this.badIndex(file, call);
        items.push({ ref: sql, expression: true });
      } else {
        const ref = this.columnRef(n);
        if (!ref) return this.badIndex(file, call);
        items.push({ ref, expression: false });
      }
    }
    const whereNode = keyword(args, 'sqlite_where');
    const where = whereNode ? this.sqlText(file, whereNode) : undefined;
    if (whereNode && where === undefined) return this.badIndex(file, call);
    return {
      ...(name ? { name } : {}),
      items,
      unique: boolValue(keyword(args, 'unique')) === true,
      ...(where !== undefined ? { where } : {}),
      source: source(file, call),
    };
  }

  /** `func.lower(email)` inside an Index: column arguments render as bare names. */
  private sqlFunctionOfColumns(file: PyFile, call: PyNode): string | undefined {
    const name = this.names.callee(file, call)!.slice(5);
    const parts: string[] = [];
    for (const arg of callArgs(call).positional) {
      const s = stringValue(arg);
      if (s !== undefined) {
        parts.push(quoteLiteral(s));
        continue;
      }
      const ref = this.columnRef(arg);
      if (!ref) return undefined;
      parts.push(ref);
    }
    return `${name}(${parts.join(', ')})`;
  }

  private badIndex(file: PyFile, call: PyNode): undefined {
    this.problem(`Index ${call.text.slice(0, 60)} cannot be read statically`, source(file, call));
    return undefined;
  }

  /** `Index('ix_name', Model.col, …)` at module level attaches to Model's (or a core table's) table. */
  private moduleIndex(file: PyFile, call: PyNode): void {
    const args = callArgs(call);
    let table: TableSpec | undefined;
    const find = (node: PyNode): void => {
      if (table) return;
      const n = unwrap(node);
      if (n.type === 'attribute' && n.fields.object) {
        const object = unwrap(n.fields.object);
        const holder =
          object.type === 'attribute' && object.fields.attribute?.text === 'c'
            ? object.fields.object!
            : object;
        table = this.tableOf(file, holder);
      } else if (n.type === 'call') {
        for (const arg of callArgs(n).positional) find(arg);
      }
    };
    for (const arg of args.positional.slice(1)) find(arg);
    if (!table) {
      this.problem(
        `Index ${call.text.slice(0, 60)}: its table cannot be determined statically`,
        source(file, call),
      );
      return;
    }
    const index = this.index(file, call, args);
    if (index) table.indexes.push(index);
  }

  /** The table behind a mapped class name or a name bound to a core Table(...). */
  private tableOf(file: PyFile, node: PyNode): TableSpec | undefined {
    const def = this.resolveDefinition(file, node);
    if (def?.kind === 'class') return this.tableOfClass(def);
    if (def?.kind === 'value') {
      const value = unwrap(def.node);
      return this.tables.find((t) => t.source.path === def.file.path && t.source.line === value.line);
    }
    return undefined;
  }

  // ── core tables ─────────────────────────────────────────────────────────────────────────────

  /** `name = Table('t', metadata, Column(...), ...)`. */
  private coreTable(file: PyFile, node: PyNode, _bound: string): TableSpec | undefined {
    const call = unwrap(node);
    if (call.type !== 'call' || this.names.callee(file, call) !== 'Table') return undefined;
    const table = this.tableFromCall(file, call);
    if (table) this.tables.push(table);
    return table;
  }

  /**
   * A table from `Table(name, [metadata,] *columns_and_constraints, **kw)`-shaped arguments
   * (also Alembic's `op.create_table(name, *columns_and_constraints, **kw)`).
   */
  tableFromCall(file: PyFile, call: PyNode): TableSpec | undefined {
    const args = callArgs(call);
    const name = stringValue(args.positional[0]);
    if (name === undefined) {
      this.problem(
        `Table(${args.positional[0]?.text ?? ''}, …): the table name is computed at run time`,
        source(file, call),
      );
      return undefined;
    }
    let naming = DEFAULT_NAMING;
    const second = args.positional[1];
    if (second && !this.names.callee(file, second)) {
      naming = this.metadataNaming(file, second);
    }
    const table: TableSpec = {
      name,
      columns: [],
      constraints: [],
      indexes: [],
      sqliteAutoincrement: boolValue(keyword(args, 'sqlite_autoincrement')) === true,
      withoutRowid: boolValue(keyword(args, 'sqlite_with_rowid')) === false,
      naming,
      source: source(file, call),
    };
    const pseudo: ClassInfo = {
      def: { kind: 'class', name, node: call, decorators: [], file },
      role: 'mapped',
      root: { naming, typeMap: [], flask: false },
      bases: [],
      body: [],
    };
    for (const p of args.positional.slice(1)) {
      const item = unwrap(p);
      const calleeName = this.names.callee(file, item);
      if (calleeName === 'Column' || calleeName === 'mapped_column') {
        const column = this.attributeColumn(
          table,
          { name: '', value: item, declared: false, node: item, owner: pseudo },
          pseudo,
        );
        if (column && !table.columns.some((c) => c.name === column.name)) table.columns.push(column);
      } else if (calleeName) {
        this.tableItem(file, item, table);
      }
    }
    return table;
  }

  /** One `Column(...)` outside a class (Alembic's add_column), for `table`. */
  columnFromCall(file: PyFile, call: PyNode, table: TableSpec): ColumnSpec | undefined {
    const pseudo: ClassInfo = {
      def: { kind: 'class', name: table.name, node: call, decorators: [], file },
      role: 'mapped',
      root: { naming: table.naming, typeMap: [], flask: false },
      bases: [],
      body: [],
    };
    return this.attributeColumn(
      table,
      { name: '', value: call, declared: false, node: call, owner: pseudo },
      pseudo,
    );
  }

  /** A constraint call (UniqueConstraint, CheckConstraint, …) added to `table`. */
  addTableItem(file: PyFile, call: PyNode, table: TableSpec): void {
    this.tableItem(file, unwrap(call), table);
  }

  /** `server_default=` rendered for DDL, or undefined when it cannot be read. */
  renderServerDefault(file: PyFile, node: PyNode): string | undefined {
    return this.serverDefault(file, node);
  }

  /** SQL text of a string or `text("…")`. */
  renderSqlText(file: PyFile, node: PyNode): string | undefined {
    return this.sqlText(file, node);
  }

  /** Reads `Index(...)`-shaped arguments. */
  indexFromCall(file: PyFile, call: PyNode): IndexSpec | undefined {
    return this.index(file, call, callArgs(call));
  }

  /** Naming convention of the metadata a core Table is attached to (`metadata`, `Base.metadata`, `db.metadata`). */
  private metadataNaming(file: PyFile, node: PyNode): NamingConvention {
    const n = unwrap(node);
    if (n.type === 'attribute' && n.fields.attribute?.text === 'metadata' && n.fields.object) {
      const def = this.resolveDefinition(file, n.fields.object);
      if (def?.kind === 'class') return this.info(def)?.root?.naming ?? DEFAULT_NAMING;
      if (def?.kind === 'value') return this.valueRoot(def)?.naming ?? DEFAULT_NAMING;
      return DEFAULT_NAMING;
    }
    return this.namingOf(file, n);
  }

  // ── foreign keys to attributes and FK-typed columns ─────────────────────────────────────────

  private resolveForeignKeys(): void {
    // Backwards, so dropping an unresolvable key keeps the indexes of the others valid.
    for (const p of [...this.pendingFks].reverse()) {
      const ref = unwrap(p.ref);
      let target: { table: string; column: string } | undefined;
      if (ref.type === 'attribute' && ref.fields.object) {
        const attr = ref.fields.attribute!.text;
        const object = unwrap(ref.fields.object);
        // users.c.id (a core Table bound to a name)
        const holder =
          object.type === 'attribute' && object.fields.attribute?.text === 'c'
            ? object.fields.object!
            : object;
        const table = this.tableOf(p.file, holder);
        const column = table && columnByKey(table, attr);
        if (table && column) target = { table: table.name, column: column.name };
      }
      if (!target) {
        this.problem(
          `ForeignKey(${p.ref.text}): its target cannot be determined statically`,
          source(p.file, p.ref),
        );
        p.column.foreignKeys.splice(p.index, 1);
        continue;
      }
      p.column.foreignKeys[p.index] = { ...p.column.foreignKeys[p.index]!, ...target };
    }
    // Column(ForeignKey('t.id')) with no type takes the referenced column's type.
    for (const table of this.tables) {
      for (const c of table.columns as MutableColumn[]) {
        if (!c.typeFromForeignKey) continue;
        const fk = c.foreignKeys[0];
        const target =
          fk && this.tables.find((t) => t.name === fk.table)?.columns.find((x) => x.name === fk.column);
        if (target)
          c.type = {
            sql: target.type.sql,
            ...(target.type.collation ? { collation: target.type.collation } : {}),
          };
        else
          this.problem(
            `${table.name}.${c.name}: no type given and the referenced column is unknown`,
            c.source,
            table.name,
            c.name,
          );
      }
    }
  }
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function termKey(term: Term): string {
  return term.kind === 'name' ? term.name : term.kind;
}

function typeSql(generic: string): string {
  const map: Record<string, string> = {
    Integer: 'INTEGER',
    String: 'VARCHAR',
    Float: 'FLOAT',
    Boolean: 'BOOLEAN',
    LargeBinary: 'BLOB',
    DateTime: 'DATETIME',
    Date: 'DATE',
    Time: 'TIME',
    Interval: 'DATETIME',
    Numeric: 'NUMERIC',
  };
  return map[generic] ?? generic.toUpperCase();
}

function optionalString<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
