import type { Finding } from '../findings.js';
import type { FileSystem, ProcessRunner, TempFiles } from '../ports.js';
import type { Capabilities, Schema } from '../schema/types.js';

export const MODEL_FORMATS = ['sql', 'sqlite', 'sqlalchemy', 'prisma', 'drizzle', 'command'] as const;
export type ModelFormat = (typeof MODEL_FORMATS)[number];

/** The expected schema a model source describes. */
export interface ModelSet {
  readonly format: ModelFormat;
  /** Repository-relative path the models were read from (file or directory). */
  readonly path: string;
  /** The ORM's configuration file that named `path` (drizzle.config.ts), when one did. */
  readonly config?: string;
  readonly schema: Schema;
  readonly capabilities: Capabilities;
  /** `model-error` findings: what could not be understood, at its line. The rest still loads. */
  readonly findings: readonly Finding[];
}

export interface ModelLoadContext {
  readonly fs: FileSystem;
  /** Absolute path of the repository root on disk (for command mode). */
  readonly rootDir: string;
  readonly process?: ProcessRunner;
  readonly temp?: TempFiles;
  readonly timeoutMs: number;
}

export interface ModelLoader {
  readonly format: ModelFormat;
  /** Whether `path` (file or directory, repository-relative) looks like this source. */
  detect(fs: FileSystem, path: string): Promise<boolean>;
  load(path: string, context: ModelLoadContext): Promise<ModelSet>;
}
