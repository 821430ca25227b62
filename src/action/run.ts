import { randomUUID } from 'node:crypto';
import { posix, resolve } from 'node:path';
import type { CheckOverrides } from '../check.js';
import { repositoryName } from '../config/resolve.js';
import { UsageError } from '../errors.js';
import { type Finding, SEVERITY_RANK } from '../findings.js';
import type { Clock, FileSystem } from '../ports.js';
import { escapeData, formatAnnotations, workflowCommand } from '../report/annotations.js';
import { countsPhrase } from '../report/common.js';
import { formatJson } from '../report/json.js';
import { formatMarkdown, formatResolvedMarkdown, type RepoLinks } from '../report/markdown.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import type { Report } from '../report/types.js';
import { refuseUnallowedCommands } from './commands.js';
import { type CommentsApi, deliverComment } from './comment.js';
import { type RunContext, readContext } from './context.js';
import type { GitHubOptions } from './github.js';
import { type ActionInputs, type Env, readInputs } from './inputs.js';
import { formatOutput } from './outputs.js';

/** Everything the action touches, passed in so tests use plain objects. */
export interface ActionPorts {
  readonly env: Env;
  readonly cwd: string;
  /** The step log (stdout): plain lines and workflow commands. */
  readonly write: (text: string) => void;
  readonly files: {
    readText(path: string): Promise<string>;
    /** Creates parent directories as needed. */
    writeText(path: string, text: string): Promise<void>;
    appendText(path: string, text: string): Promise<void>;
  };
  readonly github: (options: GitHubOptions) => CommentsApi;
  /** The repository files under `rootDir` (an absolute path), read-only. */
  readonly repository: (rootDir: string) => FileSystem;
  /** Runs the engine on the project at `rootDir` (an absolute path). */
  readonly check: (overrides: CheckOverrides, rootDir: string) => Promise<Report>;
  readonly clock: Clock;
  /** Where to put the JSON report when RUNNER_TEMP is not set. */
  readonly tempDir: string;
}

/** GitHub caps a step's job summary at 1 MiB. */
const SUMMARY_MAX = 1_000_000;

const FORK_HINT =
  'Pull requests from forks get a read-only GITHUB_TOKEN, so the findings are reported in the job summary and annotations only. ' +
  'To comment on such pull requests, upload the JSON report (output `report`) as an artifact and post it from a separate `workflow_run` workflow; ' +
  "for pull requests from this repository, give the job 'permissions: pull-requests: write'.";

/** Paths in the report are relative to the project directory; the repository root is what GitHub links to. */
function rebase(report: Report, workingDirectory: string): Report {
  if (workingDirectory === '.') return report;
  const at = (path: string) => posix.join(workingDirectory, path);
  return {
    ...report,
    projects: report.projects.map((p) => ({
      ...p,
      root: at(p.root),
      migrations: p.migrations && { ...p.migrations, path: at(p.migrations.path) },
      models: p.models && { ...p.models, path: at(p.models.path) },
      databases: p.databases?.map((d) => ({ ...d, path: at(d.path) })),
    })),
    findings: report.findings.map((f) => ({
      ...f,
      locations: f.locations.map((l) => ({ ...l, path: at(l.path) })),
    })),
  };
}

function failing(findings: readonly Finding[], inputs: ActionInputs): number {
  if (inputs.failOn === 'never') return 0;
  const threshold = SEVERITY_RANK[inputs.failOn];
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= threshold).length;
}

/** Identifies this job's comment and files: the working directory, and the config when one is named. */
function markerKey(inputs: ActionInputs): string {
  return inputs.config ? `${inputs.workingDirectory}:${inputs.config}` : inputs.workingDirectory;
}

function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

async function comment(
  ports: ActionPorts,
  log: (line: string) => void,
  inputs: ActionInputs,
  context: RunContext,
  report: Report,
  bodies: { report: string; resolved: string },
): Promise<void> {
  const pr = context.pullRequest;
  if (!pr) {
    log(
      `Event '${context.eventName}': reporting through the job summary and annotations (comments are for pull requests).`,
    );
    return;
  }
  if (inputs.comment === 'never') return;
  if (!inputs.githubToken) {
    log(
      workflowCommand(
        'warning',
        { title: 'driftcheck' },
        'No github-token: skipping the pull request comment.',
      ),
    );
    return;
  }
  const api = ports.github({
    token: inputs.githubToken,
    apiUrl: context.apiUrl,
    owner: context.owner,
    repo: context.repo,
    log,
  });
  try {
    const outcome = await deliverComment(
      api,
      pr.number,
      markerKey(inputs),
      inputs.comment,
      report.findings.length > 0,
      bodies,
    );
    if ('action' in outcome) log(`Pull request comment ${outcome.action} (id ${outcome.id}).`);
    else if (outcome.kind === 'none') log(`Pull request comment left as it is: ${outcome.reason}.`);
  } catch (error) {
    const status = httpStatus(error);
    const message = (error as Error).message ?? String(error);
    if (status === 403 && /rate limit/i.test(message)) {
      log(
        workflowCommand(
          'warning',
          { title: 'driftcheck' },
          `GitHub rate limit: the pull request comment was not posted (${message}).`,
        ),
      );
    } else if (status === 403 || status === 404) {
      log(
        workflowCommand(
          'warning',
          { title: 'driftcheck could not comment' },
          `The token may not comment on pull request #${pr.number} (HTTP ${status}). ${FORK_HINT}`,
        ),
      );
    } else {
      log(
        workflowCommand(
          'warning',
          { title: 'driftcheck' },
          `Could not post the pull request comment: ${message}`,
        ),
      );
    }
  }
}

async function execute(ports: ActionPorts, log: (line: string) => void): Promise<number> {
  const inputs = readInputs(ports.env);
  const context = await readContext(ports.env, ports.files.readText, ports.cwd);
  const rootDir = resolve(context.workspace, inputs.workingDirectory);
  const overrides: CheckOverrides = {
    config: inputs.config,
    migrations: inputs.migrations,
    models: inputs.models,
    database: inputs.database.length > 0 ? inputs.database : undefined,
    base: inputs.base ?? context.pullRequest?.baseSha,
    // The pull request's base is a best effort: unreadable, it becomes a notice, not a failure.
    baseIfAvailable: inputs.base === undefined,
  };
  if (!inputs.allowCommands) {
    await refuseUnallowedCommands(ports.repository(rootDir), overrides, repositoryName(rootDir));
  }
  const report = rebase(await ports.check(overrides, rootDir), inputs.workingDirectory);
  const key = markerKey(inputs);

  // The log: a readable report, fenced off so nothing from the repository is read as a command.
  const stop = randomUUID();
  log(`::group::driftcheck: ${countsPhrase(report.summary)}`);
  log(`::stop-commands::${stop}`);
  ports.write(formatText(report, { color: true }));
  log(`::${stop}::`);
  log('::endgroup::');
  ports.write(formatAnnotations(report));

  const suffix = key === '.' ? '' : `-${key.replace(/[^\w.-]+/g, '_')}`;
  const reportPath = resolve(context.runnerTemp ?? ports.tempDir, `driftcheck-report${suffix}.json`);
  await ports.files.writeText(reportPath, formatJson(report));
  const sarifPath = inputs.sarif ? resolve(context.workspace, inputs.sarif) : undefined;
  if (sarifPath) await ports.files.writeText(sarifPath, formatSarif(report));

  const repo: RepoLinks | undefined = context.sha
    ? { serverUrl: context.serverUrl, repository: `${context.owner}/${context.repo}`, sha: context.sha }
    : undefined;
  if (context.stepSummary) {
    await ports.files.appendText(
      context.stepSummary,
      formatMarkdown(report, { marker: key, repo, maxLength: SUMMARY_MAX }),
    );
  }

  const delimiter = `driftcheck_${randomUUID()}`;
  const outputs: [string, string][] = [
    ['errors', String(report.summary.error)],
    ['warnings', String(report.summary.warning)],
    ['notices', String(report.summary.notice)],
    ['report', reportPath],
    ['sarif', sarifPath ?? ''],
  ];
  if (context.outputFile) {
    await ports.files.appendText(
      context.outputFile,
      outputs.map(([n, v]) => formatOutput(n, v, delimiter)).join(''),
    );
  }

  const project = report.projects.length === 1 ? report.projects[0]!.name : undefined;
  await comment(ports, log, inputs, context, report, {
    report: formatMarkdown(report, { marker: key, repo, fullReportUrl: context.runUrl }),
    resolved: formatResolvedMarkdown({
      marker: key,
      resolvedAt: new Date(ports.clock.now()).toISOString(),
      repo,
      project,
    }),
  });

  const failures = failing(report.findings, inputs);
  if (failures > 0) {
    log(`driftcheck: ${countsPhrase(report.summary)}; failing because fail-on is '${inputs.failOn}'.`);
    return 1;
  }
  log(`driftcheck: ${countsPhrase(report.summary)}.`);
  return 0;
}

/**
 * The action: check, then report through the log, annotations, job summary, outputs, files and the
 * pull request comment. Returns the exit code: 0 clean enough, 1 findings at or above fail-on,
 * 2 usage or internal error (one `::error::` line, no stack trace).
 */
export async function run(ports: ActionPorts): Promise<number> {
  const log = (line: string) => ports.write(`${line}\n`);
  try {
    return await execute(ports, log);
  } catch (error) {
    if (error instanceof UsageError) {
      log(workflowCommand('error', { title: 'driftcheck' }, error.message));
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    log(workflowCommand('error', { title: 'driftcheck' }, `driftcheck failed: ${message}`));
    if (error instanceof Error && error.stack) log(`::debug::${escapeData(error.stack)}`);
    return 2;
  }
}
