import { describe, expect, it } from 'vitest';
import {
  type CommentsApi,
  commentState,
  deliverComment,
  findOurComment,
  type IssueComment,
  planComment,
} from '../../src/action/comment.js';
import { formatMarkdown, formatResolvedMarkdown, markerLine } from '../../src/report/markdown.js';
import { loadReport } from '../report/fixtures.js';

const drift = formatMarkdown(loadReport('incident'), { marker: 'app' });
const clean = formatMarkdown(loadReport('clean'), { marker: 'app' });
const resolved = formatResolvedMarkdown({ marker: 'app', resolvedAt: '2026-01-01T00:00:00Z' });

function memoryApi(
  initial: IssueComment[] = [],
): CommentsApi & { comments: IssueComment[]; calls: string[] } {
  const comments = [...initial];
  const calls: string[] = [];
  let next = 1;
  return {
    comments,
    calls,
    async list() {
      calls.push('list');
      return comments;
    },
    async create(_issue, body) {
      calls.push('create');
      const c = { id: next++, body };
      comments.push(c);
      return c;
    },
    async update(id, body) {
      calls.push(`update ${id}`);
      const i = comments.findIndex((c) => c.id === id);
      comments[i] = { id, body };
    },
  };
}

describe('findOurComment', () => {
  it('matches our marker on the first line only, for our key only', () => {
    const comments: IssueComment[] = [
      { id: 1, body: `Some other bot\n${markerLine('app')}` },
      { id: 2, body: formatMarkdown(loadReport('incident'), { marker: 'services/web' }) },
      { id: 3, body: drift },
      { id: 4, body: drift },
    ];
    expect(findOurComment(comments, 'app')?.id).toBe(3);
    expect(findOurComment(comments, 'services/web')?.id).toBe(2);
    expect(findOurComment(comments, 'other')).toBeUndefined();
  });
});

describe('commentState', () => {
  it('tells drift, clean and resolved apart', () => {
    expect(commentState(drift)).toBe('drift');
    expect(commentState(clean)).toBe('clean');
    expect(commentState(resolved)).toBe('resolved');
  });
});

describe('planComment', () => {
  const bodies = { report: drift, resolved };
  const cleanBodies = { report: clean, resolved };
  it('auto: creates on findings, updates ours, leaves an identical one', () => {
    expect(planComment('auto', undefined, true, bodies)).toEqual({ kind: 'create', body: drift });
    expect(planComment('auto', { id: 7, body: 'old' }, true, bodies)).toEqual({
      kind: 'update',
      id: 7,
      body: drift,
    });
    expect(planComment('auto', { id: 7, body: drift }, true, bodies).kind).toBe('none');
  });
  it('auto: never posts on a clean PR without a comment, resolves an existing one once', () => {
    expect(planComment('auto', undefined, false, cleanBodies).kind).toBe('none');
    expect(planComment('auto', { id: 7, body: drift }, false, cleanBodies)).toEqual({
      kind: 'update',
      id: 7,
      body: resolved,
    });
    const later = formatResolvedMarkdown({ marker: 'app', resolvedAt: '2026-02-02T00:00:00Z' });
    expect(
      planComment('auto', { id: 7, body: resolved }, false, { report: clean, resolved: later }).kind,
    ).toBe('none');
  });
  it('always: posts the clean state too', () => {
    expect(planComment('always', undefined, false, cleanBodies)).toEqual({ kind: 'create', body: clean });
  });
  it('never: does nothing', () => {
    expect(planComment('never', { id: 7, body: drift }, false, cleanBodies).kind).toBe('none');
  });
});

describe('deliverComment', () => {
  it('creates once, then updates in place, then resolves, touching no other comment', async () => {
    const other = { id: 99, body: 'LGTM @someone' };
    const api = memoryApi([other]);
    expect(await deliverComment(api, 1, 'app', 'auto', true, { report: drift, resolved })).toEqual({
      action: 'created',
      id: 1,
    });
    const second = formatMarkdown({ ...loadReport('incident'), timing: { totalMs: 99 } }, { marker: 'app' });
    expect(await deliverComment(api, 1, 'app', 'auto', true, { report: second, resolved })).toEqual({
      action: 'updated',
      id: 1,
    });
    await deliverComment(api, 1, 'app', 'auto', false, { report: clean, resolved });
    expect(api.comments).toEqual([other, { id: 1, body: resolved }]);
    expect(api.calls).toEqual(['list', 'create', 'list', 'update 1', 'list', 'update 1']);
  });
  it('does not call the API at all when comments are off', async () => {
    const api = memoryApi();
    await deliverComment(api, 1, 'app', 'never', true, { report: drift, resolved });
    expect(api.calls).toEqual([]);
  });
});
