import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prismaDdl } from '../../src/models/prisma/ddl.js';
import { locatePrismaSchema } from '../../src/models/prisma/locate.js';
import { parsePrismaFiles } from '../../src/models/prisma/parse.js';
import { splitStatements } from '../../src/sqlite/split.js';
import { directoryFs } from '../support/fs.js';

// expected.sql in each case is what Prisma's own schema engine writes for the schema from an
// empty database (`prisma migrate diff --from-empty --to-schema … --script`); see
// scripts/orm-golden.mjs.
const FIXTURES = join(import.meta.dirname, '../fixtures/prisma');
const cases = readdirSync(FIXTURES).filter((name) => !name.startsWith('.'));

async function generate(dir: string) {
  const fs = directoryFs(dir);
  const location = await locatePrismaSchema(fs, '');
  if (!location) throw new Error(`no schema in ${dir}`);
  const files = await Promise.all(
    location.files.map(async (path) => ({ path, text: await fs.readText(path) })),
  );
  const parsed = parsePrismaFiles(files);
  return { parsed, ddl: prismaDdl(parsed.document) };
}

describe('Prisma DDL matches Prisma Migrate', () => {
  it.each(cases)('%s', async (name) => {
    const dir = join(FIXTURES, name);
    const { parsed, ddl } = await generate(dir);
    expect(parsed.findings).toEqual([]);
    expect(ddl.findings).toEqual([]);
    const expected = splitStatements(readFileSync(join(dir, 'expected.sql'), 'utf8'), 'expected.sql');
    expect(ddl.statements.map((s) => s.sql)).toEqual(expected.map((s) => s.sql));
  });
});
