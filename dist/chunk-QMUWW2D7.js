import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  replayErrorFindings
} from "./chunk-OXBC5LZ6.js";
import {
  detectModelLoader
} from "./chunk-7ZB6F644.js";
import {
  detectFormat
} from "./chunk-KRKVF7FQ.js";
import {
  compareSchemas
} from "./chunk-2OOMY2B6.js";
import {
  REPORT_FORMATS,
  formatReport,
  useColor
} from "./chunk-FEWBZV3W.js";
import {
  oneOf,
  parseCommandArgs
} from "./chunk-T2GVFGAS.js";
import {
  exitCodeFor
} from "./chunk-6ZG7CUCP.js";
import {
  replayIsolated
} from "./chunk-UANHHYL5.js";
import {
  DEFAULT_TIMEOUT_MS
} from "./chunk-MZBL4TKY.js";
import {
  sortFindings,
  summarize
} from "./chunk-AF5QLGBF.js";
import {
  VERSION
} from "./chunk-DE3BHIPR.js";
import {
  withoutToolTables
} from "./chunk-DMUKLVO4.js";
import {
  ALL_CAPABILITIES
} from "./chunk-72U7UVYV.js";
import {
  sqliteVersion
} from "./chunk-FGG54ITE.js";
import {
  nodePorts
} from "./chunk-2GFK53Y7.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";

// src/cli/commands/diff.ts
import { dirname, relative, resolve, sep } from "node:path";

// src/sources/any.ts
async function loadSchemaSource(ports, path, options) {
  const found = await ports.fs.stat(path);
  if (!found) throw new UsageError(`not found: ${path || "."}`);
  if (found.kind === "dir") {
    const format = await detectFormat(ports.fs, path);
    if (format) {
      const set2 = await format.loader.load(ports.fs, path, { placeholders: {} });
      const replay = await replayIsolated(set2, {
        keepGoing: options.keepGoing,
        functions: options.functions,
        budgetMs: options.timeoutMs
      });
      const raw = replay.schema ?? { tables: [], views: [], triggers: [] };
      return {
        schema: withoutToolTables(raw),
        raw,
        capabilities: ALL_CAPABILITIES,
        kind: `migrations (${set2.format})`,
        findings: [...set2.findings, ...replayErrorFindings(replay, set2)]
      };
    }
  }
  const loader = await detectModelLoader(ports.fs, path);
  if (!loader)
    throw new UsageError(
      `could not tell what ${path || "."} is: expected a migrations directory, a .sql file, a SQLite database or models`
    );
  const set = await loader.load(path, {
    fs: ports.fs,
    rootDir: ports.rootDir,
    process: ports.process,
    temp: ports.temp,
    timeoutMs: options.timeoutMs
  });
  return {
    schema: withoutToolTables(set.schema),
    raw: set.schema,
    capabilities: set.capabilities,
    kind: set.format,
    findings: set.findings
  };
}

// src/cli/commands/diff.ts
var OPTIONS = {
  format: { type: "string" },
  "fail-on": { type: "string" },
  "no-color": { type: "boolean" }
};
function commonRoot(cwd, paths) {
  const inCwd = paths.every((p) => !relative(cwd, p).startsWith(".."));
  if (inCwd) return cwd;
  let root = dirname(paths[0]);
  while (!paths.every((p) => !relative(root, p).startsWith("..")) && dirname(root) !== root)
    root = dirname(root);
  return root;
}
async function run(args, io) {
  const started = performance.now();
  const { values, positionals } = parseCommandArgs(args, OPTIONS, "diff");
  if (positionals.length !== 2)
    throw new UsageError(
      `diff takes two sources, A and B (got ${positionals.length}): driftcheck diff prod.db dev.db`
    );
  const format = oneOf(values.format, REPORT_FORMATS, "--format", "text");
  const failOn = oneOf(
    values["fail-on"],
    ["error", "warning", "notice", "never"],
    "--fail-on",
    "error"
  );
  const absolute = positionals.map((p) => resolve(io.cwd, p));
  const rootDir = commonRoot(io.cwd, absolute);
  const [a, b] = absolute.map((p) => relative(rootDir, p).split(sep).join("/"));
  const ports = await nodePorts(rootDir);
  try {
    const options = { timeoutMs: DEFAULT_TIMEOUT_MS };
    const actual = await loadSchemaSource(ports, a, options);
    const expected = await loadSchemaSource(ports, b, options);
    const findings = sortFindings([
      ...actual.findings,
      ...expected.findings,
      ...compareSchemas(actual.schema, expected.schema, {
        capabilities: { actual: actual.capabilities, expected: expected.capabilities },
        sides: {
          actual: { label: a || ".", kind: "schema" },
          expected: { label: b || ".", kind: "schema" }
        }
      })
    ]);
    const report = {
      version: 1,
      tool: { name: "driftcheck", version: VERSION },
      engine: { sqlite: await sqliteVersion() },
      projects: [
        {
          name: `${a || "."} vs ${b || "."}`,
          root: ".",
          detected: [`A: ${a || "."} (${actual.kind})`, `B: ${b || "."} (${expected.kind}, the reference)`]
        }
      ],
      findings,
      summary: summarize(findings),
      timing: { totalMs: Math.round(performance.now() - started) }
    };
    io.stdout(formatReport(report, format, { color: !values["no-color"] && useColor(io) }));
    return exitCodeFor(report, failOn);
  } finally {
    await ports.temp?.cleanup();
  }
}

export {
  loadSchemaSource,
  commonRoot,
  run
};
