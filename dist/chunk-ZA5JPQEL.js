import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  sortFindings,
  summarize
} from "./chunk-AF5QLGBF.js";
import {
  RULES
} from "./chunk-B6ZOUR5K.js";
import {
  RULE_IDS,
  SEVERITY_RANK
} from "./chunk-NTFL5Q3W.js";
import {
  __commonJS,
  __toESM
} from "./chunk-7RUNULLM.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/report/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/report/common.ts
var SEVERITIES = ["error", "warning", "notice"];
function countsPhrase(summary) {
  const parts = SEVERITIES.filter((s) => summary[s] > 0).map((s) => plural(summary[s], s));
  return parts.length > 0 ? parts.join(", ") : "no findings";
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function formatRef(ref) {
  return ref.line > 0 ? `${ref.path}:${ref.line}` : ref.path;
}
function groupBy(items, key) {
  const groups = [];
  for (const item of items) {
    const k = key(item);
    const last = groups.at(-1);
    if (last && last.key === k) last.items.push(item);
    else groups.push({ key: k, items: [item] });
  }
  return groups;
}
function subject(finding) {
  if (finding.table === void 0) return finding.column;
  return finding.column === void 0 ? finding.table : `${finding.table}.${finding.column}`;
}
function visibleControls(text) {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => {
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
}
function sharedFixes(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.fix) counts.set(f.fix, (counts.get(f.fix) ?? 0) + 1);
  for (const [fix, count] of counts) if (count < 2) counts.delete(fix);
  return counts;
}

// src/report/text.ts
function clean(text) {
  return visibleControls(text.replace(/\t/g, " "));
}
function oneLine(text) {
  return clean(text).replace(/\r\n?|\n/g, " ");
}
function paint(c, severity, text) {
  return severity === "error" ? c.red(text) : severity === "warning" ? c.yellow(text) : c.blue(text);
}
function where(finding) {
  const ref = finding.locations[0];
  return ref ? oneLine(formatRef(ref)) : "(no location)";
}
function projectLine(project) {
  const parts = [];
  const m = project.migrations;
  if (m?.format === "command") parts.push(`migrations built by their command (${m.path})`);
  else if (m) {
    const count = m.replayed === m.count ? plural(m.count, "migration") : `${m.replayed} of ${plural(m.count, "migration")}`;
    parts.push(`${count} replayed (${m.format}, ${m.path})`);
  }
  const models = project.models;
  if (models) parts.push(`models: ${plural(models.tables, "table")} (${models.format}, ${models.path})`);
  for (const db of project.databases ?? [])
    parts.push(`database: ${db.path} (${plural(db.tables, "table")})`);
  return oneLine(parts.join(" \xB7 "));
}
function fixLines(c, label, fix, indent) {
  const [first = "", ...rest] = clean(fix).split(/\r\n?|\n/);
  const pad = " ".repeat(label.length + 1);
  return [`${indent}${c.dim(label)} ${first}`, ...rest.map((line) => `${indent}${pad}${line}`)];
}
function findingLines(c, finding, indent, shared = /* @__PURE__ */ new Map()) {
  const severity = paint(c, finding.severity, finding.severity.padEnd(7));
  const lines = [
    `${indent}${c.dim(where(finding))}  ${severity}  ${c.bold(finding.rule)}  ${oneLine(finding.message)}`
  ];
  for (const ref of finding.locations.slice(1))
    lines.push(`${indent}    ${c.dim(`also at ${oneLine(formatRef(ref))}`)}`);
  if (finding.fix && !shared.has(finding.fix))
    lines.push(...fixLines(c, "fix:", finding.fix, `${indent}    `));
  return lines;
}
function formatText(report, options) {
  const c = import_picocolors.default.createColors(options.color);
  const findings = sortFindings(report.findings);
  const lines = [];
  const byProject = groupBy(findings, (f) => f.project);
  const projects = new Map(report.projects.map((p) => [p.name, p]));
  const several = report.projects.length > 1;
  for (const project of report.projects)
    for (const entry of project.detected ?? [])
      lines.push(c.dim(oneLine(`${several ? `${project.name}: ` : ""}detected ${entry}`)));
  if (lines.length > 0) lines.push("");
  for (const group of byProject) {
    const project = group.key === void 0 ? void 0 : projects.get(group.key);
    if (lines.length > 0 && lines.at(-1) !== "") lines.push("");
    if (group.key !== void 0 || project) {
      const details = project ? projectLine(project) : "";
      lines.push(`${c.bold(oneLine(group.key ?? ""))}${details ? `  ${c.dim(details)}` : ""}`);
    }
    for (const table of groupBy(group.items, (f) => f.table)) {
      if (table.key === void 0) {
        for (const f of table.items) lines.push(...findingLines(c, f, "  "));
      } else {
        lines.push(`  ${c.underline(oneLine(table.key))}`);
        const shared = sharedFixes(table.items);
        for (const f of table.items) lines.push(...findingLines(c, f, "    ", shared));
        for (const [fix, count] of shared) {
          lines.push(`    ${c.dim(`fix for ${oneLine(table.key)} (${count} findings):`)}`);
          lines.push(
            ...clean(fix).split(/\r\n?|\n/).map((line) => `        ${line}`)
          );
        }
      }
    }
  }
  const timing = `${report.timing.totalMs} ms`;
  const engine = `driftcheck ${report.tool.version}, SQLite ${report.engine.sqlite}`;
  if (findings.length === 0) {
    const checked = report.projects.map((p) => oneLine(p.name)).join(", ");
    lines.push(
      `${c.green("\u2714")} No drift${checked ? ` in ${checked}` : ""}: ${report.projects.map(projectLine).filter(Boolean).join("; ") || "the two schemas are the same"} \xB7 ${timing} \xB7 ${engine}`
    );
  } else {
    const mark = report.summary.error > 0 ? c.red("\u2716") : report.summary.warning > 0 ? c.yellow("\u26A0") : c.blue("\u2139");
    lines.push(
      "",
      `${mark} ${plural(findings.length, "problem")} (${countsPhrase(report.summary)}) \xB7 ${timing} \xB7 ${engine}`
    );
  }
  return `${lines.join("\n")}
`;
}
function formatCompact(report, options) {
  const findings = sortFindings(report.findings);
  if (findings.length === 0) return "";
  const c = import_picocolors.default.createColors(options.color === true);
  const lines = findings.map(
    // The first paragraph says what is wrong; the statement excerpt and hint are for the details run.
    (f) => `${c.dim(where(f))} ${paint(c, f.severity, f.rule)} ${oneLine(f.message.split(/\n\s*\n/)[0])}`
  );
  lines.push(
    `driftcheck: ${countsPhrase(report.summary)}. Run \`${c.bold(options.detailsCommand)}\` for details and fixes.`
  );
  return `${lines.join("\n")}
`;
}

// src/report/markdown-escape.ts
var ZWJ = "\u200D";
function breakMentions(text) {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`);
}
function oneLine2(text) {
  return visibleControls(text.replace(/\r\n?|\n/g, " "));
}
function escapeHtml(text) {
  return breakMentions(
    oneLine2(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
  );
}
function escapeText(text) {
  const escaped = oneLine2(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()#+!|~$:]/g, "\\$&");
  return breakMentions(escaped);
}
function longestRun(text, char) {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
function code(text, context = "inline") {
  let body2 = oneLine2(text);
  if (context === "table") body2 = body2.replace(/\|/g, "\\|");
  if (body2.trim() === "") return body2 === "" ? "` `" : `\`${body2}\``;
  const ticks = "`".repeat(longestRun(body2, "`") + 1);
  const pad = body2.startsWith("`") || body2.endsWith("`") || body2.startsWith(" ") && body2.endsWith(" ") ? " " : "";
  return `${ticks}${pad}${body2}${pad}${ticks}`;
}
function fence(text, lang = "") {
  const body2 = visibleControls(text.replace(/\r\n?/g, "\n").replace(/\n+$/, ""));
  const ticks = "`".repeat(Math.max(3, longestRun(body2, "`") + 1));
  return `${ticks}${lang}
${body2}
${ticks}`;
}
function inlineMarkdown(message2, context = "inline") {
  const parts = [];
  let last = 0;
  for (const match of message2.matchAll(/`([^`\r\n]+)`/g)) {
    parts.push(escapeText(message2.slice(last, match.index)), code(match[1], context));
    last = match.index + match[0].length;
  }
  parts.push(escapeText(message2.slice(last)));
  return parts.join("");
}
function encodePath(path) {
  return path.split("/").map(
    (segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)
  ).join("/");
}
function clip(text, max) {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}\u2026 (${text.length - max} more characters)`;
}

// src/report/markdown.ts
var DEFAULT_MAX_LENGTH = 65e3;
var RESOLVED_LINE = "<!-- driftcheck:resolved -->";
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var OPEN_ROWS = 25;
var OPEN_FIXES = 10;
var MAX_CELL = 1e3;
var MAX_BLOCK = 4e3;
function markerLine(key) {
  const safe = key.replace(/[^\w./:@+-]/g, "_").replace(/-{2,}/g, "-") || ".";
  return `<!-- driftcheck:${safe} -->`;
}
function hasMarker(body2, key) {
  return body2.split(/\r?\n/, 1)[0]?.trim() === markerLine(key);
}
function shortSha(sha) {
  return sha.slice(0, 7);
}
function where2(ref, repo) {
  if (!ref) return "";
  const label = escapeText(formatRef(ref));
  if (!repo) return label;
  const line = ref.line > 0 ? `#L${ref.line}` : "";
  return `[${label}](${repo.serverUrl}/${encodePath(repo.repository)}/blob/${encodePath(repo.sha)}/${encodePath(ref.path)}${line})`;
}
function projectSentence(p) {
  const parts = [];
  const m = p.migrations;
  if (m?.format === "command") parts.push(`Built the migrations with their **command** (${code(m.path)})`);
  else if (m) {
    const count = m.replayed === m.count ? plural(m.count, "migration") : `${m.replayed} of ${plural(m.count, "migration")}`;
    parts.push(`Replayed **${count}** (${escapeText(m.format)}, ${code(m.path)}) from zero`);
  }
  if (p.models) {
    parts.push(
      `compared ${m ? "them " : ""}with **${plural(p.models.tables, "table")}** in the models (${escapeText(p.models.format)}, ${code(p.models.path)})`
    );
  }
  for (const db of p.databases ?? []) parts.push(`checked the database ${code(db.path)}`);
  if (parts.length === 0) return "";
  const text = parts.join(" and ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
function scope(report) {
  const names = report.projects.map((p) => p.name);
  if (names.length === 1) return ` in ${code(names[0])}`;
  return names.length > 1 ? ` in ${names.length} projects` : "";
}
function footer(report, repo) {
  const parts = [
    `driftcheck ${escapeText(report.tool.version)}`,
    `SQLite ${escapeText(report.engine.sqlite)} (sql.js)`,
    `${report.timing.totalMs} ms`
  ];
  if (repo) {
    const sha = escapeText(shortSha(repo.sha));
    parts.push(
      `commit [${sha}](${repo.serverUrl}/${encodePath(repo.repository)}/commit/${encodePath(repo.sha)})`
    );
  }
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
function looseFinding(f, repo, fixes) {
  const at = where2(f.locations[0], repo);
  const lines = [
    `${ICON[f.severity]} **${code(f.rule)}**${at ? ` at ${at}` : ""}: ${inlineMarkdown(clip(f.message, MAX_CELL))}`
  ];
  if (f.rule === "replay-error" && f.actual) lines.push("", fence(clip(f.actual, MAX_BLOCK), "sql"));
  for (const ref of f.locations.slice(1)) lines.push("", `Also at ${where2(ref, repo)}.`);
  if (fixes && f.fix) lines.push("", "**Fix:**", "", fence(clip(f.fix, MAX_BLOCK), "sql"));
  return lines;
}
function tableRows(items, repo) {
  const rows = ["| | rule | where | what |", "|---|---|---|---|"];
  for (const f of items) {
    const refs = f.locations.map((ref) => where2(ref, repo)).join("<br>");
    rows.push(
      `| ${ICON[f.severity]} | ${code(f.rule)} | ${refs} | ${inlineMarkdown(clip(f.message, MAX_CELL), "table")} |`
    );
  }
  return rows;
}
function fixBlock(table, items, open) {
  const shared = sharedFixes(items);
  const oneLineTable = table.replace(/[\r\n]+/g, " ");
  const blocks = [];
  const printed = /* @__PURE__ */ new Set();
  for (const f of items) {
    if (!f.fix || printed.has(f.fix)) continue;
    const count = shared.get(f.fix);
    if (count !== void 0) printed.add(f.fix);
    const label = count !== void 0 ? `fix for ${oneLineTable} (${count} findings)` : `${f.rule}: ${(subject(f) ?? table).replace(/[\r\n]+/g, " ")}`;
    blocks.push(`-- ${label}
${clip(f.fix, MAX_BLOCK)}`);
  }
  if (blocks.length === 0) return [];
  const sql = blocks.join("\n\n");
  return [
    "",
    `<details${open ? " open" : ""}><summary>Suggested fix for <code>${escapeHtml(table)}</code> (SQLite)</summary>`,
    "",
    fence(sql, "sql"),
    "",
    "</details>"
  ];
}
function body(report, options, render) {
  const { repo } = options;
  const all = report.findings;
  const lines = [markerLine(options.marker)];
  const summary = summarize(all);
  const worst = summary.error > 0 ? "error" : summary.warning > 0 ? "warning" : "notice";
  lines.push(`### ${ICON[worst]} driftcheck found ${countsPhrase(summary)}${scope(report)}`);
  const sentences = report.projects.map(projectSentence).filter(Boolean);
  if (sentences.length > 0) lines.push(sentences.join(" "));
  const multiProject = new Set(render.shown.map((f) => f.project)).size > 1;
  let rows = 0;
  for (const group of groupBy(render.shown, (f) => `${f.project ?? ""}\0${f.table ?? ""}`)) {
    const first = group.items[0];
    const prefix = multiProject && first.project !== void 0 ? `${code(first.project)} \u203A ` : "";
    if (first.table === void 0) {
      lines.push("", `#### ${prefix}Migrations`);
      for (const f of group.items) lines.push("", ...looseFinding(f, repo, render.fixes));
      continue;
    }
    const heading = `${prefix}${code(first.table)} \xB7 ${countsPhrase(summarize(group.items))}`;
    const collapse = render.collapseAll || rows >= OPEN_ROWS;
    rows += group.items.length;
    const content = [...tableRows(group.items, repo)];
    if (render.fixes) content.push(...fixBlock(first.table, group.items, all.length <= OPEN_FIXES));
    if (collapse) {
      const summaryHtml = `<code>${escapeHtml(first.table)}</code> \xB7 ${countsPhrase(summarize(group.items))}`;
      lines.push("", `<details><summary>${summaryHtml}</summary>`, "", ...content, "", "</details>");
    } else {
      lines.push("", `#### ${heading}`, "", ...content);
    }
  }
  const hidden = all.length - render.shown.length;
  if (hidden > 0 || !render.fixes) {
    const what = [];
    if (!render.fixes) what.push("suggested fixes are left out");
    if (hidden > 0) what.push(`${plural(hidden, "more finding")} ${hidden === 1 ? "is" : "are"} not shown`);
    const full = options.fullReportUrl ? `The [job summary](${options.fullReportUrl}) has the full report.` : "Run `driftcheck check` for the full report.";
    lines.push("", `> [!NOTE]`, `> This report is trimmed to fit on GitHub: ${what.join(" and ")}. ${full}`);
  }
  lines.push("", footer(report, repo));
  return `${lines.join("\n")}
`;
}
function cleanBody(report, options) {
  const lines = [markerLine(options.marker), `### \u2705 No drift${scope(report)}`];
  const sentences = report.projects.map(projectSentence).filter(Boolean);
  if (sentences.length > 0) lines.push(`${sentences.join(" ")} Everything matches.`);
  lines.push("", footer(report, options.repo));
  return `${lines.join("\n")}
`;
}
function byImportance(findings) {
  return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}
function formatMarkdown(report, options) {
  const findings = sortFindings(report.findings);
  const sorted = { ...report, findings };
  if (findings.length === 0) return cleanBody(sorted, options);
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const full = body(sorted, options, { shown: findings, fixes: true, collapseAll: false });
  if (full.length <= max) return full;
  const noFixes = body(sorted, options, { shown: findings, fixes: false, collapseAll: false });
  if (noFixes.length <= max) return noFixes;
  const collapsed = body(sorted, options, { shown: findings, fixes: false, collapseAll: true });
  if (collapsed.length <= max) return collapsed;
  const ranked = byImportance(findings);
  const render = (keep) => {
    const kept = new Set(ranked.slice(0, keep));
    return body(sorted, options, {
      shown: findings.filter((f) => kept.has(f)),
      fixes: false,
      collapseAll: true
    });
  };
  let lo = 0;
  let hi = findings.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(mid).length <= max) lo = mid;
    else hi = mid - 1;
  }
  const best = render(lo);
  return best.length <= max ? best : `${best.slice(0, max - 2)}\u2026
`;
}
function formatResolvedMarkdown(options) {
  const at = options.resolvedAt.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC");
  const commit = options.repo ? ` in [${escapeText(shortSha(options.repo.sha))}](${options.repo.serverUrl}/${encodePath(options.repo.repository)}/commit/${encodePath(options.repo.sha)})` : "";
  const project = options.project ? ` in ${code(options.project)}` : "";
  return `${markerLine(options.marker)}
${RESOLVED_LINE}
\u2705 **driftcheck**: the schema drift reported here${project} was resolved${commit} (${escapeText(at)}).
`;
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function rules() {
  return RULE_IDS.map((id) => {
    const rule = RULES[id];
    return {
      id,
      name: id.replace(/(^|-)([a-z])/g, (_, _dash, c) => c.toUpperCase()),
      shortDescription: { text: rule.summary },
      fullDescription: { text: rule.help },
      help: { text: rule.help, markdown: `**${rule.summary}**

${rule.help}` },
      defaultConfiguration: { level: LEVEL[rule.severity] },
      properties: { tags: ["database", "schema", "sqlite"] }
    };
  });
}
function fingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const key = [f.rule, f.project ?? "", f.table ?? "", f.column ?? "", f.locations[0]?.path ?? ""].join(
      "\0"
    );
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${createHash("sha256").update(key).digest("hex").slice(0, 32)}:${n + 1}`;
  });
}
function message(f) {
  return f.fix ? `${f.message}
Fix:
${f.fix}` : f.message;
}
function formatSarif(report, options = {}) {
  const findings = sortFindings(report.findings);
  const prints = fingerprints(findings);
  const results = findings.map((f, i) => ({
    ruleId: f.rule,
    ruleIndex: RULE_IDS.indexOf(f.rule),
    level: LEVEL[f.severity],
    message: { text: message(f) },
    locations: f.locations.map((ref) => ({
      physicalLocation: {
        artifactLocation: {
          uri: ref.path.split("/").map(encodeURIComponent).join("/"),
          uriBaseId: "%SRCROOT%"
        },
        region: { startLine: Math.max(1, ref.line), ...ref.column ? { startColumn: ref.column } : {} }
      }
    })),
    partialFingerprints: { "driftcheckFinding/v1": prints[i] },
    properties: {
      ...f.project !== void 0 ? { project: f.project } : {},
      ...f.table !== void 0 ? { table: f.table } : {},
      ...f.column !== void 0 ? { column: f.column } : {},
      ...f.expected !== void 0 ? { expected: f.expected } : {},
      ...f.actual !== void 0 ? { actual: f.actual } : {}
    }
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "driftcheck",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            ...options.informationUri ? { informationUri: options.informationUri } : {},
            rules: rules()
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
        columnKind: "utf16CodeUnits",
        results,
        properties: { sqlite: report.engine.sqlite }
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

export {
  countsPhrase,
  plural,
  visibleControls,
  formatText,
  formatCompact,
  RESOLVED_LINE,
  hasMarker,
  formatMarkdown,
  formatResolvedMarkdown,
  formatSarif
};
