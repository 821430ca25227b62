import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDrizzleConfig } from '../../src/models/drizzle/config.js';
import { drizzleDdl } from '../../src/models/drizzle/ddl.js';
import { expandSchemaPath } from '../../src/models/drizzle/glob.js';
import { readDrizzleTables } from '../../src/models/drizzle/read.js';
import { loadTypeScript } from '../../src/models/drizzle/typescript.js';
import { directoryFs } from '../support/fs.js';

// expected.sql in each case is what `drizzle-kit generate` (0.31.11, drizzle-orm 0.45.4) writes for
// the schema from an empty database; see scripts/orm-golden.mjs.
const FIXTURES = join(import.meta.dirname, '../fixtures/drizzle');
const cases = readdirSync(FIXTURES).filter((name) => !name.startsWith('.'));

describe('Drizzle DDL matches drizzle-kit generate', () => {
  it.each(cases)('%s', async (name) => {
    const dir = join(FIXTURES, name);
    const fs = directoryFs(dir);
    const config = parseDrizzleConfig(
      await loadTypeScript(),
      'drizzle.config.ts',
      await fs.readText('drizzle.config.ts'),
    );
    expect(config.problems).toEqual([]);
    const files = (await Promise.all(config.schema.map((p) => expandSchemaPath(fs, '', p)))).flat();
    const { tables, findings } = await readDrizzleTables(fs, files, config.casing);
    expect(findings).toEqual([]);
    const expected = readFileSync(join(dir, 'expected.sql'), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim());
    expect(drizzleDdl(tables).statements.map((s) => s.sql)).toEqual(expected);
  });
});
