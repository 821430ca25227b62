import type { FileSystem } from '../ports.js';
import { type PyNode, statementsOf } from './ast.js';
import { type ImportScope, importScope, qualifyName } from './imports.js';
import type { PyModule, PythonParser } from './parser.js';

/** A module-level definition: a class, a function, or the value assigned to a name. */
export interface Definition {
  readonly kind: 'class' | 'function' | 'value';
  readonly name: string;
  /** The class/function definition, or the assigned expression. */
  readonly node: PyNode;
  /** Decorators of a class or function. */
  readonly decorators: readonly PyNode[];
  readonly file: PyFile;
}

export interface PyFile {
  readonly path: string;
  readonly module: PyModule;
  readonly scope: ImportScope;
  /** Module-level definitions in source order (a later one with the same name shadows). */
  readonly definitions: readonly Definition[];
}

/** Top-level statements, also those inside `if` / `try` blocks (TYPE_CHECKING guards, fallbacks). */
export function moduleStatements(root: PyNode): PyNode[] {
  const out: PyNode[] = [];
  const visit = (stmts: readonly PyNode[]) => {
    for (const s of stmts) {
      if (
        [
          'if_statement',
          'try_statement',
          'else_clause',
          'elif_clause',
          'except_clause',
          'finally_clause',
        ].includes(s.type)
      ) {
        visit(s.children.flatMap((c) => (c.type === 'block' ? statementsOf(c) : [c])));
      } else {
        out.push(s);
      }
    }
  };
  visit(statementsOf(root));
  return out;
}

function definitionsOf(file: PyFile): Definition[] {
  const defs: Definition[] = [];
  const add = (stmt: PyNode, decorators: readonly PyNode[]) => {
    if (stmt.type === 'class_definition' || stmt.type === 'function_definition') {
      const name = stmt.fields.name?.text;
      if (name)
        defs.push({
          kind: stmt.type === 'class_definition' ? 'class' : 'function',
          name,
          node: stmt,
          decorators,
          file,
        });
    } else if (stmt.type === 'decorated_definition') {
      const inner = stmt.fields.definition;
      if (inner)
        add(
          inner,
          stmt.children.filter((c) => c.type === 'decorator'),
        );
    } else if (stmt.type === 'assignment') {
      const left = stmt.fields.left;
      let right = stmt.fields.right;
      // `a = b = value`
      while (right?.type === 'assignment') right = right.fields.right;
      if (left?.type === 'identifier' && right) {
        defs.push({ kind: 'value', name: left.text, node: right, decorators: [], file });
      }
    }
  };
  for (const stmt of moduleStatements(file.module.root)) add(stmt, []);
  return defs;
}

/** The Python files of a project, parsed, with their imports and module-level definitions. */
export class PythonProject {
  private readonly byModule = new Map<string, PyFile>();
  readonly files: PyFile[] = [];

  add(module: PyModule): PyFile {
    const definitions: Definition[] = [];
    const file: PyFile = {
      path: module.path,
      module,
      scope: importScope(module.root, module.path),
      definitions,
    };
    definitions.push(...definitionsOf(file));
    this.files.push(file);
    this.byModule.set(file.scope.module, file);
    return file;
  }

  /** The file of a dotted module name: exact, or the one whose path-based name ends with it. */
  findModule(name: string): PyFile | undefined {
    const exact = this.byModule.get(name);
    if (exact) return exact;
    const suffix = `.${name}`;
    for (const [module, file] of this.byModule) if (module.endsWith(suffix)) return file;
    return undefined;
  }

  /** The definition a qualified name refers to, following re-exports and star imports. */
  lookup(qualified: string, depth = 0): Definition | undefined {
    if (depth > 12) return undefined;
    const parts = qualified.split('.');
    for (let cut = parts.length - 1; cut >= 1; cut--) {
      const file = this.findModule(parts.slice(0, cut).join('.'));
      if (!file) continue;
      const rest = parts.slice(cut);
      if (rest.length !== 1) return undefined; // attribute of a module-level object
      return this.lookupIn(file, rest[0]!, depth);
    }
    return undefined;
  }

  /** A name as seen from inside `file` (its own definitions first, then its imports). */
  lookupIn(file: PyFile, name: string, depth = 0): Definition | undefined {
    let found: Definition | undefined;
    for (const def of file.definitions) if (def.name === name) found = def;
    if (found) return found;
    const imported = file.scope.names.get(name);
    if (imported !== undefined && imported !== `${file.scope.module}.${name}`) {
      return this.lookup(imported, depth + 1);
    }
    for (const star of file.scope.stars) {
      const target = this.findModule(star);
      if (target && target !== file) {
        const def = this.lookupIn(target, name, depth + 1);
        if (def) return def;
      }
    }
    return undefined;
  }

  /** Resolves a dotted name written in `file` to a definition (`Base`, `models.Base`). */
  resolve(file: PyFile, dotted: string): Definition | undefined {
    if (!dotted.includes('.')) return this.lookupIn(file, dotted);
    return this.lookup(qualifyName(file.scope, dotted));
  }
}

/** Repository paths a qualified module name may live at, for each candidate source root. */
function candidatePaths(module: string, roots: readonly string[]): string[] {
  const rel = module.split('.').join('/');
  return roots.flatMap((root) => {
    const base = root ? `${root}/${rel}` : rel;
    return [`${base}.py`, `${base}/__init__.py`];
  });
}

function ancestors(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  const out: string[] = [];
  for (let i = parts.length; i >= 0; i--) out.push(parts.slice(0, i).join('/'));
  return out;
}

/**
 * Parses `paths` and, when `follow` is set, the project files they import (transitively):
 * a module name is looked up under every ancestor directory of the importing file, as Python
 * would find it with the project's root, or a `src/`-style folder, on `sys.path`.
 */
export async function loadPythonProject(
  fs: FileSystem,
  parser: PythonParser,
  paths: readonly string[],
  follow: boolean,
): Promise<PythonProject> {
  const project = new PythonProject();
  const seen = new Set<string>();
  const queue = [...paths];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const file = project.add(parser.parse(await fs.readText(path), path));
    if (!follow) continue;
    const modules = new Set<string>([...file.scope.names.values(), ...file.scope.stars]);
    for (const qualified of modules) {
      const parts = qualified.split('.');
      // Every prefix: `from app.models import User` needs app/models/__init__.py (and app/…).
      for (let cut = parts.length; cut >= 1; cut--) {
        for (const candidate of candidatePaths(parts.slice(0, cut).join('.'), ancestors(path))) {
          if (seen.has(candidate) || queue.includes(candidate)) continue;
          if ((await fs.stat(candidate))?.kind === 'file') queue.push(candidate);
        }
      }
    }
  }
  return project;
}
