import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { readOptionalSource, someFileText } from '../../src/migrations/read.js';
import type { FileSystem } from '../../src/ports.js';
import { memoryFs } from '../support/fs.js';

describe('readOptionalSource', () => {
  it('reads a companion file, or gives undefined with a finding when it cannot', async () => {
    const base = memoryFs({ 'db/1.down.sql': 'DROP TABLE t;' });
    const fs: FileSystem = {
      ...base,
      readText: async (path) =>
        path === 'db/2.down.sql' ? Promise.reject(new Error('EACCES')) : base.readText(path),
    };
    const findings: Finding[] = [];
    expect(await readOptionalSource(fs, 'db/1.down.sql', findings)).toBe('DROP TABLE t;');
    expect(await readOptionalSource(fs, undefined, findings)).toBeUndefined();
    expect(findings).toEqual([]);
    expect(await readOptionalSource(fs, 'db/2.down.sql', findings)).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]?.locations[0]?.path).toBe('db/2.down.sql');
  });
});

describe('someFileText', () => {
  it('looks at the first 25 files only', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`m/${String(i).padStart(2, '0')}.sql`] = i === 27 ? '-- marker' : '';
    const fs = memoryFs(files);
    const entries = await fs.readdir('m');
    const hasMarker = (text: string) => text.includes('marker');
    expect(await someFileText(fs, 'm', entries, hasMarker)).toBe(false);
    expect(await someFileText(fs, 'm', entries.slice(5), hasMarker)).toBe(true);
  });
});
