/**
 * A problem with how driftcheck was invoked or configured (exit code 2). The message is one line
 * that says what to do. Problems in the user's migrations or models are findings, not errors.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
