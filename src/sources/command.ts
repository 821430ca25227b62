import type { CommandOutcome } from '../command/scratch-db.js';
import type { Finding } from '../findings.js';
import type { Schema } from '../schema/types.js';
import { openDatabase } from '../sqlite/engine.js';
import { inspectSchema } from '../sqlite/inspect.js';

/** The schema a command-mode run left in its scratch database (none when the command failed). */
export async function schemaFromCommand(
  outcome: CommandOutcome,
): Promise<{ readonly schema?: Schema; readonly findings: readonly Finding[] }> {
  if (!outcome.bytes) return { findings: outcome.findings };
  const db = await openDatabase(outcome.bytes);
  try {
    return { schema: inspectSchema(db), findings: outcome.findings };
  } finally {
    db.close();
  }
}
