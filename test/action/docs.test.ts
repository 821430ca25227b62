import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const actionYml = readFileSync(join(root, 'action.yml'), 'utf8');
const docs = readFileSync(join(root, 'docs/action.md'), 'utf8');

interface Entry {
  readonly name: string;
  readonly default?: string;
}

/** The entries of a top-level mapping in action.yml (`inputs:` or `outputs:`), with their defaults. */
function section(name: string): Entry[] {
  const lines = actionYml.split('\n');
  const start = lines.indexOf(`${name}:`);
  expect(start).toBeGreaterThanOrEqual(0);
  const entries: { name: string; default?: string }[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const key = line.match(/^ {2}([\w-]+):\s*$/);
    if (key) entries.push({ name: key[1]! });
    const value = line.match(/^ {4}default:\s*(.*)$/);
    if (value && entries.length > 0) entries.at(-1)!.default = value[1]!.trim();
  }
  return entries;
}

/** Rows of the Markdown table under `## <heading>` in docs/action.md: first cell and, for inputs, the second. */
function table(heading: string): Entry[] {
  const start = docs.indexOf(`## ${heading}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = docs.slice(start).split('\n').slice(1);
  const rows = rest
    .slice(rest.findIndex((l) => l.startsWith('|')))
    .filter((_, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('|')));
  return rows.slice(2).map((row) => {
    const cells = row.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, '').trim());
    const unquote = (c: string) => c.replace(/^`|`$/g, '');
    return {
      name: unquote(cells[0]!),
      default: cells.length > 2 && cells[1] ? unquote(cells[1]) : undefined,
    };
  });
}

describe('docs/action.md stays in sync with action.yml', () => {
  it('documents every input, in order, with the same default', () => {
    expect(table('Inputs')).toEqual(section('inputs'));
  });

  it('documents every output, in order', () => {
    expect(table('Outputs').map((e) => e.name)).toEqual(section('outputs').map((e) => e.name));
  });

  it('reads exactly the inputs action.yml declares', () => {
    const source = readFileSync(join(root, 'src/action/inputs.ts'), 'utf8');
    const read = [...source.matchAll(/\b(?:input|oneOf|relativePath|list)\(env, '([\w-]+)'/g)].map(
      (m) => m[1],
    );
    expect(read.sort()).toEqual(
      section('inputs')
        .map((e) => e.name)
        .sort(),
    );
  });

  it('runs the committed bundle on node24', () => {
    expect(actionYml).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/action\.js$/m);
  });

  it('shows a workflow with the minimal permissions', () => {
    expect(docs).toMatch(/^permissions:\n {2}contents: read *(#.*)?\n {2}pull-requests: write *(#.*)?\n\n/m);
  });
});
