import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  gitOutput
} from "./chunk-V2TAY4TZ.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";

// src/hooks/install.ts
import { chmod, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

// src/hooks/script.ts
var HOOK_MARKER = "# driftcheck-hook: 1";
var CHAINED_HOOK = "pre-commit.local";
function shellQuote(word) {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
function hookScript(options) {
  const root = options.root === "" ? "." : options.root;
  const config = options.config ? ` --config ${shellQuote(options.config)}` : "";
  const args = `check --staged --format compact${config} ${shellQuote(root)}`;
  const lines = [
    "#!/bin/sh",
    "# Checks the staged migrations, models and configuration for SQLite schema drift.",
    "# Installed by `driftcheck install-hook`; remove it with `driftcheck uninstall-hook`.",
    HOOK_MARKER,
    ""
  ];
  if (options.chained)
    lines.push(
      `# The hook that was here before runs first (moved to ${CHAINED_HOOK} by \`install-hook --chain\`).`,
      `hooks_dir=$(dirname "$0")`,
      `if [ -x "$hooks_dir/${CHAINED_HOOK}" ]; then "$hooks_dir/${CHAINED_HOOK}" "$@" || exit $?; fi`,
      ""
    );
  lines.push(
    "# Only staged paths that can change the result start a check. The pattern was computed from",
    "# driftcheck.json and autodetection at install time: re-run install-hook after moving things.",
    `git diff --cached --name-only --no-renames -z | tr '\\000' '\\n' | grep -Eq ${shellQuote(options.watch)} || exit 0`,
    "",
    "# Hooks run at the top level of the work tree. In a linked worktree git exports GIT_DIR alone,",
    "# which would make a project directory below the top level look like the top level to git.",
    'if [ -n "$GIT_DIR" ] && [ -z "$GIT_WORK_TREE" ]; then GIT_WORK_TREE=$(pwd); export GIT_WORK_TREE; fi',
    "",
    "# The project's own driftcheck wins when installed.",
    `for candidate in ${[.../* @__PURE__ */ new Set([`${root}/node_modules/.bin/driftcheck`, "./node_modules/.bin/driftcheck"])].map(shellQuote).join(" ")}; do`,
    `  if [ -x "$candidate" ]; then exec "$candidate" ${args}; fi`,
    "done",
    `if [ -f ${shellQuote(options.self.at(-1) ?? "")} ]; then exec ${options.self.map(shellQuote).join(" ")} ${args}; fi`,
    `echo "driftcheck hook: driftcheck is not installed here any more (${options.self.at(-1) ?? ""}); reinstall it and run 'driftcheck install-hook', or 'driftcheck uninstall-hook'." >&2`,
    "exit 1",
    ""
  );
  return lines.join("\n");
}
function isDriftcheckHook(text) {
  return text.includes(HOOK_MARKER);
}

// src/hooks/install.ts
async function gitHookPaths(dir) {
  const output = await gitOutput(dir, ["rev-parse", "--git-path", "hooks", "--show-toplevel"]).catch(
    (error) => {
      throw new UsageError(
        `not inside a git work tree (${error.message.split("\n")[0]}): run it in your repository`
      );
    }
  );
  const [hooks, topLevel] = output.toString("utf8").trimEnd().split("\n");
  if (!hooks || !topLevel) throw new UsageError(`not inside a git work tree: run it in your repository`);
  return { hooksDir: resolve(dir, hooks), topLevel };
}
async function readIfPresent(path) {
  return readFile(path, "utf8").catch((error) => {
    if (error.code === "ENOENT") return void 0;
    throw error;
  });
}
async function installHook(options) {
  const { hooksDir, topLevel } = await gitHookPaths(options.rootDir);
  const path = join(hooksDir, "pre-commit");
  const root = relative(topLevel, options.rootDir);
  if (root.startsWith("..") || isAbsolute(root))
    throw new UsageError(`${options.rootDir} is outside the git work tree ${topLevel}`);
  const existing = await readIfPresent(path);
  let previous = "none";
  const alreadyChained = await readIfPresent(join(hooksDir, CHAINED_HOOK)) !== void 0;
  if (existing !== void 0 && isDriftcheckHook(existing)) previous = "ours";
  else if (existing !== void 0) {
    if (options.chain) {
      if (alreadyChained)
        throw new UsageError(
          `${join(hooksDir, CHAINED_HOOK)} already exists: merge it with ${path} by hand, then run install-hook --chain again`
        );
      await rename(path, join(hooksDir, CHAINED_HOOK));
      previous = "chained";
    } else if (options.force) previous = "replaced";
    else
      throw new UsageError(
        `${path} exists and is not driftcheck's: pass --chain to run it before driftcheck, or --force to replace it`
      );
  }
  const chained = previous === "chained" || previous === "ours" && alreadyChained && existing.includes(CHAINED_HOOK);
  await mkdir(hooksDir, { recursive: true });
  const prefix = root.split(sep).join("/");
  const watch = options.watch(prefix);
  const script = hookScript({
    watch,
    root: prefix,
    ...options.config ? { config: [prefix, options.config].filter(Boolean).join("/") } : {},
    self: options.self,
    chained
  });
  await writeFile(path, script);
  await chmod(path, 493);
  return { path, previous, watch };
}
async function uninstallHook(rootDir) {
  const { hooksDir } = await gitHookPaths(rootDir);
  const path = join(hooksDir, "pre-commit");
  const existing = await readIfPresent(path);
  if (existing === void 0) return { path, status: "absent" };
  if (!isDriftcheckHook(existing)) return { path, status: "foreign" };
  const chained = join(hooksDir, CHAINED_HOOK);
  if (existing.includes(CHAINED_HOOK) && await readIfPresent(chained) !== void 0) {
    await rename(chained, path);
    return { path, status: "restored" };
  }
  await rm(path);
  return { path, status: "removed" };
}

export {
  installHook,
  uninstallHook
};
