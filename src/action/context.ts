import { UsageError } from '../errors.js';
import type { Env } from './inputs.js';

/** What the run needs to know about the workflow run that started it. */
export interface RunContext {
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  /** The commit the report is for: the PR head (not the merge commit), else GITHUB_SHA. */
  readonly sha: string;
  /** Set for pull_request and pull_request_target. */
  readonly pullRequest?: { readonly number: number; readonly baseSha?: string };
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly workspace: string;
  readonly runnerTemp?: string;
  readonly stepSummary?: string;
  readonly outputFile?: string;
  /** The run's page; its job summary holds the untrimmed report. */
  readonly runUrl?: string;
}

interface PullRequestPayload {
  readonly pull_request?: {
    readonly number?: number;
    readonly head?: { readonly sha?: string };
    readonly base?: { readonly sha?: string };
  };
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

export async function readContext(
  env: Env,
  readText: (path: string) => Promise<string>,
  cwd: string,
): Promise<RunContext> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo)
    throw new UsageError('GITHUB_REPOSITORY is not set: run driftcheck as a GitHub Actions step.');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: PullRequestPayload = {};
  if (env.GITHUB_EVENT_PATH && PR_EVENTS.has(eventName)) {
    try {
      payload = JSON.parse(await readText(env.GITHUB_EVENT_PATH)) as PullRequestPayload;
    } catch (error) {
      throw new UsageError(
        `Cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`,
      );
    }
  }
  const pr = payload.pull_request;
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID;
  const attempt = env.GITHUB_RUN_ATTEMPT;
  return {
    eventName,
    owner,
    repo,
    sha: pr?.head?.sha ?? env.GITHUB_SHA ?? '',
    pullRequest: pr?.number ? { number: pr.number, baseSha: pr.base?.sha } : undefined,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE || cwd,
    runnerTemp: env.RUNNER_TEMP || undefined,
    stepSummary: env.GITHUB_STEP_SUMMARY || undefined,
    outputFile: env.GITHUB_OUTPUT || undefined,
    runUrl: runId
      ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
      : undefined,
  };
}
