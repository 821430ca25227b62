import type { CheckPorts } from '../check.js';
import { UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import { detectFormat } from '../migrations/detect.js';
import { detectModelLoader } from '../models/registry.js';
import { replayErrorFindings } from '../rules/replay-error.js';
import { withoutToolTables } from '../schema/ignore.js';
import { ALL_CAPABILITIES, type Capabilities, type Schema } from '../schema/types.js';
import { replayIsolated } from '../sqlite/replay-isolated.js';

/** Any schema source, as `diff` and `inspect` take them. */
export interface SchemaSource {
  readonly schema: Schema;
  readonly capabilities: Capabilities;
  /** What it is, for reports: `migrations (plain)`, `sqlite`, `prisma`, … */
  readonly kind: string;
  readonly findings: readonly Finding[];
  /** Tables and columns as the source has them, before migration-tool tables are left out. */
  readonly raw: Schema;
}

export interface SourceOptions {
  readonly timeoutMs: number;
  readonly keepGoing?: boolean;
  readonly functions?: readonly string[];
}

/**
 * Loads `path` (repository-relative) as a schema: a migrations directory is replayed; a SQLite
 * database file, a `.sql` file or models are read.
 */
export async function loadSchemaSource(
  ports: CheckPorts,
  path: string,
  options: SourceOptions,
): Promise<SchemaSource> {
  const found = await ports.fs.stat(path);
  if (!found) throw new UsageError(`not found: ${path || '.'}`);
  if (found.kind === 'dir') {
    const format = await detectFormat(ports.fs, path);
    if (format) {
      const set = await format.loader.load(ports.fs, path, { placeholders: {} });
      const replay = await replayIsolated(set, {
        keepGoing: options.keepGoing,
        functions: options.functions,
        budgetMs: options.timeoutMs,
      });
      const raw = replay.schema ?? { tables: [], views: [], triggers: [] };
      return {
        schema: withoutToolTables(raw),
        raw,
        capabilities: ALL_CAPABILITIES,
        kind: `migrations (${set.format})`,
        findings: [...set.findings, ...replayErrorFindings(replay, set)],
      };
    }
  }
  const loader = await detectModelLoader(ports.fs, path);
  if (!loader)
    throw new UsageError(
      `could not tell what ${path || '.'} is: expected a migrations directory, a .sql file, a SQLite database or models`,
    );
  const set = await loader.load(path, {
    fs: ports.fs,
    rootDir: ports.rootDir,
    process: ports.process,
    temp: ports.temp,
    timeoutMs: options.timeoutMs,
  });
  return {
    schema: withoutToolTables(set.schema),
    raw: set.schema,
    capabilities: set.capabilities,
    kind: set.format,
    findings: set.findings,
  };
}
