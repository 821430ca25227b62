import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  commonRoot,
  loadSchemaSource
} from "./chunk-NZ3P5KBR.js";
import "./chunk-7YDKHVJT.js";
import "./chunk-DJHLYUB7.js";
import "./chunk-LBA6YPGD.js";
import "./chunk-JS5YJCF4.js";
import {
  nodePorts
} from "./chunk-HWF3VQN3.js";
import "./chunk-VXB77DQG.js";
import "./chunk-26WOWWPH.js";
import "./chunk-GG2JIFAQ.js";
import {
  oneOf,
  parseCommandArgs
} from "./chunk-T2GVFGAS.js";
import "./chunk-VOJG7DOK.js";
import "./chunk-FWELV3KW.js";
import "./chunk-STLIIMTE.js";
import {
  DEFAULT_TIMEOUT_MS
} from "./chunk-QDODJ2OD.js";
import "./chunk-7GNWDYXP.js";
import "./chunk-WCBB5UAT.js";
import "./chunk-DE3BHIPR.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";
import {
  renderSchema
} from "./chunk-A3LC6VE6.js";
import "./chunk-2D2EWRF2.js";
import "./chunk-XCRFEYVM.js";
import "./chunk-NTFL5Q3W.js";
import "./chunk-W2UEVIN2.js";
import "./chunk-XPKFVV7V.js";
import "./chunk-7RUNULLM.js";

// src/cli/commands/inspect.ts
import { relative, resolve, sep } from "node:path";
var OPTIONS = { format: { type: "string" } };
async function run(args, io) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, "inspect");
  if (positionals.length !== 1) throw new UsageError(`inspect takes one SOURCE (got ${positionals.length})`);
  const format = oneOf(values.format, ["sql", "json"], "--format", "sql");
  const absolute = resolve(io.cwd, positionals[0]);
  const rootDir = commonRoot(io.cwd, [absolute]);
  const path = relative(rootDir, absolute).split(sep).join("/");
  const ports = await nodePorts(rootDir);
  try {
    const source = await loadSchemaSource(ports, path, { timeoutMs: DEFAULT_TIMEOUT_MS, keepGoing: true });
    for (const finding of source.findings) {
      const at = finding.locations[0];
      io.stderr(`${at ? `${at.path}:${at.line}: ` : ""}${finding.severity}: ${finding.message}
`);
    }
    io.stdout(format === "json" ? `${JSON.stringify(source.raw, null, 2)}
` : renderSchema(source.raw));
    return source.findings.some((f) => f.severity === "error") ? 1 : 0;
  } finally {
    await ports.temp?.cleanup();
  }
}
export {
  run
};
