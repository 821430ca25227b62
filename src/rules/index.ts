import { INDEX_KINDS, isUniqueChange, reportIndexChange } from './index-changes.js';
import { defineRule } from './types.js';

/**
 * A non-unique index is missing, extra, or different (matched by columns and WHERE, not by name);
 * a difference in name only is a notice, and only when both sides name their indexes.
 */
export const index = defineRule({
  id: 'index',
  kinds: INDEX_KINDS,
  docs: {
    antiPattern:
      'root_id = Column(String, index=True)  # the model indexes it; no migration creates the index',
    fix: 'CREATE INDEX IF NOT EXISTS ix_activity_instances_root_id ON activity_instances (root_id);',
  },
  applies: (change) => !isUniqueChange(change),
  report: reportIndexChange,
});
