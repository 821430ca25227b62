import { createHash } from 'node:crypto';
import type { CheckPorts } from '../check.js';
import type { ResolvedProject } from '../config/resolve.js';
import type { LoadedModels } from '../sources/models.js';
import { type RecordedRead, recordingFileSystem, sameAnswers } from './recording-fs.js';
import { sealJson, unsealJson } from './sealed.js';
import type { CacheStore } from './types.js';

interface ModelsEntry {
  readonly reads: readonly RecordedRead[];
  readonly loaded: LoadedModels | null;
}

export type ModelsLoader = (ports: CheckPorts, project: ResolvedProject) => Promise<LoadedModels | undefined>;

/**
 * Loads a project's models, reusing the previous result while every file, directory listing and
 * stat the loader asked for answers the same (parsing models costs more than reading them:
 * tree-sitter, the TypeScript compiler, SQL run through SQLite). Models built by a command are
 * never cached: the command may read anything.
 */
export async function loadModelsCached(
  ports: CheckPorts,
  project: ResolvedProject,
  deps: { readonly store: CacheStore; readonly identity: { readonly tool: string; readonly engine: string } },
  load: ModelsLoader,
): Promise<LoadedModels | undefined> {
  if (project.models?.format === 'command') return load(ports, project);
  const key = `models-${createHash('sha256')
    .update(JSON.stringify([deps.identity.tool, deps.identity.engine, project.root, project.models ?? null]))
    .digest('hex')
    .slice(0, 32)}`;
  const bytes = await deps.store.read(key).catch(() => undefined);
  const entry = bytes ? (unsealJson(bytes) as ModelsEntry | undefined) : undefined;
  if (entry && Array.isArray(entry.reads) && (await sameAnswers(ports.fs, entry.reads)))
    return entry.loaded ?? undefined;
  const recording = recordingFileSystem(ports.fs);
  const loaded = await load({ ...ports, fs: recording.fs }, project);
  const fresh: ModelsEntry = { reads: recording.reads(), loaded: loaded ?? null };
  await deps.store.write(key, sealJson(fresh)).catch(() => undefined);
  return loaded;
}
