/**
 * The reference tables in docs/ come from the code: the rules table from src/rules/catalog.ts, the
 * configuration keys from the zod schema (via its JSON Schema), and the formats table is checked
 * against what each loader actually does with the acceptance fixtures. UPDATE_GOLDEN=1 rewrites
 * the generated sections (between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, configJsonSchemaText } from '../../src/config/schema.js';
import { RULE_IDS } from '../../src/findings.js';
import { MIGRATION_FORMATS } from '../../src/migrations/types.js';
import { RULES } from '../../src/rules/catalog.js';
import { loadMigrationSet } from '../../src/sources/migrations.js';
import { directoryFs } from '../support/fs.js';

const REPO = join(import.meta.dirname, '../..');
const update = process.env.UPDATE_GOLDEN === '1';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** Replaces (or checks) the generated section `name` of a docs file. */
function expectSection(file: string, name: string, content: string): void {
  const path = join(REPO, file);
  const text = readFileSync(path, 'utf8');
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  expect(from, `${file} has no ${start}`).toBeGreaterThanOrEqual(0);
  expect(to, `${file} has no ${end}`).toBeGreaterThan(from);
  const current = text.slice(from + start.length, to);
  const wanted = `\n${content}\n`;
  if (update && current !== wanted)
    writeFileSync(path, text.slice(0, from + start.length) + wanted + text.slice(to));
  else expect(current, `${file}: run UPDATE_GOLDEN=1 npx vitest run test/docs`).toBe(wanted);
}

describe('docs/rules.md', () => {
  it('lists every rule of the catalogue with its default severity and summary', () => {
    const rows = RULE_IDS.map((id) => {
      const rule = RULES[id];
      return `| \`${id}\` | ${rule.severity} | ${cell(rule.summary)} |`;
    });
    expectSection(
      'docs/rules.md',
      'rules',
      ['| rule | default | reports |', '|---|---|---|', ...rows].join('\n'),
    );
  });

  it('explains every rule in its own section, from the catalogue', () => {
    const sections = RULE_IDS.map((id) => `### \`${id}\`\n\n${RULES[id].help}`);
    expectSection('docs/rules.md', 'rule-help', sections.join('\n\n'));
  });
});

interface JsonSchema {
  readonly type?: string | string[];
  readonly description?: string;
  readonly enum?: readonly string[];
  readonly anyOf?: readonly JsonSchema[];
  readonly items?: JsonSchema;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly propertyNames?: JsonSchema;
  readonly additionalProperties?: JsonSchema | boolean;
}

/** A short, human type: `string`, `"a" \| "b"`, `string[]`, `object`, `string or object`. */
function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => `\`${v}\``).join(', ');
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ');
  if (schema.type === 'array') return `${schema.items ? typeOf(schema.items) : 'any'}[]`;
  if (schema.type === 'object' && schema.propertyNames?.enum)
    return 'object (rule id → `error`, `warning`, `notice`, `off`)';
  if (schema.type === 'object' && !schema.properties) return 'object (name → string)';
  return Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
}

function describeOf(schema: JsonSchema): string {
  return schema.description ?? schema.anyOf?.find((s) => s.description)?.description ?? '';
}

function keyRows(properties: Readonly<Record<string, JsonSchema>>, prefix = ''): string[] {
  return Object.entries(properties)
    .filter(([key]) => key !== '$schema')
    .map(
      ([key, schema]) => `| \`${prefix}${key}\` | ${cell(typeOf(schema))} | ${cell(describeOf(schema))} |`,
    );
}

describe('docs/configuration.md', () => {
  it('documents every driftcheck.json key, from the zod schema', () => {
    const schema = configJsonSchema() as JsonSchema;
    const properties = schema.properties ?? {};
    const objectForm = (key: string) =>
      properties[key]?.anyOf?.find((s) => s.type === 'object')?.properties ?? {};
    const rows = [
      '| key | type | meaning |',
      '|---|---|---|',
      ...keyRows(properties),
      ...keyRows(objectForm('migrations'), 'migrations.'),
      ...keyRows(objectForm('models'), 'models.'),
    ];
    expectSection('docs/configuration.md', 'keys', rows.join('\n'));
  });

  it('schema/driftcheck.schema.json is what `npm run build` generates from the zod schema', () => {
    const shipped = readFileSync(join(REPO, 'schema/driftcheck.schema.json'), 'utf8');
    expect(shipped, 'schema/driftcheck.schema.json is stale: run `npm run build`').toBe(
      configJsonSchemaText(),
    );
  });
});

describe('docs/formats.md', () => {
  const doc = readFileSync(join(REPO, 'docs/formats.md'), 'utf8');
  const rows = new Map(
    doc
      .split('\n')
      .filter((line) => /^\| `[\w-]+` \|/.test(line))
      .map((line) => {
        const cells = line.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, '').trim());
        return [cells[0]!.replace(/`/g, ''), cells] as const;
      }),
  );

  it('has a row for every migration format', () => {
    expect([...rows.keys()].sort()).toEqual([...MIGRATION_FORMATS].sort());
  });

  // The runner behaviour the table states is what replay does with each acceptance fixture.
  it.each(['plain', 'flyway', 'golang-migrate', 'goose', 'dbmate', 'sqlx', 'prisma', 'drizzle', 'diesel'])(
    '%s: transaction and foreign keys as documented',
    async (format) => {
      const root = join(REPO, 'test/fixtures/check', format);
      const loaded = await loadMigrationSet(directoryFs(root), '', { format: 'auto', placeholders: {} });
      const set = loaded!.set;
      const [, , transaction, foreignKeys] = rows.get(format)!;
      const modes = new Set(set.migrations.map((m) => m.transaction));
      const actual = set.outerTransaction
        ? 'one for the whole run'
        : modes.has('migration')
          ? 'one per migration'
          : 'none';
      expect(transaction?.split(/[;(]/)[0]?.trim()).toBe(actual);
      expect(foreignKeys?.split(/[;(]/)[0]?.trim()).toBe(set.foreignKeys ? 'on' : 'off');
    },
  );
});
