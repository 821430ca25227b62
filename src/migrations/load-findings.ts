import type { Finding, RuleId, Severity } from '../findings.js';
import type { MigrationFormat } from './types.js';

/** Findings a loader reports about the files themselves (before anything is replayed). */

export function loadFinding(
  severity: Severity,
  message: string,
  path: string,
  options: { readonly line?: number; readonly rule?: RuleId; readonly fix?: string } = {},
): Finding {
  return {
    rule: options.rule ?? 'replay-error',
    severity,
    message,
    locations: [{ path, line: options.line ?? 1 }],
    ...(options.fix ? { fix: options.fix } : {}),
  };
}

/** A file that could not be read: reported where it is, never a crash. */
export function unreadableFinding(path: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return loadFinding('error', `${path} could not be read (${reason}); it was not replayed`, path);
}

/** A `.sql` file beside the migrations that the format's runner would not pick up. */
export function strayFileFinding(format: MigrationFormat, path: string, expected: string): Finding {
  return loadFinding(
    'notice',
    `${path} does not follow the ${format} naming pattern (${expected}), so ${format} does not run it and it was not replayed`,
    path,
  );
}

export interface VersionedFile {
  /** Equal keys mean the same version to the tool (`004` and `4` for integer versions). */
  readonly key: string;
  /** The version as written, for the message. */
  readonly version: string;
  readonly path: string;
}

/** One `migration-order` error per version that more than one migration claims (seed 004). */
export function duplicateVersionFindings(
  format: MigrationFormat,
  files: readonly VersionedFile[],
): Finding[] {
  const byKey = new Map<string, VersionedFile[]>();
  for (const file of files) {
    const group = byKey.get(file.key);
    if (group) group.push(file);
    else byKey.set(file.key, [file]);
  }
  const findings: Finding[] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const paths = group.map((file) => file.path);
    findings.push({
      rule: 'migration-order',
      severity: 'error',
      message:
        `version ${group[0]!.version} is used by ${group.length} ${format} migrations: ${paths.join(', ')}. ` +
        'A tracker that records versions marks all of them applied after the first runs, so the others never run; give each a unique version.',
      locations: paths.map((path) => ({ path, line: 1 })),
    });
  }
  return findings;
}
