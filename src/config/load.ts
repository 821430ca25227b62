import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { sealJson, unsealJson } from '../cache/sealed.js';
import type { CacheStore } from '../cache/types.js';
import { UsageError } from '../errors.js';
import type { FileSystem } from '../ports.js';
import { VERSION } from '../version.js';
import type { Config } from './schema.js';

export const CONFIG_FILE = 'driftcheck.json';

export interface LoadedConfig {
  readonly config: Config;
  /** Repository-relative path of the file it came from; undefined when there is none. */
  readonly path?: string;
}

/**
 * Reads and validates the configuration: `explicitPath` when given (it must exist), otherwise
 * `driftcheck.json` at the root when present, otherwise an empty configuration (autodetect).
 * With `memo`, a configuration validated before (same text, same driftcheck) is reused: the
 * validator (zod) is the largest module a cached run would otherwise load.
 */
export async function loadConfig(
  fs: FileSystem,
  explicitPath?: string,
  memo?: CacheStore,
): Promise<LoadedConfig> {
  const path = explicitPath ?? CONFIG_FILE;
  const found = await fs.stat(path);
  if (!found) {
    if (explicitPath) throw new UsageError(`config file not found: ${explicitPath}`);
    return { config: {} };
  }
  if (found.kind !== 'file') throw new UsageError(`config path is a directory, not a file: ${path}`);
  const text = await fs.readText(path);
  if (!memo) return { config: await parseConfig(text, path), path };
  const key = `config-${createHash('sha256')
    .update(JSON.stringify([VERSION, path, text]))
    .digest('hex')
    .slice(0, 40)}`;
  const remembered = await memo.read(key).catch(() => undefined);
  const known = remembered ? unsealJson(remembered) : undefined;
  if (known && typeof known === 'object' && !Array.isArray(known)) return { config: known as Config, path };
  const config = await parseConfig(text, path);
  // `cache: false` asks for nothing to be written.
  if (config.cache !== false) await memo.write(key, sealJson(config)).catch(() => undefined);
  return { config, path };
}

/** Parses and validates configuration text; throws a one-line UsageError naming the key at fault. */
export async function parseConfig(text: string, path: string): Promise<Config> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const { Config } = await import('./schema.js');
  const result = Config.safeParse(data);
  if (result.success) return result.data;
  throw new UsageError(`${path}: ${describeIssue(result.error.issues[0]!)}`);
}

type Issue = z.core.$ZodIssue;

function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(top level)';
}

/** One sentence for one validation problem: the key, and what it accepts. */
export function describeIssue(issue: Issue, prefix: readonly PropertyKey[] = []): string {
  const path = [...prefix, ...issue.path];
  const key = `\`${keyPath(path)}\``;
  switch (issue.code) {
    case 'invalid_union': {
      // Report the alternative that got furthest (an object with a bad field, rather than "expected string").
      const branches = issue.errors.filter((b) => b.length > 0);
      const deepest = branches.sort((a, b) => depth(b) - depth(a))[0];
      const inner = deepest?.[0];
      if (inner && inner.path.length > 0) return describeIssue(inner, path);
      const expected = branches.flatMap((b) =>
        b[0]?.code === 'invalid_type' ? [article(b[0].expected)] : [],
      );
      return `${key} must be ${expected.length > 0 ? expected.join(' or ') : 'valid'}`;
    }
    case 'invalid_value':
      return `${key} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys
        .map((k) => `\`${keyPath([...path, k])}\``)
        .join(', ')} (see the JSON Schema in schema/driftcheck.schema.json)`;
    case 'invalid_type':
      return `${key} must be ${article(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `${key} must not be empty`
        : `${key} must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`;
    case 'invalid_key':
      return `${key} has an invalid key: ${issue.issues[0]?.message ?? issue.message}`;
    default:
      return `${key} ${issue.message.replace(/^Invalid input: /, '')}`;
  }
}

function depth(branch: readonly Issue[]): number {
  return Math.max(...branch.map((i) => i.path.length + (i.code === 'invalid_type' ? 0 : 0.5)));
}

function article(type: string): string {
  if (type === 'array') return 'an array';
  if (type === 'object') return 'an object';
  if (type === 'int') return 'a whole number';
  return `a ${type}`;
}
