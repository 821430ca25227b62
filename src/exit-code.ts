import { SEVERITY_RANK, type Severity } from './findings.js';
import type { Report } from './report/types.js';

export type FailOn = Severity | 'never';

/** 0 when no finding is at or above `failOn`, else 1. */
export function exitCodeFor(report: Report, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  const threshold = SEVERITY_RANK[failOn];
  return report.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}
