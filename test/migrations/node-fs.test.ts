import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../src/node/fs.js';

describe('nodeFileSystem', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'driftcheck-fs-'));
    await mkdir(join(root, 'db', 'migrations'), { recursive: true });
    await writeFile(join(root, 'db', 'migrations', '002_b.sql'), 'SELECT 2;');
    await writeFile(join(root, 'db', 'migrations', '001_a.sql'), 'SELECT 1;');
    await mkdir(join(root, 'db', 'migrations', 'down'));
    await symlink(join(root, 'db', 'migrations', '001_a.sql'), join(root, 'db', 'migrations', 'link.sql'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads files and lists directories sorted by name with repository-relative paths', async () => {
    const fs = nodeFileSystem(root);
    expect(await fs.readText('db/migrations/001_a.sql')).toBe('SELECT 1;');
    expect(new TextDecoder().decode(await fs.readFile('db/migrations/002_b.sql'))).toBe('SELECT 2;');
    expect(await fs.readdir('db/migrations')).toEqual([
      { name: '001_a.sql', kind: 'file' },
      { name: '002_b.sql', kind: 'file' },
      { name: 'down', kind: 'dir' },
      { name: 'link.sql', kind: 'file' },
    ]);
    expect((await fs.readdir('')).map((e) => e.name)).toEqual(['db']);
  });

  it('stats files, directories and missing paths', async () => {
    const fs = nodeFileSystem(root);
    expect(await fs.stat('db')).toEqual({ kind: 'dir' });
    expect(await fs.stat('db/migrations/001_a.sql')).toEqual({ kind: 'file' });
    expect(await fs.stat('nope')).toBeUndefined();
  });

  it('refuses paths outside the root', async () => {
    const fs = nodeFileSystem(join(root, 'db'));
    await expect(fs.readText('../outside.txt')).rejects.toThrow(/outside the repository/);
    expect(await fs.stat('..')).toBeUndefined();
    expect(await fs.stat('migrations/../migrations')).toEqual({ kind: 'dir' });
    await expect(fs.readdir('missing')).rejects.toThrow();
    await expect(fs.readText('migrations/../../outside.txt')).rejects.toThrow(/outside the repository/);
    expect(await fs.readText('./migrations//001_a.sql')).toBe('SELECT 1;');
    // Below a file, or unreadable: nothing there, as for a missing path.
    expect(await fs.stat('migrations/001_a.sql/x')).toBeUndefined();
    await expect(fs.readFile('migrations/001_a.sql/x')).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('returns file bytes that are exactly the file, whatever buffer they live in', async () => {
    const fs = nodeFileSystem(root);
    const [a, b] = await Promise.all([
      fs.readFile('db/migrations/001_a.sql'),
      fs.readFile('db/migrations/002_b.sql'),
    ]);
    expect([...a]).toEqual([...new TextEncoder().encode('SELECT 1;')]);
    expect([...b]).toEqual([...new TextEncoder().encode('SELECT 2;')]);
    expect(new TextDecoder().decode(a.slice())).toBe('SELECT 1;');
  });
});
