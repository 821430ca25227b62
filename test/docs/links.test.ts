import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const documents = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((name) => `docs/${name}`)].filter(
  (p) => p.endsWith('.md'),
);

/** Relative Markdown link targets (no URLs, no in-page anchors), without their #fragment. */
function relativeLinks(markdown: string): string[] {
  const targets: string[] = [];
  for (const match of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1]!;
    if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
    targets.push(target.split('#')[0]!);
  }
  return targets;
}

describe('documentation links', () => {
  it.each(documents)('%s links only to files that exist', (document) => {
    const text = readFileSync(join(ROOT, document), 'utf8');
    const broken = relativeLinks(text).filter((target) => !existsSync(join(ROOT, dirname(document), target)));
    expect(broken).toEqual([]);
  });
});
