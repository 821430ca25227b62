/** The pre-commit hook driftcheck installs: a POSIX shell script, generated from data. */

/** Marks a hook file as ours: uninstall and reinstall touch only files carrying it. */
export const HOOK_MARKER = '# driftcheck-hook: 1';
/** Where `--chain` moves a hook that was already installed; ours runs it first. */
export const CHAINED_HOOK = 'pre-commit.local';

export interface HookScriptOptions {
  /** ERE matched against each staged path (repository-relative); no match → the hook exits at once. */
  readonly watch: string;
  /** The project directory relative to the repository's top level (`''` for the top level). */
  readonly root: string;
  /** The driftcheck that installed the hook: node and script, absolute. */
  readonly self: readonly string[];
  /** A configuration file other than ROOT/driftcheck.json, relative to the top level. */
  readonly config?: string;
  /** Run `pre-commit.local` (the hook that was there before) first. */
  readonly chained: boolean;
}

/** Quotes a word for sh: `'…'`, with `'` as `'\''`. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export function hookScript(options: HookScriptOptions): string {
  const root = options.root === '' ? '.' : options.root;
  const config = options.config ? ` --config ${shellQuote(options.config)}` : '';
  const args = `check --staged --format compact${config} ${shellQuote(root)}`;
  const lines = [
    '#!/bin/sh',
    '# Checks the staged migrations, models and configuration for SQLite schema drift.',
    '# Installed by `driftcheck install-hook`; remove it with `driftcheck uninstall-hook`.',
    HOOK_MARKER,
    '',
  ];
  if (options.chained)
    lines.push(
      `# The hook that was here before runs first (moved to ${CHAINED_HOOK} by \`install-hook --chain\`).`,
      `hooks_dir=$(dirname "$0")`,
      `if [ -x "$hooks_dir/${CHAINED_HOOK}" ]; then "$hooks_dir/${CHAINED_HOOK}" "$@" || exit $?; fi`,
      '',
    );
  lines.push(
    '# Only staged paths that can change the result start a check. The pattern was computed from',
    '# driftcheck.json and autodetection at install time: re-run install-hook after moving things.',
    `git diff --cached --name-only --no-renames -z | tr '\\000' '\\n' | grep -Eq ${shellQuote(options.watch)} || exit 0`,
    '',
    '# Hooks run at the top level of the work tree. In a linked worktree git exports GIT_DIR alone,',
    '# which would make a project directory below the top level look like the top level to git.',
    'if [ -n "$GIT_DIR" ] && [ -z "$GIT_WORK_TREE" ]; then GIT_WORK_TREE=$(pwd); export GIT_WORK_TREE; fi',
    '',
    "# The project's own driftcheck wins when installed.",
    `for candidate in ${[...new Set([`${root}/node_modules/.bin/driftcheck`, './node_modules/.bin/driftcheck'])].map(shellQuote).join(' ')}; do`,
    `  if [ -x "$candidate" ]; then exec "$candidate" ${args}; fi`,
    'done',
    `if [ -f ${shellQuote(options.self.at(-1) ?? '')} ]; then exec ${options.self.map(shellQuote).join(' ')} ${args}; fi`,
    `echo "driftcheck hook: driftcheck is not installed here any more (${options.self.at(-1) ?? ''}); reinstall it and run 'driftcheck install-hook', or 'driftcheck uninstall-hook'." >&2`,
    'exit 1',
    '',
  );
  return lines.join('\n');
}

export function isDriftcheckHook(text: string): boolean {
  return text.includes(HOOK_MARKER);
}
