import { type CommandDeps, type CommandOutcome, runScratchDbCommand } from '../command/scratch-db.js';
import type { ModelLoadContext } from './types.js';

/**
 * `models: { "command": "…create_all… {db}" }`: any command that writes the expected schema into a
 * scratch SQLite file ({db}, $DRIFTCHECK_DB, $DATABASE_URL). Returns the file's bytes to inspect; a
 * time-out or non-zero exit is a `model-error` carrying the tail of the command's output.
 */
export function runModelsCommand(command: string, deps: CommandDeps): Promise<CommandOutcome> {
  return runScratchDbCommand(command, deps, 'model-error', 'models');
}

/** The command-mode dependencies a model loader context provides. */
export function commandDepsOf(context: ModelLoadContext): CommandDeps {
  return {
    rootDir: context.rootDir,
    timeoutMs: context.timeoutMs,
    ...(context.process ? { process: context.process } : {}),
    ...(context.temp ? { temp: context.temp } : {}),
  };
}
