import { z } from 'zod';
import { RULE_IDS } from '../findings.js';
import { MIGRATION_FORMATS } from '../migrations/types.js';
import { MODEL_FORMATS } from '../models/types.js';

/**
 * The `driftcheck.json` schema. It is the single source of truth: validation here, and the
 * JSON Schema shipped in schema/driftcheck.schema.json (for editors, via `$schema`) is generated
 * from it by `npm run build`.
 */

const PLACEHOLDERS_HELP =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: Flyway's placeholder syntax, not a template.
  'Flyway placeholder values: each `${name}` in a migration is replaced by its value.';

const relativePath = z.string().min(1, 'must be a non-empty path');

export const MigrationsConfig = z.union([
  relativePath.describe('Directory (or file) holding the migrations, relative to the project root.'),
  z
    .object({
      path: relativePath.optional().describe('Directory holding the migrations.'),
      format: z
        .enum(['auto', ...MIGRATION_FORMATS])
        .optional()
        .describe('Migration format; `auto` (the default) detects it.'),
      command: z
        .string()
        .min(1)
        .optional()
        .describe(
          'Run your own migration runner against a scratch SQLite file instead of replaying statically. `{db}` is replaced by its path. Runs repository code.',
        ),
      entry: z
        .string()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a Python function name')
        .optional()
        .describe('Entry function of hand-rolled Python migration modules (default `upgrade`).'),
      placeholders: z.record(z.string(), z.string()).optional().describe(PLACEHOLDERS_HELP),
    })
    .strict(),
]);

export const ModelsConfig = z.union([
  relativePath.describe('File or directory with the model definitions, relative to the project root.'),
  z
    .object({
      path: relativePath.optional().describe('File or directory with the model definitions.'),
      format: z
        .enum(['auto', ...MODEL_FORMATS])
        .optional()
        .describe('Model format; `auto` (the default) detects it.'),
      command: z
        .string()
        .min(1)
        .optional()
        .describe(
          'A command that writes the expected schema into a scratch SQLite file (`{db}`), e.g. SQLAlchemy create_all. Runs repository code.',
        ),
    })
    .strict(),
]);

const Severity = z.enum(['error', 'warning', 'notice', 'off']);

const projectFields = {
  name: z.string().min(1).optional().describe('Project name used in reports (default: its directory).'),
  root: relativePath.optional().describe('Project directory relative to the repository root (monorepos).'),
  migrations: MigrationsConfig.optional(),
  models: ModelsConfig.optional(),
  database: z
    .union([relativePath, z.array(relativePath)])
    .optional()
    .describe(
      'SQLite database file(s) to compare with the migrations (dev, prod, qa…); only read, never written. Its migration tracker table says which migrations it has: their schema must match (tracker-mismatch).',
    ),
  placeholders: z.record(z.string(), z.string()).optional().describe(PLACEHOLDERS_HELP),
  functions: z
    .array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an SQL function name'))
    .optional()
    .describe('Application-registered SQL functions, so replay does not fail on them.'),
  ignore: z
    .array(z.string().min(1))
    .optional()
    .describe('Tables or `table.column` to leave out of the comparison; `*` matches any run of characters.'),
  rules: z
    .partialRecord(z.enum(RULE_IDS), Severity)
    .optional()
    .describe('Severity overrides by rule id; `off` disables a rule.'),
  timeoutMs: z
    .number()
    .int()
    .positive()
    .optional()
    .describe(
      'Time budget per migration during replay and during the history analysis (seeded replay, down round trips), in milliseconds (default 30000).',
    ),
  keepGoing: z.boolean().optional().describe('Continue replay past failing statements and report each.'),
};

export const ProjectConfig = z.object(projectFields).strict();

export const Config = z
  .object({
    $schema: z.string().optional(),
    ...projectFields,
    projects: z
      .array(ProjectConfig)
      .min(1)
      .optional()
      .describe('Several projects in one repository; top-level settings are their defaults.'),
    failOn: z
      .enum(['error', 'warning', 'notice', 'never'])
      .optional()
      .describe('Lowest severity that makes `check` exit 1 (default `error`).'),
    cache: z
      .boolean()
      .optional()
      .describe(
        '`false` turns the cache off (like `--no-cache`): nothing is stored, and no replay snapshot, parsed models or earlier report is reused.',
      ),
  })
  .strict();

export type MigrationsConfig = z.infer<typeof MigrationsConfig>;
export type ModelsConfig = z.infer<typeof ModelsConfig>;
export type ProjectConfig = z.infer<typeof ProjectConfig>;
export type Config = z.infer<typeof Config>;

/** The JSON Schema for editors and `$schema`. */
export function configJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(Config, { target: 'draft-7', io: 'input' }),
    title: 'driftcheck configuration',
  };
}

/** schema/driftcheck.schema.json as `npm run build` writes it (a test fails when the file is stale). */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
