import { type CommandDeps, type CommandOutcome, runScratchDbCommand } from '../command/scratch-db.js';

/**
 * `migrations: { "command": "python -m migrations.manager migrate --db {db}" }`: runs the project's
 * own runner against a fresh scratch SQLite file ({db}; also $DRIFTCHECK_DB and
 * $DATABASE_URL=sqlite:///…) and returns the migrated database's bytes to inspect. A time-out or a
 * non-zero exit is a `replay-error` carrying the tail of the command's output.
 */
export function runMigrationsCommand(command: string, deps: CommandDeps): Promise<CommandOutcome> {
  return runScratchDbCommand(command, deps, 'replay-error', 'migrations');
}
