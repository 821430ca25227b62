import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { VERSION } from '../version.js';
import type { CommentsApi } from './comment.js';

export interface GitHubOptions {
  readonly token: string;
  /** GITHUB_API_URL: api.github.com, or `<host>/api/v3` on GitHub Enterprise Server. */
  readonly apiUrl: string;
  readonly owner: string;
  readonly repo: string;
  /** Log lines (rate-limit waits); never secrets. */
  readonly log: (line: string) => void;
}

const RetryingOctokit = Octokit.plugin(retry, throttling);

/** Issue comments through Octokit, retrying 5xx (plugin-retry) and waiting out rate limits (plugin-throttling). */
export function octokitComments(options: GitHubOptions): CommentsApi {
  const { owner, repo, log } = options;
  const octokit = new RetryingOctokit({
    auth: options.token,
    baseUrl: options.apiUrl,
    userAgent: `driftcheck/${VERSION}`,
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
    throttle: {
      onRateLimit: (retryAfter, request, _octokit, retryCount) => {
        log(`GitHub rate limit hit for ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
        log(
          `GitHub secondary rate limit hit for ${request.method} ${request.url}; retrying in ${retryAfter} s.`,
        );
        return retryCount < 2;
      },
    },
  });
  return {
    async list(issueNumber) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
      });
      return comments.map((c) => ({ id: c.id, body: c.body ?? '' }));
    },
    async create(issueNumber, body) {
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body,
      });
      return { id: data.id, body: data.body ?? '' };
    },
    async update(commentId, body) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
    },
  };
}
