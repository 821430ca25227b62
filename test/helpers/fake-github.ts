import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stand-in for the GitHub REST API's issue comments, on 127.0.0.1. */
export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly authorization: string | undefined;
}

export interface Failure {
  readonly method: string;
  readonly status: number;
  /** How many matching requests fail before the next ones succeed. */
  times: number;
  readonly message?: string;
}

export interface FakeGitHub {
  /** The API base URL (GITHUB_API_URL), with `prefix` like GHES's `/api/v3`. */
  readonly url: string;
  readonly comments: Map<number, FakeComment[]>;
  readonly requests: RecordedRequest[];
  readonly failures: Failure[];
  close(): Promise<void>;
}

const PER_PAGE_MAX = 100;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      data += chunk;
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

export async function startFakeGitHub(
  options: { prefix?: string; pageSize?: number } = {},
): Promise<FakeGitHub> {
  const prefix = options.prefix ?? '';
  const comments = new Map<number, FakeComment[]>();
  const requests: RecordedRequest[] = [];
  const failures: Failure[] = [];
  let nextId = 1000;

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = raw ? (JSON.parse(raw) as unknown) : undefined;
    requests.push({
      method: req.method ?? '',
      path: url.pathname,
      body,
      authorization: req.headers.authorization,
    });
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(payload));
    };

    const failure = failures.find((f) => f.method === req.method && f.times > 0);
    if (failure) {
      failure.times -= 1;
      send(failure.status, { message: failure.message ?? `injected ${failure.status}` });
      return;
    }

    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : '';
    const list = path.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/);
    const one = path.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/);
    if (list && req.method === 'GET') {
      const all = comments.get(Number(list[1])) ?? [];
      const perPage = Math.min(
        options.pageSize ?? PER_PAGE_MAX,
        Number(url.searchParams.get('per_page') ?? 30),
      );
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        next.searchParams.set('per_page', String(perPage));
        headers.link = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`;
      }
      send(200, slice, headers);
    } else if (list && req.method === 'POST') {
      const issue = Number(list[1]);
      const comment: FakeComment = {
        id: nextId++,
        body: (body as { body: string }).body,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      };
      comments.set(issue, [...(comments.get(issue) ?? []), comment]);
      send(201, comment);
    } else if (one && req.method === 'PATCH') {
      const comment = [...comments.values()].flat().find((c) => c.id === Number(one[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = (body as { body: string }).body;
      send(200, comment);
    } else {
      send(404, { message: `no route for ${req.method} ${url.pathname}` });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    comments,
    requests,
    failures,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
