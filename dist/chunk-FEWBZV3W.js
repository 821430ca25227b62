import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  formatMarkdown,
  formatSarif,
  formatText
} from "./chunk-ZA5JPQEL.js";
import {
  formatJson
} from "./chunk-AF5QLGBF.js";

// src/cli/io.ts
function useColor(io) {
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}

// src/cli/output.ts
var REPORT_FORMATS = ["text", "json", "markdown", "sarif"];
function formatReport(report, format, options) {
  switch (format) {
    case "json":
      return formatJson(report);
    case "markdown":
      return formatMarkdown(report, { marker: report.projects.map((p) => p.name).join(",") || "driftcheck" });
    case "sarif":
      return formatSarif(report);
    default:
      return formatText(report, { color: options.color });
  }
}

export {
  useColor,
  REPORT_FORMATS,
  formatReport
};
