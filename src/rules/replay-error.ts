import type { Finding } from '../findings.js';
import type { MigrationSet } from '../migrations/types.js';
import { statementTable } from '../sqlite/ddl.js';
import type { ReplayFailure } from '../sqlite/replay-types.js';
import { RULES } from './catalog.js';

/** The parts of a replay result this rule reads (ReplayResult and IsolatedReplayResult both fit). */
export interface ReplayOutcome {
  readonly failures: readonly ReplayFailure[];
  readonly stoppedAt?: number;
  readonly notReplayed: number;
}

/** The first `lines` lines of a statement. */
function excerpt(sql: string, lines = 3): string {
  const all = sql.replace(/\r\n?/g, '\n').split('\n');
  return all.length <= lines ? all.join('\n') : `${all.slice(0, lines).join('\n')}\n…`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

const LEAD: Record<ReplayFailure['kind'], string> = {
  sqlite: 'fails on a fresh database',
  rows: 'fails on every database where the table has rows',
  blocked: 'cannot be replayed',
  timeout: 'did not finish within its time budget',
};

/** One `replay-error` finding for a failed statement. */
export function replayFailureFinding(failure: ReplayFailure, project?: string): Finding {
  const { location } = failure;
  const table = failure.kind === 'blocked' ? undefined : statementTable(failure.sql);
  const statement = failure.kind === 'blocked' || !failure.sql ? '' : `\n\n${indent(excerpt(failure.sql))}`;
  const hint = failure.hint ? `\n\n${failure.hint}` : '';
  return {
    rule: 'replay-error',
    severity: RULES['replay-error'].severity,
    ...(project ? { project } : {}),
    ...(table ? { table } : {}),
    message: `${location.path}:${location.line} ${LEAD[failure.kind]}: ${failure.message}${statement}${hint}`,
    locations: [location],
    ...(failure.fix ? { fix: failure.fix } : {}),
  };
}

/**
 * `replay-error` findings for a replay: one per failed statement, and one saying how many later
 * migrations were not replayed when the replay stopped at a failure (their schema is unchecked).
 */
export function replayErrorFindings(outcome: ReplayOutcome, set: MigrationSet, project?: string): Finding[] {
  const findings = outcome.failures.map((failure) => replayFailureFinding(failure, project));
  if (outcome.stoppedAt !== undefined && outcome.notReplayed > 0) {
    const failed = set.migrations[outcome.stoppedAt];
    const next = set.migrations[outcome.stoppedAt + 1];
    const n = outcome.notReplayed;
    findings.push({
      rule: 'replay-error',
      severity: 'warning',
      ...(project ? { project } : {}),
      message:
        `${n} later migration${n === 1 ? ' was' : 's were'} not replayed because ${failed?.path ?? 'a migration'} failed, ` +
        'so what they create is not checked. Fix the failure, or run with --keep-going to replay past it.',
      locations: next ? [{ path: next.path, line: 1 }] : [],
    });
  }
  return findings;
}
