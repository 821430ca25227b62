import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  loadConfig,
  repositoryName,
  resolveProjects
} from "./chunk-MZBL4TKY.js";
import {
  RESOLVED_LINE,
  countsPhrase,
  formatMarkdown,
  formatResolvedMarkdown,
  formatSarif,
  formatText,
  hasMarker,
  plural,
  visibleControls
} from "./chunk-ZA5JPQEL.js";
import {
  formatJson,
  sortFindings,
  summarize
} from "./chunk-AF5QLGBF.js";
import "./chunk-NCGKFI47.js";
import "./chunk-B6ZOUR5K.js";
import "./chunk-PCSL5SIG.js";
import "./chunk-W2UEVIN2.js";
import {
  SEVERITY_RANK
} from "./chunk-NTFL5Q3W.js";
import "./chunk-7GNWDYXP.js";
import "./chunk-DE3BHIPR.js";
import {
  nodeFileSystem
} from "./chunk-AZUCC5EY.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";
import "./chunk-7RUNULLM.js";

// src/action/node-ports.ts
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname } from "node:path";
function nodeActionPorts() {
  return {
    env: process.env,
    cwd: process.cwd(),
    write: (text) => {
      process.stdout.write(text);
    },
    files: {
      readText: (path) => readFile(path, "utf8"),
      async writeText(path, text) {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text);
      },
      async appendText(path, text) {
        await mkdir(dirname(path), { recursive: true });
        await appendFile(path, text);
      }
    },
    // Loaded on demand: the engine (sql.js, tree-sitter) and Octokit are the heavy parts of the bundle.
    github: (options) => {
      const api = import("./chunk-NR7FAO6M.js").then((m) => m.octokitComments(options));
      return {
        list: async (n) => (await api).list(n),
        create: async (n, body) => (await api).create(n, body),
        update: async (id, body) => (await api).update(id, body)
      };
    },
    repository: (rootDir) => nodeFileSystem(rootDir),
    async check(overrides, rootDir) {
      const [{ runCheck }, { nodePorts }] = await Promise.all([
        import("./chunk-CBMPLTLA.js"),
        import("./chunk-7XJZTOW2.js")
      ]);
      const ports = await nodePorts(rootDir);
      try {
        return (await runCheck(overrides, ports)).report;
      } finally {
        await ports.temp?.cleanup();
      }
    },
    clock: { now: () => Date.now() },
    tempDir: tmpdir()
  };
}

// src/action/run.ts
import { randomUUID } from "node:crypto";
import { posix as posix2, resolve } from "node:path";

// src/report/annotations.ts
var ANNOTATIONS_PER_LEVEL = 10;
function escapeData(text) {
  return visibleControls(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(name, properties, message) {
  const props = Object.entries(properties).filter((entry) => entry[1] !== void 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
function annotation(f) {
  const ref = f.locations[0];
  const text = f.fix ? `${f.message}
Fix: ${f.fix}` : f.message;
  return workflowCommand(
    f.severity,
    { file: ref?.path, line: ref && ref.line > 0 ? ref.line : void 0, title: `driftcheck ${f.rule}` },
    text
  );
}
function formatAnnotations(report) {
  const findings = sortFindings(report.findings).sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]
  );
  const bySeverity = (s) => findings.filter((f) => f.severity === s);
  const errors = bySeverity("error");
  const warnings = bySeverity("warning");
  const notices = bySeverity("notice");
  const overflow = errors.length > ANNOTATIONS_PER_LEVEL || warnings.length > ANNOTATIONS_PER_LEVEL || notices.length > ANNOTATIONS_PER_LEVEL;
  const shown = [
    ...errors.slice(0, ANNOTATIONS_PER_LEVEL),
    ...warnings.slice(0, ANNOTATIONS_PER_LEVEL),
    ...notices.slice(0, overflow ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL)
  ];
  const lines = shown.map(annotation);
  if (shown.length < findings.length) {
    const kept = new Set(shown);
    const left = summarize(findings.filter((f) => !kept.has(f)));
    lines.push(
      workflowCommand(
        "notice",
        { title: "driftcheck" },
        `${plural(findings.length - shown.length, "more finding")} (${countsPhrase(left)}) not shown as annotations: GitHub shows ${ANNOTATIONS_PER_LEVEL} per level. See the job summary for all of them.`
      )
    );
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}

// src/action/commands.ts
async function configuredCommands(fs, overrides, repoName) {
  const { config } = await loadConfig(fs, overrides.config);
  const projects = resolveProjects(config, overrides, repoName);
  const named = (key, project) => projects.length > 1 ? `${key} (${project})` : key;
  return projects.flatMap((p) => [
    ...p.migrations.command === void 0 ? [] : [named("migrations.command", p.name)],
    ...p.models?.command === void 0 ? [] : [named("models.command", p.name)]
  ]);
}
async function refuseUnallowedCommands(fs, overrides, repoName) {
  const commands = await configuredCommands(fs, overrides, repoName);
  if (commands.length === 0) return;
  throw new UsageError(
    `The configuration sets ${commands.join(", ")}, which runs code from the repository; nothing was run. To run it, set the input 'allow-commands: true' \u2014 but not in a pull_request_target workflow that checks out a fork's code, where that code would run with a write token and secrets.`
  );
}

// src/action/comment.ts
function commentState(body) {
  const lines = body.split(/\r?\n/);
  if (lines[1]?.trim() === RESOLVED_LINE) return "resolved";
  return lines[1]?.startsWith("### \u2705") ? "clean" : "drift";
}
function findOurComment(comments, key) {
  return comments.find((c) => hasMarker(c.body, key));
}
function planComment(mode, existing, hasFindings, bodies) {
  if (mode === "never") return { kind: "none", reason: "comment is 'never'" };
  if (hasFindings) {
    if (!existing) return { kind: "create", body: bodies.report };
    if (existing.body === bodies.report) return { kind: "none", reason: "the comment is up to date" };
    return { kind: "update", id: existing.id, body: bodies.report };
  }
  if (!existing) {
    return mode === "always" ? { kind: "create", body: bodies.report } : { kind: "none", reason: "no drift and no earlier comment" };
  }
  const state = commentState(existing.body);
  if (state === "resolved") return { kind: "none", reason: "the comment already says the drift is resolved" };
  const body = state === "drift" ? bodies.resolved : bodies.report;
  if (existing.body === body) return { kind: "none", reason: "the comment is up to date" };
  return { kind: "update", id: existing.id, body };
}
async function deliverComment(api, issueNumber, key, mode, hasFindings, bodies) {
  if (mode === "never") return planComment(mode, void 0, hasFindings, bodies);
  const existing = findOurComment(await api.list(issueNumber), key);
  const plan = planComment(mode, existing, hasFindings, bodies);
  if (plan.kind === "create") {
    const created = await api.create(issueNumber, plan.body);
    return { action: "created", id: created.id };
  }
  if (plan.kind === "update") {
    await api.update(plan.id, plan.body);
    return { action: "updated", id: plan.id };
  }
  return plan;
}

// src/action/context.ts
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
async function readContext(env, readText, cwd) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo)
    throw new UsageError("GITHUB_REPOSITORY is not set: run driftcheck as a GitHub Actions step.");
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  let payload = {};
  if (env.GITHUB_EVENT_PATH && PR_EVENTS.has(eventName)) {
    try {
      payload = JSON.parse(await readText(env.GITHUB_EVENT_PATH));
    } catch (error) {
      throw new UsageError(
        `Cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${error.message}`
      );
    }
  }
  const pr = payload.pull_request;
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const runId = env.GITHUB_RUN_ID;
  const attempt = env.GITHUB_RUN_ATTEMPT;
  return {
    eventName,
    owner,
    repo,
    sha: pr?.head?.sha ?? env.GITHUB_SHA ?? "",
    pullRequest: pr?.number ? { number: pr.number, baseSha: pr.base?.sha } : void 0,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    workspace: env.GITHUB_WORKSPACE || cwd,
    runnerTemp: env.RUNNER_TEMP || void 0,
    stepSummary: env.GITHUB_STEP_SUMMARY || void 0,
    outputFile: env.GITHUB_OUTPUT || void 0,
    runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt && attempt !== "1" ? `/attempts/${attempt}` : ""}` : void 0
  };
}

// src/action/inputs.ts
import { posix } from "node:path";
function input(env, name) {
  const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim();
  return value ? value : void 0;
}
function oneOf(env, name, allowed, fallback) {
  const value = input(env, name);
  if (value === void 0) return fallback;
  const lower = value.toLowerCase();
  if (allowed.includes(lower)) return lower;
  throw new UsageError(`Input '${name}' must be one of ${allowed.join(", ")}; got '${value}'.`);
}
function relativePath(env, name) {
  const value = input(env, name);
  if (value === void 0) return void 0;
  const path = value.replace(/\\/g, "/");
  const normalized = posix.normalize(path).replace(/\/+$/, "") || ".";
  if (posix.isAbsolute(normalized) || normalized === ".." || normalized.startsWith("../")) {
    throw new UsageError(`Input '${name}' must be a path inside the repository; got '${value}'.`);
  }
  return normalized;
}
function list(env, name) {
  const value = input(env, name);
  if (value === void 0) return [];
  return value.split(/[\n,]/).map((item) => item.trim()).filter(Boolean);
}
function readInputs(env) {
  return {
    githubToken: input(env, "github-token") ?? "",
    workingDirectory: relativePath(env, "working-directory") ?? ".",
    config: input(env, "config"),
    migrations: input(env, "migrations"),
    models: input(env, "models"),
    database: list(env, "database"),
    failOn: oneOf(env, "fail-on", ["error", "warning", "notice", "never"], "error"),
    comment: oneOf(env, "comment", ["auto", "always", "never"], "auto"),
    sarif: relativePath(env, "sarif"),
    base: input(env, "base"),
    allowCommands: oneOf(env, "allow-commands", ["true", "false"], "false") === "true"
  };
}

// src/action/outputs.ts
function formatOutput(name, value, delimiter) {
  if (value.includes(delimiter) || name.includes(delimiter)) {
    throw new Error(`output ${name}: the value contains the delimiter`);
  }
  return `${name}<<${delimiter}
${value}
${delimiter}
`;
}

// src/action/run.ts
var SUMMARY_MAX = 1e6;
var FORK_HINT = "Pull requests from forks get a read-only GITHUB_TOKEN, so the findings are reported in the job summary and annotations only. To comment on such pull requests, upload the JSON report (output `report`) as an artifact and post it from a separate `workflow_run` workflow; for pull requests from this repository, give the job 'permissions: pull-requests: write'.";
function rebase(report, workingDirectory) {
  if (workingDirectory === ".") return report;
  const at = (path) => posix2.join(workingDirectory, path);
  return {
    ...report,
    projects: report.projects.map((p) => ({
      ...p,
      root: at(p.root),
      migrations: p.migrations && { ...p.migrations, path: at(p.migrations.path) },
      models: p.models && { ...p.models, path: at(p.models.path) },
      databases: p.databases?.map((d) => ({ ...d, path: at(d.path) }))
    })),
    findings: report.findings.map((f) => ({
      ...f,
      locations: f.locations.map((l) => ({ ...l, path: at(l.path) }))
    }))
  };
}
function failing(findings, inputs) {
  if (inputs.failOn === "never") return 0;
  const threshold = SEVERITY_RANK[inputs.failOn];
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= threshold).length;
}
function markerKey(inputs) {
  return inputs.config ? `${inputs.workingDirectory}:${inputs.config}` : inputs.workingDirectory;
}
function httpStatus(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
async function comment(ports, log, inputs, context, report, bodies) {
  const pr = context.pullRequest;
  if (!pr) {
    log(
      `Event '${context.eventName}': reporting through the job summary and annotations (comments are for pull requests).`
    );
    return;
  }
  if (inputs.comment === "never") return;
  if (!inputs.githubToken) {
    log(
      workflowCommand(
        "warning",
        { title: "driftcheck" },
        "No github-token: skipping the pull request comment."
      )
    );
    return;
  }
  const api = ports.github({
    token: inputs.githubToken,
    apiUrl: context.apiUrl,
    owner: context.owner,
    repo: context.repo,
    log
  });
  try {
    const outcome = await deliverComment(
      api,
      pr.number,
      markerKey(inputs),
      inputs.comment,
      report.findings.length > 0,
      bodies
    );
    if ("action" in outcome) log(`Pull request comment ${outcome.action} (id ${outcome.id}).`);
    else if (outcome.kind === "none") log(`Pull request comment left as it is: ${outcome.reason}.`);
  } catch (error) {
    const status = httpStatus(error);
    const message = error.message ?? String(error);
    if (status === 403 && /rate limit/i.test(message)) {
      log(
        workflowCommand(
          "warning",
          { title: "driftcheck" },
          `GitHub rate limit: the pull request comment was not posted (${message}).`
        )
      );
    } else if (status === 403 || status === 404) {
      log(
        workflowCommand(
          "warning",
          { title: "driftcheck could not comment" },
          `The token may not comment on pull request #${pr.number} (HTTP ${status}). ${FORK_HINT}`
        )
      );
    } else {
      log(
        workflowCommand(
          "warning",
          { title: "driftcheck" },
          `Could not post the pull request comment: ${message}`
        )
      );
    }
  }
}
async function execute(ports, log) {
  const inputs = readInputs(ports.env);
  const context = await readContext(ports.env, ports.files.readText, ports.cwd);
  const rootDir = resolve(context.workspace, inputs.workingDirectory);
  const overrides = {
    config: inputs.config,
    migrations: inputs.migrations,
    models: inputs.models,
    database: inputs.database.length > 0 ? inputs.database : void 0,
    base: inputs.base ?? context.pullRequest?.baseSha,
    // The pull request's base is a best effort: unreadable, it becomes a notice, not a failure.
    baseIfAvailable: inputs.base === void 0
  };
  if (!inputs.allowCommands) {
    await refuseUnallowedCommands(ports.repository(rootDir), overrides, repositoryName(rootDir));
  }
  const report = rebase(await ports.check(overrides, rootDir), inputs.workingDirectory);
  const key = markerKey(inputs);
  const stop = randomUUID();
  log(`::group::driftcheck: ${countsPhrase(report.summary)}`);
  log(`::stop-commands::${stop}`);
  ports.write(formatText(report, { color: true }));
  log(`::${stop}::`);
  log("::endgroup::");
  ports.write(formatAnnotations(report));
  const suffix = key === "." ? "" : `-${key.replace(/[^\w.-]+/g, "_")}`;
  const reportPath = resolve(context.runnerTemp ?? ports.tempDir, `driftcheck-report${suffix}.json`);
  await ports.files.writeText(reportPath, formatJson(report));
  const sarifPath = inputs.sarif ? resolve(context.workspace, inputs.sarif) : void 0;
  if (sarifPath) await ports.files.writeText(sarifPath, formatSarif(report));
  const repo = context.sha ? { serverUrl: context.serverUrl, repository: `${context.owner}/${context.repo}`, sha: context.sha } : void 0;
  if (context.stepSummary) {
    await ports.files.appendText(
      context.stepSummary,
      formatMarkdown(report, { marker: key, repo, maxLength: SUMMARY_MAX })
    );
  }
  const delimiter = `driftcheck_${randomUUID()}`;
  const outputs = [
    ["errors", String(report.summary.error)],
    ["warnings", String(report.summary.warning)],
    ["notices", String(report.summary.notice)],
    ["report", reportPath],
    ["sarif", sarifPath ?? ""]
  ];
  if (context.outputFile) {
    await ports.files.appendText(
      context.outputFile,
      outputs.map(([n, v]) => formatOutput(n, v, delimiter)).join("")
    );
  }
  const project = report.projects.length === 1 ? report.projects[0].name : void 0;
  await comment(ports, log, inputs, context, report, {
    report: formatMarkdown(report, { marker: key, repo, fullReportUrl: context.runUrl }),
    resolved: formatResolvedMarkdown({
      marker: key,
      resolvedAt: new Date(ports.clock.now()).toISOString(),
      repo,
      project
    })
  });
  const failures = failing(report.findings, inputs);
  if (failures > 0) {
    log(`driftcheck: ${countsPhrase(report.summary)}; failing because fail-on is '${inputs.failOn}'.`);
    return 1;
  }
  log(`driftcheck: ${countsPhrase(report.summary)}.`);
  return 0;
}
async function run(ports) {
  const log = (line) => ports.write(`${line}
`);
  try {
    return await execute(ports, log);
  } catch (error) {
    if (error instanceof UsageError) {
      log(workflowCommand("error", { title: "driftcheck" }, error.message));
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    log(workflowCommand("error", { title: "driftcheck" }, `driftcheck failed: ${message}`));
    if (error instanceof Error && error.stack) log(`::debug::${escapeData(error.stack)}`);
    return 2;
  }
}

// src/action/main.ts
process.exitCode = await run(nodeActionPorts());
