import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/report/types.js';

export const FIXTURES = join(import.meta.dirname, '../fixtures/report');

export const CASES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export function loadReport(name: string): Report {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'report.json'), 'utf8')) as Report;
}

export const REPO = {
  serverUrl: 'https://github.com',
  repository: 'acme/goals',
  sha: '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b',
} as const;
