import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexFileSystem } from '../../src/git/index-fs.js';
import { nodeGitIndex, parseLsFilesStage } from '../../src/git/node-git.js';
import { git, makeRepo, removeRepo, writeFiles } from '../helpers/git-repo.js';

const repos: string[] = [];
afterEach(() => {
  for (const dir of repos.splice(0)) removeRepo(dir);
});

async function withIndex<T>(
  dir: string,
  use: (fs: Awaited<ReturnType<typeof indexFileSystem>>) => Promise<T>,
) {
  const index = nodeGitIndex(dir);
  try {
    return await use(await indexFileSystem(index));
  } finally {
    index.close();
  }
}

describe('parseLsFilesStage', () => {
  it('keeps stage-0 entries and paths with spaces, tabs and newlines', () => {
    const oid = 'a'.repeat(40);
    const out = `100644 ${oid} 0\tmig rations/001.sql\u0000100644 ${oid} 1\tconflict.sql\u0000100755 ${oid} 0\ta\tb\nc\u0000`;
    expect(parseLsFilesStage(out)).toEqual([
      { mode: '100644', oid, path: 'mig rations/001.sql' },
      { mode: '100755', oid, path: 'a\tb\nc' },
    ]);
  });
});

describe('indexFileSystem', () => {
  it('shows the staged content: not unstaged edits, not untracked files', async () => {
    const dir = makeRepo({
      'db/migrations/001_init.sql': 'CREATE TABLE a (id INTEGER);\n',
      'schema.sql': 'x',
    });
    repos.push(dir);
    writeFiles(dir, { 'db/migrations/002_more.sql': 'CREATE TABLE b (id INTEGER);\n' });
    git(dir, 'add', 'db/migrations/002_more.sql');
    writeFiles(dir, {
      'db/migrations/002_more.sql': 'CREATE TABLE b (id INTEGER, edited TEXT);\n',
      'db/migrations/003_untracked.sql': 'CREATE TABLE c (id INTEGER);\n',
    });
    await withIndex(dir, async (fs) => {
      expect(await fs.readdir('db/migrations')).toEqual([
        { name: '001_init.sql', kind: 'file' },
        { name: '002_more.sql', kind: 'file' },
      ]);
      expect(await fs.readText('db/migrations/002_more.sql')).toBe('CREATE TABLE b (id INTEGER);\n');
      expect(await fs.stat('db/migrations/003_untracked.sql')).toBeUndefined();
      expect(await fs.stat('db')).toEqual({ kind: 'dir' });
      expect(await fs.readdir('')).toEqual([
        { name: 'db', kind: 'dir' },
        { name: 'schema.sql', kind: 'file' },
      ]);
      await expect(fs.readText('db/migrations/003_untracked.sql')).rejects.toThrow(/not in the git index/);
      await expect(fs.readdir('nope')).rejects.toThrow();
      expect(await fs.stat('../outside')).toBeUndefined();
    });
  });

  it('lists a subdirectory with paths relative to it, and follows staged symbolic links', async () => {
    const dir = makeRepo({ 'app/shared/001.sql': 'CREATE TABLE a (id INTEGER);\n', 'app/models.sql': 'y' });
    repos.push(dir);
    symlinkSync('shared', join(dir, 'app/migrations'));
    git(dir, 'add', 'app/migrations');
    await withIndex(join(dir, 'app'), async (fs) => {
      expect(await fs.stat('migrations')).toEqual({ kind: 'dir' });
      expect(await fs.readdir('migrations')).toEqual([{ name: '001.sql', kind: 'file' }]);
      expect(await fs.readText('migrations/001.sql')).toBe('CREATE TABLE a (id INTEGER);\n');
      expect((await fs.readdir('')).map((e) => `${e.name}:${e.kind}`)).toEqual([
        'migrations:dir',
        'models.sql:file',
        'shared:dir',
      ]);
    });
  });

  it('reads many blobs through one cat-file process, in any order, including binary ones', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++)
      files[`m/${String(i).padStart(3, '0')}.sql`] = `-- ${i}\n${'x'.repeat(i * 997)}\n`;
    const dir = makeRepo(files);
    repos.push(dir);
    writeFileSync(join(dir, 'blob.db'), Buffer.from([0, 10, 255, 10, 0]));
    git(dir, 'add', 'blob.db');
    await withIndex(dir, async (fs) => {
      const paths = Object.keys(files).reverse();
      const texts = await Promise.all(paths.map((p) => fs.readText(p)));
      expect(texts).toEqual(paths.map((p) => files[p]));
      expect([...(await fs.readFile('blob.db'))]).toEqual([0, 10, 255, 10, 0]);
    });
  });
});
