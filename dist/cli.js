#!/usr/bin/env node
import { createRequire as __dcCreateRequire } from 'node:module'; import { fileURLToPath as __dcFileURLToPath } from 'node:url'; import { dirname as __dcDirname } from 'node:path'; const require = __dcCreateRequire(import.meta.url); const __filename = __dcFileURLToPath(import.meta.url); const __dirname = __dcDirname(__filename);
import {
  VERSION
} from "./chunk-DE3BHIPR.js";
import {
  UsageError
} from "./chunk-7GPCWZWS.js";
import "./chunk-7RUNULLM.js";

// src/cli/help.ts
var MAIN_HELP = `driftcheck ${VERSION} \u2014 catch SQLite schema drift before it reaches a database

Usage: driftcheck <command> [options]

Commands:
  check [ROOT]           replay every migration from zero and compare with the models (default command)
  diff A B               compare two schemas: A against B as the reference
  inspect SOURCE         print the normalized schema of a migrations directory, .sql file, database or models
  init [ROOT]            write a driftcheck.json for what autodetection finds
  lock [ROOT]            write driftcheck.sum: check then reports edits to locked migrations
  install-hook [ROOT]    install a git pre-commit hook that checks the staged content
  uninstall-hook [ROOT]  remove that hook (only driftcheck's own)

Options:
  -h, --help        show help (also: driftcheck <command> --help)
  -v, --version     print the version

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage or configuration error.
Docs: README.md in the package.
`;
var CHECK_HELP = `Usage: driftcheck check [ROOT] [options]

Replays every migration of ROOT (default: the current directory) on an empty in-memory SQLite
database, compares the result with the models, and reports drift. Paths in findings are relative
to ROOT. Settings come from ROOT/driftcheck.json; options override it.

Options:
  --config FILE               configuration file (default: ROOT/driftcheck.json when present)
  --project NAME              check only this project of a multi-project configuration
  --migrations PATH           migrations directory
  --migrations-format FORMAT  auto (default), plain, flyway, golang-migrate, goose, dbmate, sqlx,
                              prisma, drizzle, diesel, alembic, python
  --models PATH               models: a .sql snapshot, a SQLite database, schema.prisma, a Drizzle
                              schema, SQLAlchemy models (file or package)
  --models-format FORMAT      auto (default), sql, sqlite, sqlalchemy, prisma, drizzle
  --database FILE             also compare a SQLite database with the migrations (repeatable);
                              the file is only read, never written: its tracker table says which
                              migrations it has (tracker-mismatch when its schema disagrees)
  --base REF                  compare the migrations with those on REF (a branch, tag or commit):
                              migration-edited for changed or deleted ones, migration-order for a
                              new one numbered below the newest on REF; fetched when not present
  --keep-going                skip failing statements and report every later failure too
  --format FORMAT             text (default), json, markdown, sarif, compact
  --fail-on LEVEL             error (default), warning, notice, never
  --no-color                  no colour even on a terminal (NO_COLOR is honoured too)
  --staged                    check what the next commit would record: migrations, models and
                              driftcheck.json as staged in the git index (unstaged edits and
                              untracked files are ignored)
  --no-cache                  replay from zero; do not read or write the replay cache
                              (node_modules/.cache/driftcheck, $XDG_CACHE_HOME/driftcheck)
  -h, --help                  show this help

Formats: compact prints one \`path:line rule message\` line per finding (used by the git hook).
`;
var DIFF_HELP = `Usage: driftcheck diff A B [options]

Compares schema A against schema B as the reference: \`column-missing\` means in B, not in A.
A and B are each any source: a migrations directory (replayed), a .sql schema, a SQLite database
file (read only), or models. Example: driftcheck diff prod.db dev.db

Options:
  --format FORMAT   text (default), json, markdown, sarif
  --fail-on LEVEL   error (default), warning, notice, never
  --no-color        no colour even on a terminal
  -h, --help        show this help
`;
var INSPECT_HELP = `Usage: driftcheck inspect SOURCE [options]

Prints the normalized schema of SOURCE: a migrations directory (replayed from zero), a .sql
schema, a SQLite database file (read only), or models.

Options:
  --format FORMAT   sql (default) or json
  -h, --help        show this help
`;
var INIT_HELP = `Usage: driftcheck init [ROOT] [options]

Detects the migrations and models of ROOT (default: the current directory) and writes
ROOT/driftcheck.json describing them, so later runs need no flags.

Options:
  --force       overwrite an existing driftcheck.json
  -h, --help    show this help
`;
var LOCK_HELP = `Usage: driftcheck lock [ROOT] [options]

Writes ROOT/driftcheck.sum: one line per migration (version, path, sha256). When the file is
present, \`check\` reports a locked migration that changed or was removed (migration-edited); new
migrations are fine. For teams without pull requests to compare with (see check --base). Run it
again after adding migrations, and commit the file.

Options:
  --config FILE               configuration file (default: ROOT/driftcheck.json when present)
  --project NAME              lock only this project of a multi-project configuration
  --migrations PATH           migrations directory
  --migrations-format FORMAT  as for check
  -h, --help                  show this help
`;
var INSTALL_HOOK_HELP = `Usage: driftcheck install-hook [ROOT] [options]

Writes the git pre-commit hook (where git looks for it: core.hooksPath, shared by worktrees) that
runs \`driftcheck check --staged\` on ROOT (default: the current directory) when a commit touches
its migrations, models or driftcheck.json. The hook runs the project's node_modules/.bin/driftcheck
when there is one, else this driftcheck. Re-run it after moving migrations or models.

Options:
  --config FILE   configuration file (default: ROOT/driftcheck.json when present)
  --chain         keep an existing hook (as pre-commit.local) and run it before driftcheck
  --force         replace an existing hook that is not driftcheck's
  -h, --help      show this help
`;
var UNINSTALL_HOOK_HELP = `Usage: driftcheck uninstall-hook [ROOT]

Removes the pre-commit hook written by install-hook, and puts back the hook it chained to, if any.
A hook that is not driftcheck's is left alone.

Options:
  -h, --help   show this help
`;

// src/cli/run.ts
var COMMANDS = {
  check: { help: CHECK_HELP, load: () => import("./chunk-5T3MVBA4.js") },
  diff: { help: DIFF_HELP, load: () => import("./chunk-ZWQG3QZD.js") },
  inspect: { help: INSPECT_HELP, load: () => import("./chunk-26HELQ2R.js") },
  init: { help: INIT_HELP, load: () => import("./chunk-QO7SFQVC.js") },
  lock: { help: LOCK_HELP, load: () => import("./chunk-EBYYW6AU.js") },
  "install-hook": { help: INSTALL_HOOK_HELP, load: () => import("./chunk-YL4CDQIA.js") },
  "uninstall-hook": { help: UNINSTALL_HOOK_HELP, load: () => import("./chunk-IRIHK4OX.js") }
};
async function run(argv, io) {
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-v") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? rest[0] : void 0;
    io.stdout(topic && COMMANDS[topic] ? COMMANDS[topic].help : MAIN_HELP);
    return 0;
  }
  const name = first !== void 0 && COMMANDS[first] ? first : "check";
  const args = name === first ? rest : argv;
  const command = COMMANDS[name];
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(command.help);
    return 0;
  }
  if (first !== void 0 && name === "check" && first !== "check" && !first.startsWith("-") && /^[a-z-]+$/.test(first) && !await looksLikePath(first, io)) {
    io.stderr(`driftcheck: unknown command "${first}". Run 'driftcheck --help' for the commands.
`);
    return 2;
  }
  try {
    const module = await command.load();
    return await module.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`driftcheck: ${error.message}
`);
      return 2;
    }
    const message = error instanceof Error ? error.stack ?? error.message : String(error);
    io.stderr(`driftcheck: internal error \u2014 please report it with the command you ran.
${message}
`);
    return 2;
  }
}
async function looksLikePath(arg, io) {
  const { existsSync } = await import("node:fs");
  const { resolve } = await import("node:path");
  return existsSync(resolve(io.cwd, arg));
}

// src/cli/main.ts
run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true
}).then((code) => {
  process.exitCode = code;
});
