import type { ResolvedProject } from '../config/resolve.js';

/** Which history rules are on. */
export interface HistoryRules {
  readonly destructive: boolean;
  readonly down: boolean;
}

export function historyRules(project: ResolvedProject): HistoryRules {
  return {
    destructive: project.rules['destructive-change'] !== 'off',
    down: project.rules['down-mismatch'] !== 'off',
  };
}
