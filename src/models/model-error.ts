import type { Finding } from '../findings.js';
import type { SourceRef } from '../schema/types.js';

/** A `model-error` finding: something in a model file that could not be understood, at its place. */
export function modelError(message: string, location: SourceRef, table?: string): Finding {
  return {
    rule: 'model-error',
    severity: 'error',
    ...(table === undefined ? {} : { table }),
    message,
    locations: [location],
  };
}
