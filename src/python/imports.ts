import { dottedName, type PyNode, unwrap } from './ast.js';

/** What one Python module's imports bind at module level. */
export interface ImportScope {
  /** Dotted module name of the file (`app.models.user`; `app.models` for its `__init__.py`). */
  readonly module: string;
  /** Local name → fully qualified dotted name (`sa` → `sqlalchemy`, `C` → `sqlalchemy.Column`). */
  readonly names: ReadonlyMap<string, string>;
  /** Modules imported with `from m import *`, qualified. */
  readonly stars: readonly string[];
}

/** Dotted module name of a repository-relative `.py` path. */
export function moduleNameOf(path: string): string {
  const parts = path.replace(/\.py$/, '').split('/');
  if (parts[parts.length - 1] === '__init__') parts.pop();
  return parts.join('.');
}

function packageOf(module: string, isPackage: boolean): string {
  if (isPackage) return module;
  const dot = module.lastIndexOf('.');
  return dot < 0 ? '' : module.slice(0, dot);
}

/** `from ..a import b` → the absolute module of `..a`, relative to the importing module. */
function absoluteModule(spec: PyNode, module: string, isPackage: boolean): string {
  if (spec.type !== 'relative_import') return dottedName(spec) ?? spec.text;
  const prefix = spec.children.find((c) => c.type === 'import_prefix')?.text.length ?? 1;
  const rest = spec.children.find((c) => c.type === 'dotted_name');
  let base = packageOf(module, isPackage);
  for (let i = 1; i < prefix; i++) base = packageOf(base, false);
  const tail = rest ? (dottedName(rest) ?? rest.text) : '';
  return [base, tail].filter(Boolean).join('.');
}

/** Collects the module-level imports of a parsed file (also those nested in `try:` / `if` blocks). */
export function importScope(root: PyNode, path: string): ImportScope {
  const module = moduleNameOf(path);
  const isPackage = path.endsWith('__init__.py');
  const names = new Map<string, string>();
  const stars: string[] = [];
  const visit = (block: readonly PyNode[]) => {
    for (const stmt of block) {
      if (stmt.type === 'import_statement') {
        for (const item of stmt.children) {
          if (item.type === 'aliased_import') {
            const name = item.fields.name && dottedName(item.fields.name);
            const alias = item.fields.alias?.text;
            if (name && alias) names.set(alias, name);
          } else {
            const name = dottedName(item);
            if (name) names.set(name.split('.')[0]!, name.split('.')[0]!);
          }
        }
      } else if (stmt.type === 'import_from_statement') {
        const spec = stmt.fields.module_name;
        if (!spec) continue;
        const from = absoluteModule(spec, module, isPackage);
        if (stmt.children.some((c) => c.type === 'wildcard_import')) stars.push(from);
        for (const item of stmt.children) {
          if (item === spec) continue;
          if (item.type === 'aliased_import') {
            const name = item.fields.name && dottedName(item.fields.name);
            const alias = item.fields.alias?.text;
            if (name && alias) names.set(alias, `${from}.${name}`);
          } else if (item.type === 'dotted_name') {
            const name = dottedName(item);
            if (name) names.set(name, `${from}.${name}`);
          }
        }
      } else if (
        stmt.type === 'try_statement' ||
        stmt.type === 'if_statement' ||
        stmt.type === 'else_clause' ||
        stmt.type === 'except_clause' ||
        stmt.type === 'finally_clause' ||
        stmt.type === 'block'
      ) {
        visit(stmt.children);
      }
    }
  };
  visit(root.children);
  return { module, names, stars };
}

/**
 * The qualified dotted name an expression refers to through the module's imports
 * (`sa.Column` → `sqlalchemy.Column`), or undefined when it is not a name chain.
 * Names not bound by an import are left as written.
 */
export function qualify(scope: ImportScope, node: PyNode): string | undefined {
  const name = dottedName(unwrap(node));
  if (name === undefined) return undefined;
  return qualifyName(scope, name);
}

export function qualifyName(scope: ImportScope, name: string): string {
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  const bound = scope.names.get(head);
  if (bound === undefined) return name;
  return dot < 0 ? bound : bound + name.slice(dot);
}
