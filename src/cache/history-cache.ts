import { createHash } from 'node:crypto';
import type { ResolvedProject } from '../config/resolve.js';
import type { Finding } from '../findings.js';
import type { MigrationSet } from '../migrations/types.js';
import { sealJson, unsealJson } from './sealed.js';
import type { CacheStore } from './types.js';

export type HistoryAnalysis = (project: ResolvedProject, set: MigrationSet) => Promise<Finding[]>;

/** The rules whose findings come from replaying the history with data and with its downs. */
const HISTORY_RULES = ['destructive-change', 'down-mismatch'] as const;

/**
 * Everything the history analysis reads: the whole set (up and down statements, locations), the
 * replay functions, whether each history rule is on, and the tool and engine that compute it.
 */
function historyKey(
  project: ResolvedProject,
  set: MigrationSet,
  identity: { readonly tool: string; readonly engine: string },
): string {
  const digest = createHash('sha256')
    .update(
      JSON.stringify({
        history: 1,
        tool: identity.tool,
        engine: identity.engine,
        functions: project.functions,
        rules: HISTORY_RULES.map((rule) => project.rules[rule] === 'off'),
        format: set.format,
        foreignKeys: set.foreignKeys,
        outerTransaction: set.outerTransaction ?? false,
      }),
    )
    .update(JSON.stringify(set.migrations))
    .digest('hex');
  return `history-${digest.slice(0, 40)}`;
}

/**
 * The history analysis (seeded replay for `destructive-change`, down round trips for
 * `down-mismatch`), reused while the set and the settings it depends on are unchanged: it replays
 * the whole history in process, which costs more than everything else a cached run does.
 */
export async function historyFindingsCached(
  project: ResolvedProject,
  set: MigrationSet,
  deps: { readonly store: CacheStore; readonly identity: { readonly tool: string; readonly engine: string } },
  analyse: HistoryAnalysis,
): Promise<Finding[]> {
  const key = historyKey(project, set, deps.identity);
  const bytes = await deps.store.read(key).catch(() => undefined);
  const cached = bytes ? unsealJson(bytes) : undefined;
  if (Array.isArray(cached)) return cached as Finding[];
  const findings = await analyse(project, set);
  await deps.store.write(key, sealJson(findings)).catch(() => undefined);
  return findings;
}
