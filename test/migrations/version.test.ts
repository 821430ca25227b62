import { describe, expect, it } from 'vitest';
import {
  canonicalInteger,
  compareDotted,
  compareNumeric,
  compareVersions,
  dottedKey,
  parseDotted,
} from '../../src/migrations/version.js';

describe('integer versions', () => {
  it('orders numerically, not as text', () => {
    const versions = ['10', '2', '001', '20240101120000', '9'];
    expect([...versions].sort(compareNumeric)).toEqual(['001', '2', '9', '10', '20240101120000']);
  });

  it('treats zero padding as the same version', () => {
    expect(compareNumeric('004', '4')).toBe(0);
    expect(canonicalInteger('0004')).toBe('4');
    expect(canonicalInteger('000')).toBe('0');
  });

  it('compares versions longer than a double can hold exactly', () => {
    expect(compareNumeric('90071992547409931', '90071992547409930')).toBeGreaterThan(0);
  });
});

describe('dotted versions (Flyway)', () => {
  it('compares part by part: 1 < 1.1 < 2 < 10', () => {
    expect(['10', '2', '1.1', '1'].sort(compareDotted)).toEqual(['1', '1.1', '2', '10']);
    expect(compareDotted('1.10', '1.9')).toBeGreaterThan(0);
  });

  it('accepts _ as a separator and drops trailing zero parts', () => {
    expect(parseDotted('1_1')).toEqual(['1', '1']);
    expect(dottedKey('1.0.0')).toBe('1');
    expect(compareDotted('1', '1_0')).toBe(0);
  });

  it('rejects what is not a version', () => {
    expect(parseDotted('1.a')).toBeUndefined();
    expect(compareVersions('abc', '1')).toBeGreaterThan(0);
  });
});
