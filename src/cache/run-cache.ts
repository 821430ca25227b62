import { createHash } from 'node:crypto';
import type { CheckOverrides, CheckPorts, CheckResult } from '../check.js';
import type { FailOn } from '../exit-code.js';
import type { Report } from '../report/types.js';
import { VERSION } from '../version.js';
import { engineFingerprint } from './engine-id.js';
import { type ContentId, type RecordedRead, recordingFileSystem, sameAnswers } from './recording-fs.js';
import { sealJson, unsealJson } from './sealed.js';
import type { CacheStore } from './types.js';

export type CheckRunner = (overrides: CheckOverrides, ports: CheckPorts) => Promise<CheckResult>;

export interface RunCacheOptions {
  readonly store: CacheStore;
  /**
   * Which view of the repository `ports.fs` shows. Working-tree and staged (`--staged`) runs keep
   * separate entries: their answers are recorded differently, and alternating runs must not
   * evict each other's entry.
   */
  readonly view: 'worktree' | 'staged';
  /** Names a file's content without reading it (the git index's blob ids); else files are hashed. */
  readonly contentId?: ContentId;
}

interface RunEntry {
  readonly reads: readonly RecordedRead[];
  readonly report: Omit<Report, 'timing'>;
  readonly failOn: FailOn;
}

/** Everything besides the files that decides a report: flags, repository, view, tool, engine. */
function runKey(overrides: CheckOverrides, ports: CheckPorts, view: RunCacheOptions['view']): string {
  const { cache: _, ...flags } = overrides;
  const digest = createHash('sha256')
    .update(
      JSON.stringify({
        run: 1,
        tool: VERSION,
        engine: engineFingerprint(),
        view,
        root: ports.rootDir,
        flags,
      }),
    )
    .digest('hex');
  return `run-${digest.slice(0, 40)}`;
}

function isEntry(value: unknown): value is RunEntry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<RunEntry>;
  return (
    Array.isArray(entry.reads) &&
    typeof entry.failOn === 'string' &&
    typeof entry.report === 'object' &&
    entry.report !== null &&
    Array.isArray(entry.report.findings)
  );
}

/** `target` with every method calling `used()` first: to notice I/O outside the FileSystem. */
function watched<T extends object>(target: T | undefined, used: () => void): T | undefined {
  if (!target) return undefined;
  return new Proxy(target, {
    get(object, name, receiver) {
      const value: unknown = Reflect.get(object, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        used();
        return value.apply(object, args);
      };
    },
  });
}

/**
 * A whole check, reused while every file, directory listing and stat it read answers the same.
 * The first run records each answer `ports.fs` gives (configuration, migrations, models,
 * databases) and stores the report under a key of the flags, the repository, the view, the tool
 * and the engine; the next run asks the same questions and, when every answer matches, returns
 * that report (with fresh timing) without loading, replaying or comparing anything.
 *
 * A run is stored only when its report follows from those answers alone: not when it ran a
 * command, used git (`--base`) or temporary files, not when caching is off (`--no-cache`,
 * `cache: false`), not when a replay ran out of its time budget. Unreadable or corrupt entries
 * are ignored and replaced.
 */
export async function runCheckCached(
  overrides: CheckOverrides,
  ports: CheckPorts,
  options: RunCacheOptions,
  run: CheckRunner,
): Promise<CheckResult> {
  if (overrides.cache === false) return run(overrides, ports);
  const started = ports.clock.now();
  const { store } = options;
  const key = runKey(overrides, ports, options.view);
  const bytes = await store.read(key).catch(() => undefined);
  const entry = bytes ? unsealJson(bytes) : undefined;
  if (isEntry(entry) && (await sameAnswers(ports.fs, entry.reads, options.contentId))) {
    return {
      report: { ...entry.report, timing: { totalMs: Math.round(ports.clock.now() - started) } },
      failOn: entry.failOn,
      reusable: true,
    };
  }

  const recording = recordingFileSystem(ports.fs, options.contentId);
  let outside = false;
  const used = () => {
    outside = true;
  };
  const result = await run(overrides, {
    ...ports,
    fs: recording.fs,
    process: watched(ports.process, used),
    temp: watched(ports.temp, used),
    git: watched(ports.git, used),
  });
  if (result.reusable && !outside) {
    const { timing: _, ...report } = result.report;
    const fresh: RunEntry = { reads: recording.reads(), report, failOn: result.failOn };
    // A cache that cannot be written (read-only checkout, full disk) only costs speed.
    await store.write(key, sealJson(fresh)).catch(() => undefined);
  }
  return result;
}
