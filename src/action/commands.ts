import type { CheckOverrides } from '../check.js';
import { loadConfig } from '../config/load.js';
import { resolveProjects } from '../config/resolve.js';
import { UsageError } from '../errors.js';
import type { FileSystem } from '../ports.js';

/**
 * The `command` sources the check would run (`migrations.command`, `models.command`), read from
 * the configuration as the check resolves it (inputs override the config; an input path means no
 * command). Reading the configuration runs nothing.
 */
export async function configuredCommands(
  fs: FileSystem,
  overrides: CheckOverrides,
  repoName: string,
): Promise<string[]> {
  const { config } = await loadConfig(fs, overrides.config);
  const projects = resolveProjects(config, overrides, repoName);
  const named = (key: string, project: string) => (projects.length > 1 ? `${key} (${project})` : key);
  return projects.flatMap((p) => [
    ...(p.migrations.command === undefined ? [] : [named('migrations.command', p.name)]),
    ...(p.models?.command === undefined ? [] : [named('models.command', p.name)]),
  ]);
}

/**
 * Command mode runs code from the repository; in a `pull_request_target` workflow that is a fork's
 * code next to a write token. The action runs it only when the workflow opts in.
 */
export async function refuseUnallowedCommands(
  fs: FileSystem,
  overrides: CheckOverrides,
  repoName: string,
): Promise<void> {
  const commands = await configuredCommands(fs, overrides, repoName);
  if (commands.length === 0) return;
  throw new UsageError(
    `The configuration sets ${commands.join(', ')}, which runs code from the repository; nothing was run. ` +
      "To run it, set the input 'allow-commands: true' — but not in a pull_request_target workflow that checks out a fork's code, where that code would run with a write token and secrets.",
  );
}
