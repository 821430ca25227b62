import type { Finding, Severity } from '../findings.js';

export interface ProjectReport {
  readonly name: string;
  /** Repository-relative directory of the project (`.` for the root). */
  readonly root: string;
  readonly migrations?: {
    readonly format: string;
    readonly path: string;
    readonly count: number;
    readonly replayed: number;
  };
  readonly models?: { readonly format: string; readonly path: string; readonly tables: number };
  /**
   * Databases compared with the migrations (`--database`); their findings have
   * `project: "<project>:<path>"`. `tracker`: the migration tracker table found in it, if any.
   */
  readonly databases?: readonly {
    readonly path: string;
    readonly tables: number;
    readonly tracker?: string;
  }[];
  /** What autodetection chose, in words, for text output ("migrations: db/migrations (golang-migrate)"). */
  readonly detected?: readonly string[];
}

/** The JSON report (`--format json`): a stable contract, version 1. */
export interface Report {
  readonly version: 1;
  readonly tool: { readonly name: 'driftcheck'; readonly version: string };
  readonly engine: { readonly sqlite: string };
  readonly projects: readonly ProjectReport[];
  readonly findings: readonly Finding[];
  readonly summary: Readonly<Record<Severity, number>>;
  readonly timing: { readonly totalMs: number };
}
