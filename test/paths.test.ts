import { describe, expect, it } from 'vitest';
import {
  baseName,
  compareText,
  dirName,
  joinPath,
  normalizeJoin,
  normalizeJoinInside,
} from '../src/paths.js';

describe('repository paths', () => {
  it('joins parts as they are, skipping empty ones', () => {
    expect(joinPath('', 'db', 'migrations')).toBe('db/migrations');
    expect(joinPath('db', '')).toBe('db');
    expect(joinPath('a', '../b')).toBe('a/../b');
  });

  it('normalizes ., .. and duplicate slashes, dropping a .. above the root', () => {
    expect(normalizeJoin('apps/web/', './src//db', '../schema.ts')).toBe('apps/web/src/schema.ts');
    expect(normalizeJoin('', '.')).toBe('');
    expect(normalizeJoin('a', '../../b')).toBe('b');
  });

  it('tells when a normalized path leaves the repository', () => {
    expect(normalizeJoinInside('apps/web', '../api/db')).toBe('apps/api/db');
    expect(normalizeJoinInside('apps', '../../x')).toBeUndefined();
    expect(normalizeJoinInside('..')).toBeUndefined();
  });

  it('splits off the last segment', () => {
    expect(baseName('db/migrations/001_init.sql')).toBe('001_init.sql');
    expect(dirName('db/migrations/001_init.sql')).toBe('db/migrations');
    expect(baseName('x.sql')).toBe('x.sql');
    expect(dirName('x.sql')).toBe('');
  });

  it('orders names by code unit, as Go and Rust tools do', () => {
    expect(['b', 'B', 'a', '_'].sort(compareText)).toEqual(['B', '_', 'a', 'b']);
  });
});
