import type { FileSystem } from '../ports.js';
import type { MigrationFormat, MigrationSet } from './types.js';

export interface MigrationLoadOptions {
  /** Flyway `${name}` placeholders. */
  readonly placeholders: Readonly<Record<string, string>>;
  /** Entry function of hand-rolled Python migration modules (default `upgrade`). */
  readonly entry?: string;
}

/** One migration format: recognise a directory, and read it into ordered migrations. */
export interface MigrationLoader {
  readonly format: MigrationFormat;
  /**
   * How strongly `dir` looks like this format: 0 = not at all; higher wins in autodetection
   * (a format with a distinctive marker, such as Drizzle's meta/_journal.json, scores higher than
   * plain numbered `.sql` files).
   */
  detect(fs: FileSystem, dir: string): Promise<number>;
  load(fs: FileSystem, dir: string, options: MigrationLoadOptions): Promise<MigrationSet>;
}
