import { hasMarker, RESOLVED_LINE } from '../report/markdown.js';

export interface IssueComment {
  readonly id: number;
  readonly body: string;
}

/** The slice of the GitHub REST API the sticky comment needs. */
export interface CommentsApi {
  /** Every comment on the issue or pull request, all pages. */
  list(issueNumber: number): Promise<readonly IssueComment[]>;
  create(issueNumber: number, body: string): Promise<IssueComment>;
  update(commentId: number, body: string): Promise<void>;
}

export type CommentMode = 'auto' | 'always' | 'never';

export type CommentPlan =
  | { readonly kind: 'create'; readonly body: string }
  | { readonly kind: 'update'; readonly id: number; readonly body: string }
  | { readonly kind: 'none'; readonly reason: string };

export interface CommentBodies {
  /** The report: findings, or the clean state when there are none. */
  readonly report: string;
  /** What a comment that showed drift turns into once the drift is gone. */
  readonly resolved: string;
}

/** What one of our comments shows now, read from the body we wrote. */
export function commentState(body: string): 'drift' | 'clean' | 'resolved' {
  const lines = body.split(/\r?\n/);
  if (lines[1]?.trim() === RESOLVED_LINE) return 'resolved';
  return lines[1]?.startsWith('### ✅') ? 'clean' : 'drift';
}

/** Our comment for this key: the first (oldest) whose first line is our marker. */
export function findOurComment(comments: readonly IssueComment[], key: string): IssueComment | undefined {
  return comments.find((c) => hasMarker(c.body, key));
}

/**
 * auto: create when there are findings; update ours in place when it exists (a fixed drift turns it
 * into the resolved line); never post on a clean PR that has none. always: also post the clean state.
 */
export function planComment(
  mode: CommentMode,
  existing: IssueComment | undefined,
  hasFindings: boolean,
  bodies: CommentBodies,
): CommentPlan {
  if (mode === 'never') return { kind: 'none', reason: "comment is 'never'" };
  if (hasFindings) {
    if (!existing) return { kind: 'create', body: bodies.report };
    if (existing.body === bodies.report) return { kind: 'none', reason: 'the comment is up to date' };
    return { kind: 'update', id: existing.id, body: bodies.report };
  }
  if (!existing) {
    return mode === 'always'
      ? { kind: 'create', body: bodies.report }
      : { kind: 'none', reason: 'no drift and no earlier comment' };
  }
  const state = commentState(existing.body);
  // Keep the first resolution time: a later clean run changes nothing.
  if (state === 'resolved') return { kind: 'none', reason: 'the comment already says the drift is resolved' };
  const body = state === 'drift' ? bodies.resolved : bodies.report;
  if (existing.body === body) return { kind: 'none', reason: 'the comment is up to date' };
  return { kind: 'update', id: existing.id, body };
}

export type CommentOutcome = { readonly action: 'created' | 'updated'; readonly id: number } | CommentPlan;

/** Finds our comment, then creates, updates or leaves it, as planned. */
export async function deliverComment(
  api: CommentsApi,
  issueNumber: number,
  key: string,
  mode: CommentMode,
  hasFindings: boolean,
  bodies: CommentBodies,
): Promise<CommentOutcome> {
  if (mode === 'never') return planComment(mode, undefined, hasFindings, bodies);
  const existing = findOurComment(await api.list(issueNumber), key);
  const plan = planComment(mode, existing, hasFindings, bodies);
  if (plan.kind === 'create') {
    const created = await api.create(issueNumber, plan.body);
    return { action: 'created', id: created.id };
  }
  if (plan.kind === 'update') {
    await api.update(plan.id, plan.body);
    return { action: 'updated', id: plan.id };
  }
  return plan;
}
