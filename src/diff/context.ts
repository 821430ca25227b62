import { ALL_CAPABILITIES, type Capabilities } from '../schema/types.js';
import type { DiffOptions, IgnorePredicate } from './types.js';

/** What both sides can express: an object kind is compared only when both can. */
export function sharedCapabilities(options: DiffOptions): Capabilities {
  const e = options.capabilities?.expected ?? ALL_CAPABILITIES;
  const a = options.capabilities?.actual ?? ALL_CAPABILITIES;
  return {
    views: e.views && a.views,
    triggers: e.triggers && a.triggers,
    checks: e.checks && a.checks,
    indexNames: e.indexNames && a.indexNames,
  };
}

export function ignoreOf(options: DiffOptions): IgnorePredicate {
  return options.ignore ?? (() => false);
}
