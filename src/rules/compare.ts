import { ignoreOf, sharedCapabilities } from '../diff/context.js';
import { diffSchemas } from '../diff/index.js';
import { nameKey } from '../diff/sql-text.js';
import type { Finding } from '../findings.js';
import type { Schema, SourceRef } from '../schema/types.js';
import { RULES } from './catalog.js';
import { rebuildSql } from './fix/rebuild.js';
import { ruleFor } from './registry.js';
import type { CompareOptions, Draft, RuleContext, Side } from './types.js';

export const DEFAULT_SIDES: { readonly expected: Side; readonly actual: Side } = {
  expected: { label: 'the model', kind: 'models' },
  actual: { label: 'the migrations', kind: 'migrations' },
};

const SHARED_REBUILD = '(one rebuild fixes all of this table’s differences)';

/**
 * Compares the checked schema (`actual`: migrations replayed, or A) with the reference
 * (`expected`: models, or B) and returns findings in diff order: tables, then per table its
 * columns, primary key, indexes, foreign keys and checks; then views and triggers.
 * When a table needs the 12-step rebuild, every finding on that table carries the same rebuild.
 */
export function compareSchemas(actual: Schema, expected: Schema, options: CompareOptions = {}): Finding[] {
  const context: RuleContext = {
    actual,
    expected,
    sides: { ...DEFAULT_SIDES, ...options.sides },
    capabilities: sharedCapabilities(options),
  };
  const ignore = ignoreOf(options);
  const drafts = diffSchemas(actual, expected, options).map((change) => {
    const rule = ruleFor(change);
    return { id: rule.id, draft: rule.report(change, context) };
  });

  // A table with any difference SQLite cannot make in place is rebuilt once, for all of them.
  const rebuilds = new Map<string, { sql: string; count: number }>();
  for (const { draft } of drafts) {
    if (draft.fix && 'rebuild' in draft.fix) {
      const key = nameKey(draft.fix.rebuild.expected.name);
      if (!rebuilds.has(key))
        rebuilds.set(key, {
          sql: rebuildSql({
            tables: draft.fix.rebuild,
            actualSchema: actual,
            capabilities: context.capabilities,
            ignored: (t, c) => ignore(t, c),
          }),
          count: 0,
        });
    }
  }
  for (const { draft } of drafts) {
    const rebuild = draft.pair && rebuilds.get(nameKey(draft.pair.expected.name));
    if (rebuild) rebuild.count++;
  }

  return drafts.map(({ id, draft }) => {
    const rebuild = draft.pair && rebuilds.get(nameKey(draft.pair.expected.name));
    const fix = rebuild ? rebuild.sql : draft.fix && 'sql' in draft.fix ? draft.fix.sql : undefined;
    return finding(id, draft, {
      fix,
      note: rebuild && rebuild.count > 1 ? ` ${SHARED_REBUILD}` : '',
      project: options.project,
    });
  });
}

function finding(
  rule: Finding['rule'],
  draft: Draft,
  extra: { fix: string | undefined; note: string; project: string | undefined },
): Finding {
  return {
    rule,
    severity: draft.severity ?? RULES[rule].severity,
    ...(extra.project !== undefined ? { project: extra.project } : {}),
    ...(draft.table !== undefined ? { table: draft.table } : {}),
    ...(draft.column !== undefined ? { column: draft.column } : {}),
    message: draft.message + extra.note,
    expected: draft.expected,
    actual: draft.actual,
    locations: uniqueLocations(draft.locations),
    ...(extra.fix !== undefined ? { fix: extra.fix } : {}),
  };
}

/** Defined locations, each once, in the order given (the model side first). */
function uniqueLocations(refs: readonly (SourceRef | undefined)[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const ref of refs) {
    if (!ref) continue;
    const key = `${ref.path}:${ref.line}:${ref.column ?? ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(ref);
    }
  }
  return out;
}
