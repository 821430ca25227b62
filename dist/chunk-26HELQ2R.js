import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  commonRoot,
  loadSchemaSource
} from "./chunk-QMUWW2D7.js";
import "./chunk-OXBC5LZ6.js";
import "./chunk-LBA6YPGD.js";
import "./chunk-S4XYVXN4.js";
import "./chunk-7ZB6F644.js";
import "./chunk-ACDL3ORN.js";
import "./chunk-KRKVF7FQ.js";
import "./chunk-YVUUY2XB.js";
import "./chunk-W5767NB5.js";
import "./chunk-2OOMY2B6.js";
import "./chunk-OAPERDND.js";
import "./chunk-ZFZZPEBV.js";
import "./chunk-FEWBZV3W.js";
import {
  oneOf,
  parseCommandArgs
} from "./chunk-T2GVFGAS.js";
import "./chunk-6ZG7CUCP.js";
import "./chunk-UANHHYL5.js";
import "./chunk-AHP2YFMZ.js";
import "./chunk-UIRH73ES.js";
import "./chunk-YUP77SCX.js";
import "./chunk-PIKBUZRJ.js";
import "./chunk-XPKFVV7V.js";
import {
  DEFAULT_TIMEOUT_MS
} from "./chunk-MZBL4TKY.js";
import "./chunk-ZA5JPQEL.js";
import "./chunk-AF5QLGBF.js";
import "./chunk-NCGKFI47.js";
import "./chunk-B6ZOUR5K.js";
import "./chunk-PCSL5SIG.js";
import "./chunk-W2UEVIN2.js";
import "./chunk-NTFL5Q3W.js";
import "./chunk-7GNWDYXP.js";
import "./chunk-DE3BHIPR.js";
import "./chunk-DMUKLVO4.js";
import "./chunk-72U7UVYV.js";
import {
  renderSchema
} from "./chunk-PANHAJIG.js";
import "./chunk-6NLCI4VA.js";
import "./chunk-RNDVHOK7.js";
import "./chunk-F7ROIKNO.js";
import "./chunk-Z5DHFKIG.js";
import "./chunk-7CDKS73Z.js";
import "./chunk-FGG54ITE.js";
import "./chunk-DT3BPEHL.js";
import {
  nodePorts
} from "./chunk-2GFK53Y7.js";
import "./chunk-KE6SLBQ2.js";
import "./chunk-AZUCC5EY.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";
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
