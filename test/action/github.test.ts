import { afterEach, describe, expect, it } from 'vitest';
import { octokitComments } from '../../src/action/github.js';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.js';

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function api(fake: FakeGitHub, log: string[] = []) {
  return octokitComments({
    token: 't0k',
    apiUrl: fake.url,
    owner: 'acme',
    repo: 'goals',
    log: (l) => log.push(l),
  });
}

describe('octokitComments', () => {
  it('pages through every comment, on a GHES-style base URL', async () => {
    server = await startFakeGitHub({ prefix: '/api/v3', pageSize: 2 });
    for (let i = 0; i < 5; i++) {
      server.comments.set(4, [
        ...(server.comments.get(4) ?? []),
        { id: i + 1, body: `c${i}`, user: { login: 'x', type: 'User' } },
      ]);
    }
    const all = await api(server).list(4);
    expect(all.map((c) => c.body)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(server.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
    expect(server.requests.every((r) => r.path.startsWith('/api/v3/repos/acme/goals/'))).toBe(true);
    expect(server.requests[0]!.authorization).toBe('token t0k');
  });

  it('creates and updates', async () => {
    server = await startFakeGitHub();
    const comments = api(server);
    const created = await comments.create(4, 'hello');
    await comments.update(created.id, 'bye');
    expect(server.comments.get(4)?.map((c) => c.body)).toEqual(['bye']);
  });

  it('retries a 5xx and then succeeds', async () => {
    server = await startFakeGitHub();
    server.failures.push({ method: 'POST', status: 502, times: 1 });
    const created = await api(server).create(4, 'after a retry');
    expect(created.body).toBe('after a retry');
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('does not retry a 403 and surfaces its status', async () => {
    server = await startFakeGitHub();
    server.failures.push({
      method: 'POST',
      status: 403,
      times: 5,
      message: 'Resource not accessible by integration',
    });
    await expect(api(server).create(4, 'x')).rejects.toMatchObject({ status: 403 });
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
