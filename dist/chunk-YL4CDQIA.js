import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  installHook
} from "./chunk-FTV4RRZE.js";
import {
  relativeToRoot,
  rootArgument
} from "./chunk-T46XC5ZO.js";
import {
  loadModelSet
} from "./chunk-S4XYVXN4.js";
import "./chunk-7ZB6F644.js";
import {
  loadMigrationSet
} from "./chunk-ACDL3ORN.js";
import "./chunk-KRKVF7FQ.js";
import "./chunk-YVUUY2XB.js";
import "./chunk-W5767NB5.js";
import "./chunk-OAPERDND.js";
import "./chunk-ZFZZPEBV.js";
import {
  parseCommandArgs
} from "./chunk-T2GVFGAS.js";
import "./chunk-AHP2YFMZ.js";
import "./chunk-UIRH73ES.js";
import "./chunk-YUP77SCX.js";
import "./chunk-PIKBUZRJ.js";
import "./chunk-XPKFVV7V.js";
import {
  CONFIG_FILE,
  loadConfig,
  repositoryName,
  resolveProjects
} from "./chunk-MZBL4TKY.js";
import "./chunk-NCGKFI47.js";
import "./chunk-PCSL5SIG.js";
import "./chunk-W2UEVIN2.js";
import "./chunk-7GNWDYXP.js";
import "./chunk-DE3BHIPR.js";
import "./chunk-72U7UVYV.js";
import "./chunk-6NLCI4VA.js";
import "./chunk-RNDVHOK7.js";
import "./chunk-Z5DHFKIG.js";
import "./chunk-7CDKS73Z.js";
import "./chunk-FGG54ITE.js";
import "./chunk-DT3BPEHL.js";
import {
  nodePorts
} from "./chunk-2GFK53Y7.js";
import "./chunk-KE6SLBQ2.js";
import "./chunk-AZUCC5EY.js";
import "./chunk-V2TAY4TZ.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";
import "./chunk-7RUNULLM.js";

// src/hooks/self.ts
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
function selfCommand() {
  if (true)
    return [process.execPath, fileURLToPath(new URL("./cli.js", import.meta.url))];
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return [process.execPath, "--import", tsx, fileURLToPath(new URL("../cli/main.ts", import.meta.url))];
}

// src/hooks/watch.ts
var DEFAULT_WATCH = "(^|/)(migrations?|migrate|alembic|versions|drizzle|prisma|models|db|database|sql|schema)/|\\.(sql|prisma)$|(^|/)(driftcheck\\.json|_journal\\.json|models\\.py|schema\\.py|alembic\\.ini|flyway\\.conf|[^/]*\\.toml|drizzle\\.config\\.[cm]?[jt]s|[^/]*schema\\.ts|package\\.json)$";
function escapeRegex(text) {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}
function watchPattern(watched, prefix) {
  const under = (path) => [prefix, path].filter(Boolean).join("/");
  const alternatives = [
    ...new Set(
      watched.map(
        (w) => w.dir ? w.path === "" ? prefix ? `${escapeRegex(prefix)}/` : "" : `${escapeRegex(under(w.path))}/` : `${escapeRegex(under(w.path))}$`
      )
    )
  ];
  if (alternatives.includes("")) return ".";
  return `^(${alternatives.join("|")})`;
}
async function watchedPaths(ports, configPath) {
  try {
    const { config, path } = await loadConfig(ports.fs, configPath);
    const watched = [{ path: path ?? CONFIG_FILE, dir: false }];
    for (const project of resolveProjects(config, {}, repositoryName(ports.rootDir))) {
      if (project.migrations.format === "command" || project.models?.format === "command") return void 0;
      const migrations = await loadMigrationSet(ports.fs, project.root, project.migrations);
      const models = await loadModelSet(ports, project);
      if (!migrations || !models) return void 0;
      watched.push({ path: migrations.set.dir, dir: true });
      const modelsKind = await ports.fs.stat(models.set.path);
      watched.push({ path: models.set.path, dir: modelsKind?.kind === "dir" });
      if (models.set.format === "prisma") watched.push({ path: "package.json", dir: false });
      if (models.set.format === "drizzle")
        for (const name of [
          "drizzle.config.ts",
          "drizzle.config.js",
          "drizzle.config.mjs",
          "drizzle.config.cjs"
        ])
          watched.push({ path: [project.root, name].filter(Boolean).join("/"), dir: false });
    }
    return watched;
  } catch {
    return void 0;
  }
}

// src/cli/commands/install-hook.ts
var OPTIONS = {
  config: { type: "string" },
  force: { type: "boolean" },
  chain: { type: "boolean" }
};
async function run(args, io) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, "install-hook");
  const rootDir = rootArgument(positionals, io.cwd, "install-hook");
  if (values.force && values.chain) throw new UsageError("pass either --force or --chain, not both");
  const config = typeof values.config === "string" ? relativeToRoot(io.cwd, rootDir, values.config) : void 0;
  const ports = await nodePorts(rootDir);
  let watched;
  try {
    watched = await watchedPaths(ports, config);
  } finally {
    await ports.temp?.cleanup();
  }
  const result = await installHook({
    rootDir,
    watch: (prefix) => watched ? watchPattern(watched, prefix) : DEFAULT_WATCH,
    self: selfCommand(),
    ...config ? { config } : {},
    force: values.force === true,
    chain: values.chain === true
  });
  const before = result.previous === "chained" ? " (the hook that was there runs first, kept as pre-commit.local)" : result.previous === "replaced" ? " (replaced the hook that was there)" : result.previous === "ours" ? " (updated)" : "";
  io.stdout(`Installed the driftcheck pre-commit hook: ${result.path}${before}
`);
  io.stdout(
    watched ? `It checks the staged content when a commit touches: ${result.watch}
` : `It checks the staged content when a commit touches migrations, models or configuration in the usual places (nothing detected yet; re-run install-hook once there is).
`
  );
  return 0;
}
export {
  run
};
