import type { ResolvedProject } from '../config/resolve.js';
import type { Finding } from '../findings.js';
import type { MigrationSet } from '../migrations/types.js';
import type { FileSystem } from '../ports.js';
import type { ProjectReport } from '../report/types.js';
import { applyRuleSettings, ignoreMatcher } from '../rules/apply.js';
import type { Schema } from '../schema/types.js';
import { checkDatabase } from './check-database.js';
import { historyOf } from './prefix-states.js';

/**
 * Every `--database` of a project. Each database's findings are their own section: their
 * `project` is `<project>:<database path>`, so reporters group them apart from the models'.
 */
export async function checkDatabases(
  fs: FileSystem,
  project: ResolvedProject,
  migrations: { readonly set?: MigrationSet; readonly head?: Schema },
): Promise<{
  readonly databases: NonNullable<ProjectReport['databases']>;
  readonly findings: readonly Finding[];
}> {
  const ignore = ignoreMatcher(project.ignore);
  const history = migrations.set ? historyOf(migrations.set, project.functions) : undefined;
  const databases: NonNullable<ProjectReport['databases']>[number][] = [];
  const findings: Finding[] = [];
  for (const path of project.databases) {
    const outcome = await checkDatabase(fs, path, {
      set: migrations.set,
      history,
      head: migrations.head,
      ignore,
    });
    databases.push(outcome.report);
    findings.push(
      ...applyRuleSettings(outcome.findings, {
        rules: project.rules,
        ignore,
        project: databaseSection(project.name, path),
      }),
    );
  }
  return { databases, findings };
}

/** The report section of a database's findings. */
export function databaseSection(project: string, path: string): string {
  return `${project}:${path}`;
}
