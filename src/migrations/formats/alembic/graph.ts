import type { Finding } from '../../../findings.js';
import { type PyNode, sequenceItems, unwrap } from '../../../python/ast.js';
import type { PyModule } from '../../../python/parser.js';
import { moduleStatements } from '../../../python/project.js';
import { stringValue } from '../../../python/strings.js';

/** One Alembic revision file's identity in the revision graph. */
export interface Revision {
  readonly id: string;
  readonly downRevisions: readonly string[];
  readonly branchLabels: readonly string[];
  readonly dependsOn: readonly string[];
  readonly module: PyModule;
  /** The revision's message (docstring first line), else the file name. */
  readonly message: string;
}

function strings(node: PyNode | undefined): string[] | undefined {
  if (!node) return [];
  const n = unwrap(node);
  if (n.type === 'none') return [];
  const single = stringValue(n);
  if (single !== undefined) return [single];
  const items = sequenceItems(n);
  if (!items) return undefined;
  const values = items.map((i) => stringValue(i));
  return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
}

/** Reads `revision`, `down_revision`, `branch_labels`, `depends_on` (plain or annotated assignments). */
export function readRevision(module: PyModule): Revision | { readonly error: string; readonly line: number } {
  const values = new Map<string, PyNode>();
  const lines = new Map<string, number>();
  for (const stmt of moduleStatements(module.root)) {
    if (stmt.type === 'assignment' && stmt.fields.left?.type === 'identifier' && stmt.fields.right) {
      values.set(stmt.fields.left.text, stmt.fields.right);
      lines.set(stmt.fields.left.text, stmt.line);
    }
  }
  const id = values.get('revision') && stringValue(values.get('revision')!);
  if (!id)
    return { error: `${module.path}: no literal \`revision = "…"\``, line: lines.get('revision') ?? 1 };
  const down = strings(values.get('down_revision'));
  if (!down)
    return { error: `${module.path}: down_revision is not a literal`, line: lines.get('down_revision') ?? 1 };
  const doc = module.root.children[0];
  const docText = doc?.type === 'expression_statement' ? stringValue(doc.children[0]) : undefined;
  return {
    id,
    downRevisions: down,
    branchLabels: strings(values.get('branch_labels')) ?? [],
    dependsOn: strings(values.get('depends_on')) ?? [],
    module,
    message: docText?.trim().split('\n')[0] ?? module.path.split('/').pop()!.replace(/\.py$/, ''),
  };
}

export interface Ordered {
  readonly order: readonly Revision[];
  readonly findings: readonly Finding[];
}

/**
 * Upgrade order from the revision graph, as `alembic upgrade heads` applies it: every revision after
 * all its down revisions (and `depends_on`), ties broken by the order of the parents' own
 * position so branches stay readable. Several heads and cycles are findings.
 */
export function orderRevisions(revisions: readonly Revision[]): Ordered {
  const findings: Finding[] = [];
  const byId = new Map<string, Revision>();
  for (const r of revisions) {
    const existing = byId.get(r.id);
    if (existing) {
      findings.push({
        rule: 'migration-order',
        severity: 'error',
        message: `revision ${r.id} is declared twice: ${existing.module.path} and ${r.module.path}`,
        locations: [
          { path: existing.module.path, line: 1 },
          { path: r.module.path, line: 1 },
        ],
      });
      continue;
    }
    byId.set(r.id, r);
  }
  const labels = new Map<string, string>();
  for (const r of byId.values()) for (const l of r.branchLabels) labels.set(l, r.id);
  const resolve = (ref: string): string | undefined => {
    if (byId.has(ref)) return ref;
    if (labels.has(ref)) return labels.get(ref);
    // Alembic accepts unique prefixes of revision ids.
    const matches = [...byId.keys()].filter((id) => id.startsWith(ref));
    return matches.length === 1 ? matches[0] : undefined;
  };
  const parents = new Map<string, string[]>();
  for (const r of byId.values()) {
    const ps: string[] = [];
    for (const ref of [...r.downRevisions, ...r.dependsOn]) {
      const id = resolve(ref);
      if (id) ps.push(id);
      else {
        findings.push({
          rule: 'migration-order',
          severity: 'error',
          message: `revision ${r.id} (${r.module.path}) names ${ref} as its down revision, and no revision has that id or label`,
          locations: [{ path: r.module.path, line: 1 }],
        });
      }
    }
    parents.set(r.id, ps);
  }

  // Kahn's algorithm; among ready revisions, the one whose parents were placed earliest goes first.
  const placed = new Map<string, number>();
  const order: Revision[] = [];
  const remaining = new Set(byId.keys());
  while (remaining.size > 0) {
    const ready = [...remaining].filter((id) => parents.get(id)!.every((p) => placed.has(p)));
    if (ready.length === 0) break;
    ready.sort((a, b) => {
      const pa = Math.max(-1, ...parents.get(a)!.map((p) => placed.get(p)!));
      const pb = Math.max(-1, ...parents.get(b)!.map((p) => placed.get(p)!));
      return pa - pb || (a < b ? -1 : 1);
    });
    const next = ready[0]!;
    placed.set(next, order.length);
    order.push(byId.get(next)!);
    remaining.delete(next);
  }
  if (remaining.size > 0) {
    const cycle = [...remaining].sort();
    findings.push({
      rule: 'migration-order',
      severity: 'error',
      message: `the revision graph has a cycle through ${cycle.join(', ')}: down_revision chains never reach a base revision, so Alembic cannot order them`,
      locations: cycle.map((id) => ({ path: byId.get(id)!.module.path, line: 1 })),
    });
  }
  const children = new Set<string>();
  for (const [, ps] of parents) for (const p of ps) children.add(p);
  const heads = order.filter((r) => !children.has(r.id));
  if (heads.length > 1) {
    findings.push({
      rule: 'migration-order',
      severity: 'error',
      message: `the revision graph has ${heads.length} heads: ${heads.map((h) => `${h.id} (${h.module.path.split('/').pop()})`).join(', ')}; \`alembic upgrade head\` fails until a merge revision joins them (alembic merge heads)`,
      locations: heads.map((h) => ({ path: h.module.path, line: 1 })),
    });
  }
  return { order, findings };
}
