import { INDEX_KINDS, isUniqueChange, reportIndexChange } from './index-changes.js';
import { defineRule } from './types.js';

/**
 * Uniqueness differs. A UNIQUE column or table constraint and a unique index on the same columns
 * (and WHERE) are the same thing, so either side may use either.
 */
export const unique = defineRule({
  id: 'unique',
  kinds: INDEX_KINDS,
  docs: {
    antiPattern: 'email = Column(String, unique=True)  # the migrations create a plain, non-unique index',
    fix: 'CREATE UNIQUE INDEX IF NOT EXISTS users_email_key ON users (email);  -- after removing duplicates',
  },
  applies: isUniqueChange,
  report: reportIndexChange,
});
