import type { Finding } from '../../../findings.js';
import type { FileSystem } from '../../../ports.js';
import type { PyNode } from '../../../python/ast.js';
import { loadPythonParser, type PyModule } from '../../../python/parser.js';
import { moduleStatements } from '../../../python/project.js';
import { COMMAND_MODE_HINT, SqlExtractor } from '../../../python/sql-extract.js';
import { splitStatements } from '../../../sqlite/split.js';
import type { MigrationLoadOptions } from '../../loader.js';
import type { Migration, MigrationSet, Statement } from '../../types.js';
import { type Candidate, candidates } from './files.js';

/**
 * Reads a hand-rolled Python migration directory: each module's SQL through its entry function.
 * Loaded only when such a directory is read (it brings the Python parser and extractor).
 */

const DEFAULT_ENTRY = 'upgrade';
/** Entry-point names other runners use, to say what a module defines instead. */
const OTHER_ENTRIES = ['migrate', 'run', 'apply', 'up', 'forward', 'main', 'upgrade', 'execute'];

function functionsOf(module: PyModule): Map<string, PyNode> {
  const out = new Map<string, PyNode>();
  for (const stmt of moduleStatements(module.root)) {
    const fn = stmt.type === 'decorated_definition' ? stmt.fields.definition : stmt;
    const name = fn?.type === 'function_definition' ? fn.fields.name?.text : undefined;
    if (fn && name) out.set(name, fn);
  }
  return out;
}

function constantsOf(module: PyModule): Map<string, PyNode> {
  const out = new Map<string, PyNode>();
  for (const stmt of moduleStatements(module.root)) {
    if (stmt.type === 'assignment' && stmt.fields.left?.type === 'identifier' && stmt.fields.right) {
      out.set(stmt.fields.left.text, stmt.fields.right);
    }
  }
  return out;
}

function extract(module: PyModule, fn: PyNode): Statement[] {
  const extractor = new SqlExtractor({
    path: module.path,
    functions: functionsOf(module),
    constants: constantsOf(module),
  });
  extractor.run(fn);
  return extractor.statements;
}

/** Up (and down) statements of one module; a missing entry function is a blocked step. */
export function pythonModuleStatements(
  module: PyModule,
  entry: string,
): { readonly up: Statement[]; readonly down?: Statement[] } {
  const functions = functionsOf(module);
  const fileName = module.path.split('/').pop()!;
  const upFn = functions.get(entry);
  let up: Statement[];
  if (upFn) {
    up = extract(module, upFn);
  } else {
    const other = OTHER_ENTRIES.find((name) => name !== entry && functions.has(name));
    const at = other ? functions.get(other)! : undefined;
    const message = other
      ? `${fileName} defines ${other}(); the runner calls ${entry}()`
      : `no ${entry}() in ${fileName}`;
    up = [
      {
        sql: '',
        location: { path: module.path, line: at?.line ?? 1, ...(at ? { column: at.column } : {}) },
        blocked: {
          message,
          hint: `rename ${other ?? 'the migration function'}() to ${entry}(conn), as the runner expects`,
        },
      },
    ];
  }
  const downFn =
    functions.get(entry === DEFAULT_ENTRY ? 'downgrade' : `${entry}_down`) ?? functions.get('downgrade');
  return downFn ? { up, down: extract(module, downFn) } : { up };
}

function duplicateFindings(files: readonly Candidate[]): Finding[] {
  const byVersion = new Map<number, Candidate[]>();
  for (const f of files) byVersion.set(Number(f.version), [...(byVersion.get(Number(f.version)) ?? []), f]);
  const findings: Finding[] = [];
  for (const [, group] of byVersion) {
    if (group.length < 2) continue;
    findings.push({
      rule: 'migration-order',
      severity: 'error',
      message: `${group.length} migrations share version ${group[0]!.version}: ${group.map((g) => g.path.split('/').pop()).join(', ')}; the runner records only one of them as applied`,
      locations: group.map((g) => ({ path: g.path, line: 1 })),
    });
  }
  return findings;
}

/** The migrations of `dir`: `.sql` files as they are, Python modules through their entry function. */
export async function readPythonSet(
  fs: FileSystem,
  dir: string,
  options: MigrationLoadOptions,
): Promise<MigrationSet> {
  const entry = options.entry ?? DEFAULT_ENTRY;
  const files = await candidates(fs, dir);
  const parser = files.some((f) => f.kind === 'py') ? await loadPythonParser() : undefined;
  const migrations: Migration[] = [];
  for (const file of files) {
    const text = await fs.readText(file.path);
    const base = {
      id: file.path,
      version: file.version,
      name: file.name,
      path: file.path,
      transaction: 'migration' as const,
      checksumSource: text,
    };
    if (file.kind === 'sql') {
      migrations.push({ ...base, up: splitStatements(text, file.path) });
      continue;
    }
    const module = parser!.parse(text, file.path);
    if (module.errorLines.length > 0) {
      const line = module.errorLines[0]!;
      migrations.push({
        ...base,
        up: [
          {
            sql: '',
            location: { path: file.path, line },
            blocked: {
              message: `${file.path} has a Python syntax error near line ${line}`,
              hint: COMMAND_MODE_HINT,
            },
          },
        ],
      });
      continue;
    }
    const { up, down } = pythonModuleStatements(module, entry);
    migrations.push({ ...base, up, ...(down ? { down, downPath: file.path } : {}) });
  }
  return { format: 'python', dir, migrations, foreignKeys: false, findings: duplicateFindings(files) };
}
