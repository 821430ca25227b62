import type { FileSystem } from '../../../ports.js';

/** `NNN_name.sql` or `NNN_name.py`. */
const NAME = /^(\d+)[_-]?(.*)\.(sql|py)$/;

export interface Candidate {
  readonly path: string;
  readonly version: string;
  readonly name: string;
  readonly kind: 'sql' | 'py';
}

function join(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

/** The migration files of `dir`, in version order. */
export async function candidates(fs: FileSystem, dir: string): Promise<Candidate[]> {
  const out: Candidate[] = [];
  for (const entry of await fs.readdir(dir)) {
    const m = entry.kind === 'file' ? NAME.exec(entry.name) : null;
    if (!m) continue;
    out.push({ path: join(dir, entry.name), version: m[1]!, name: m[2]!, kind: m[3] as 'sql' | 'py' });
  }
  // Numeric order (2 before 10), then by file name.
  return out.sort(
    (a, b) => Number(a.version) - Number(b.version) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}
