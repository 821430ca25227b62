import type * as ts from 'typescript';
import { dirName, normalizeJoin } from '../../paths.js';
import type { FileSystem } from '../../ports.js';
import { unwrap } from './ast.js';
import type { TS } from './typescript.js';

/**
 * The module graph of a Drizzle schema: its files parsed (syntax only), their top-level bindings,
 * imports and exports, so a name can be followed to its declaration across files and re-exports.
 */

export interface ImportBinding {
  readonly module: string;
  /** Imported name; `*` for a namespace import, `default` for a default import. */
  readonly name: string;
}

export interface Module {
  readonly path: string;
  readonly source: ts.SourceFile;
  /** Top-level `const`/`let` initializers and function declarations by name. */
  readonly locals: ReadonlyMap<string, ts.Node>;
  readonly imports: ReadonlyMap<string, ImportBinding>;
  /** Exported name → local name, or a re-export from another module. */
  readonly exports: ReadonlyMap<string, { readonly local: string } | { readonly from: ImportBinding }>;
  /** `export * from '…'` specifiers. */
  readonly starExports: readonly string[];
}

/** What a name stands for: a declaration in a loaded module, or an import from a package. */
export type Binding =
  | { readonly kind: 'local'; readonly module: Module; readonly name: string; readonly node: ts.Node }
  | { readonly kind: 'external'; readonly module: string; readonly name: string }
  | { readonly kind: 'namespace'; readonly module: Module };

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.jsx'];

function index(t: TS, source: ts.SourceFile, path: string): Module {
  const locals = new Map<string, ts.Node>();
  const imports = new Map<string, ImportBinding>();
  const exports = new Map<string, { local: string } | { from: ImportBinding }>();
  const starExports: string[] = [];
  const exported = (node: ts.Node) =>
    t.canHaveModifiers(node) &&
    (t.getModifiers(node) ?? []).some((m) => m.kind === t.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (t.isImportDeclaration(statement) && t.isStringLiteral(statement.moduleSpecifier)) {
      const module = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (!clause) continue;
      if (clause.name) imports.set(clause.name.text, { module, name: 'default' });
      const bindings = clause.namedBindings;
      if (bindings && t.isNamespaceImport(bindings)) imports.set(bindings.name.text, { module, name: '*' });
      else if (bindings) {
        for (const el of bindings.elements) {
          imports.set(el.name.text, { module, name: (el.propertyName ?? el.name).text });
        }
      }
    } else if (t.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        if (!t.isIdentifier(decl.name) || !decl.initializer) continue;
        locals.set(decl.name.text, decl.initializer);
        if (exported(statement)) exports.set(decl.name.text, { local: decl.name.text });
      }
    } else if (t.isFunctionDeclaration(statement) && statement.name) {
      locals.set(statement.name.text, statement);
      if (exported(statement)) exports.set(statement.name.text, { local: statement.name.text });
    } else if (t.isExportDeclaration(statement)) {
      const from =
        statement.moduleSpecifier && t.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : undefined;
      const clause = statement.exportClause;
      if (!clause) {
        if (from) starExports.push(from);
      } else if (t.isNamedExports(clause)) {
        for (const el of clause.elements) {
          const name = (el.propertyName ?? el.name).text;
          exports.set(el.name.text, from ? { from: { module: from, name } } : { local: name });
        }
      } else if (t.isNamespaceExport(clause) && from) {
        exports.set(clause.name.text, { from: { module: from, name: '*' } });
      }
    } else if (t.isExportAssignment(statement) && !statement.isExportEquals) {
      const expr = unwrap(t, statement.expression);
      if (t.isIdentifier(expr)) exports.set('default', { local: expr.text });
      else {
        locals.set('default', statement.expression);
        exports.set('default', { local: 'default' });
      }
    }
  }
  return { path, source, locals, imports, exports, starExports };
}

export class ModuleGraph {
  readonly #modules = new Map<string, Module>();

  private constructor(
    readonly t: TS,
    private readonly fs: FileSystem,
  ) {}

  /** Loads `entries` and every module they reach through relative imports and re-exports. */
  static async load(t: TS, fs: FileSystem, entries: readonly string[], limit = 500): Promise<ModuleGraph> {
    const graph = new ModuleGraph(t, fs);
    const queue = [...entries];
    while (queue.length > 0 && graph.#modules.size < limit) {
      const path = queue.shift()!;
      if (graph.#modules.has(path)) continue;
      const module = await graph.#read(path);
      if (!module) continue;
      for (const spec of [...[...module.imports.values()].map((i) => i.module), ...module.starExports]) {
        const target = await graph.#resolveFile(module.path, spec);
        if (target && !graph.#modules.has(target)) queue.push(target);
      }
      for (const e of module.exports.values()) {
        if (!('from' in e)) continue;
        const target = await graph.#resolveFile(module.path, e.from.module);
        if (target && !graph.#modules.has(target)) queue.push(target);
      }
    }
    return graph;
  }

  readonly #resolved = new Map<string, string | undefined>();

  async #read(path: string): Promise<Module | undefined> {
    let text: string;
    try {
      text = await this.fs.readText(path);
    } catch {
      return undefined;
    }
    const t = this.t;
    const kind = path.endsWith('.tsx') || path.endsWith('.jsx') ? t.ScriptKind.TSX : t.ScriptKind.TS;
    const source = t.createSourceFile(path, text, t.ScriptTarget.Latest, true, kind);
    const module = index(t, source, path);
    this.#modules.set(path, module);
    return module;
  }

  async #resolveFile(from: string, spec: string): Promise<string | undefined> {
    if (!spec.startsWith('.')) return undefined;
    const base = normalizeJoin(dirName(from), spec);
    const key = base;
    if (this.#resolved.has(key)) return this.#resolved.get(key);
    const stem = base.replace(/\.(m|c)?jsx?$/, '');
    const candidates = [
      base,
      ...EXTENSIONS.map((e) => stem + e),
      ...EXTENSIONS.map((e) => normalizeJoin(base, `index${e}`)),
    ];
    let found: string | undefined;
    for (const candidate of candidates) {
      if ((await this.fs.stat(candidate))?.kind === 'file' && /\.[mc]?[jt]sx?$/.test(candidate)) {
        found = candidate;
        break;
      }
    }
    this.#resolved.set(key, found);
    return found;
  }

  module(path: string): Module | undefined {
    return this.#modules.get(path);
  }

  /** A loaded module a specifier in `from` points at. */
  target(from: Module, spec: string): Module | undefined {
    if (!spec.startsWith('.')) return undefined;
    const base = normalizeJoin(dirName(from.path), spec);
    const resolved = this.#resolved.get(base);
    return resolved === undefined ? undefined : this.#modules.get(resolved);
  }

  /** What `name` means at the top level of `module`. */
  binding(module: Module, name: string, depth = 0): Binding | undefined {
    const node = module.locals.get(name);
    if (node) return { kind: 'local', module, name, node };
    const imported = module.imports.get(name);
    if (!imported) return undefined;
    const target = this.target(module, imported.module);
    if (!target) return { kind: 'external', module: imported.module, name: imported.name };
    if (imported.name === '*') return { kind: 'namespace', module: target };
    return this.exported(target, imported.name, depth + 1);
  }

  /** What `module` exports as `name`, followed through re-exports. */
  exported(module: Module, name: string, depth = 0): Binding | undefined {
    if (depth > 20) return undefined;
    const entry = module.exports.get(name);
    if (entry && 'local' in entry) return this.binding(module, entry.local, depth + 1);
    if (entry) {
      const target = this.target(module, entry.from.module);
      if (!target) return { kind: 'external', module: entry.from.module, name: entry.from.name };
      if (entry.from.name === '*') return { kind: 'namespace', module: target };
      return this.exported(target, entry.from.name, depth + 1);
    }
    for (const spec of module.starExports) {
      const target = this.target(module, spec);
      const found = target && this.exported(target, name, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  /** Every name `module` exports (own, named re-exports and `export *`), each once. */
  exportedNames(module: Module, depth = 0, seen = new Set<Module>()): string[] {
    if (depth > 20 || seen.has(module)) return [];
    seen.add(module);
    const names = new Set(module.exports.keys());
    for (const spec of module.starExports) {
      const target = this.target(module, spec);
      if (target)
        for (const n of this.exportedNames(target, depth + 1, seen)) if (n !== 'default') names.add(n);
    }
    return [...names];
  }
}
