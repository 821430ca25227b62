import type { Finding } from '../findings.js';
import type { Statement } from '../migrations/types.js';
import type { Schema } from '../schema/types.js';
import type { LocationHints, schemaFromStatements } from '../sqlite/build-schema.js';
import { modelError } from './model-error.js';

/** How generated DDL becomes a Schema (`schemaFromStatements`; tests may pass their own). */
export type BuildSchema = typeof schemaFromStatements;

/**
 * Builds the Schema of DDL an ORM model source generated. A statement SQLite rejects is the
 * model's fault (an odd default, an `Unsupported("…")` type), so it is a `model-error` at the
 * model line that produced it.
 */
export async function buildGenerated(
  statements: readonly Statement[],
  hints: LocationHints,
  build: BuildSchema,
): Promise<{ readonly schema: Schema; readonly findings: readonly Finding[] }> {
  const built = await build(statements, { hints });
  const findings = built.errors.map((e) =>
    modelError(`SQLite rejects the DDL generated for this model: ${e.message}`, e.statement.location),
  );
  return { schema: built.schema, findings };
}
