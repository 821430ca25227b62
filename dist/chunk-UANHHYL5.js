import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  DEFAULT_BUDGET_MS
} from "./chunk-PCSL5SIG.js";
import {
  PROGRESS_BYTES,
  clockMicros,
  progressViews
} from "./chunk-F7ROIKNO.js";
import {
  sqlJsModule
} from "./chunk-FGG54ITE.js";

// src/sqlite/replay-isolated.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var REPLAY_WORKER = { bundled: "./replay-worker.js", source: "./replay-worker.ts" };
function workerSpec(entry) {
  const js = new URL(entry.bundled, import.meta.url);
  if (existsSync(fileURLToPath(js))) return { entry: js, eval: false };
  const ts = new URL(entry.source, import.meta.url);
  const tsxPackage = createRequire(import.meta.url).resolve("tsx/package.json");
  const tsx = pathToFileURL(join(dirname(tsxPackage), "dist/esm/api/index.mjs")).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ts.href)}); });`;
  return { entry: code, eval: true };
}
function spawnWorker(entry = REPLAY_WORKER, resourceLimits) {
  const spec = workerSpec(entry);
  const start = { createdAt: performance.timeOrigin + performance.now(), wasm: sqlJsModule() };
  return new Worker(spec.entry, {
    eval: spec.eval,
    workerData: start,
    ...resourceLimits ? { resourceLimits } : {}
  });
}
function budgetText(budgetMs) {
  return budgetMs >= 1e3 ? `${budgetMs / 1e3} s` : `${budgetMs} ms`;
}
function superviseWorker(worker, request, budgetMs, name, keep = false) {
  const { position, startedAt, phase } = progressViews(request.progress);
  let timer;
  let finish = () => void 0;
  const result = new Promise((resolve, reject) => {
    finish = (outcome) => {
      finish = () => void 0;
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      if (keep && !(outcome instanceof Error) && outcome.done !== void 0) {
        worker.unref();
        worker.on("error", () => void 0);
        resolve({ ...outcome, kept: worker });
        return;
      }
      void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const watch = (ms) => {
      timer = setTimeout(() => {
        const running = Number(clockMicros() - Atomics.load(startedAt, 0)) / 1e3;
        if (running < budgetMs) {
          watch(budgetMs - running);
          return;
        }
        finish({
          timedOut: [Atomics.load(position, 0), Atomics.load(position, 1), Atomics.load(phase, 0)]
        });
      }, ms);
      timer.unref();
    };
    const onMessage = (message) => {
      if (message.type === "migration") {
        clearTimeout(timer);
        watch(budgetMs);
      } else if (message.type === "finishing") {
        clearTimeout(timer);
      } else if (message.type === "done") {
        finish({ done: message.result });
      } else {
        const error = new Error(`${name}: ${message.message}`);
        if (message.stack) error.stack = message.stack;
        finish(error);
      }
    };
    const onError = (error) => finish(error);
    const onExit = (code) => finish(new Error(`${name} exited with code ${code} before finishing`));
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    if (worker.threadId === -1) finish(new Error(`${name} had exited before it was given its work`));
    else worker.postMessage(request);
  });
  return { result, stop: () => finish({ stopped: true }) };
}
var warm;
function warmUpReplayWorker() {
  if (warm) return;
  const worker = spawnWorker();
  worker.unref();
  worker.once("exit", () => {
    if (warm === worker) warm = void 0;
  });
  warm = worker;
}
function coolDownReplayWorker() {
  const worker = warm;
  warm = void 0;
  void worker?.terminate();
}
function takeWorker() {
  const warmed = warm !== void 0;
  const worker = warm ?? spawnWorker();
  warm = void 0;
  worker.ref();
  return { worker, warmed };
}
async function attempt(request, budgetMs, signal, keep) {
  signal?.throwIfAborted();
  const { worker, warmed } = takeWorker();
  const supervised = superviseWorker(worker, request, budgetMs, "replay worker", keep);
  signal?.addEventListener("abort", supervised.stop, { once: true });
  const outcome = await supervised.result.finally(
    () => signal?.removeEventListener("abort", supervised.stop)
  );
  if (outcome.stopped) signal.throwIfAborted();
  if (!outcome.timedOut)
    return { done: outcome.done, warmed, ...outcome.kept ? { kept: outcome.kept } : {} };
  const [migration = 0, statement = 0] = outcome.timedOut;
  return {
    warmed,
    timedOut: {
      migration,
      statement: Math.max(0, statement),
      kind: "timeout",
      message: `The migration did not finish within its time budget (${budgetText(budgetMs)}); this statement was running.`
    }
  };
}
async function replayIsolated(set, options = {}) {
  const { handOver } = options;
  if (!handOver) return replayInWorkers(set, options);
  let handed = false;
  const once = (worker) => {
    if (!handed) handOver(worker);
    handed = true;
  };
  try {
    return await replayInWorkers(set, { ...options, handOver: once });
  } finally {
    once(void 0);
  }
}
async function replayInWorkers(set, options) {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const forced = [];
  let warmed;
  for (let workers = 1; ; workers++) {
    const request = {
      set,
      keepGoing: options.keepGoing ?? false,
      functions: options.functions ?? [],
      from: options.from,
      until: options.until,
      provenance: options.provenance,
      database: options.database,
      forcedFailures: forced,
      inspect: options.inspect ?? true,
      exportDatabase: options.exportDatabase ?? false,
      progress: new SharedArrayBuffer(PROGRESS_BYTES)
    };
    const result = await attempt(
      request,
      budgetMs,
      options.signal,
      options.handOver !== void 0 && workers === 1
    );
    warmed ??= result.warmed;
    if (result.timedOut) {
      const { migration, statement } = result.timedOut;
      if (forced.some((f) => f.migration === migration && f.statement === statement)) {
        throw new Error(`replay worker: statement ${statement} of migration ${migration} timed out twice`);
      }
      forced.push(result.timedOut);
      continue;
    }
    const done = result.done;
    if (result.kept) options.handOver(result.kept);
    return {
      ...done.schema ? { schema: done.schema } : {},
      failures: done.failures,
      applied: done.applied,
      ...done.stoppedAt !== void 0 ? { stoppedAt: done.stoppedAt } : {},
      notReplayed: done.notReplayed,
      provenance: done.provenance,
      ...done.database ? { database: done.database } : {},
      timing: {
        workerStartMs: done.startMs,
        replayMs: done.replayMs,
        inspectMs: done.inspectMs,
        workers,
        warmed
      }
    };
  }
}

export {
  spawnWorker,
  budgetText,
  superviseWorker,
  warmUpReplayWorker,
  coolDownReplayWorker,
  replayIsolated
};
