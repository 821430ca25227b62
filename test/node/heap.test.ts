import { describe, expect, it } from 'vitest';
import { favourMemoryOverSpeed } from '../../src/node/heap.js';

describe('favourMemoryOverSpeed', () => {
  it('turns the lean heap mode on once, and the thread goes on allocating and collecting', () => {
    expect(favourMemoryOverSpeed()).toBe(true);
    expect(favourMemoryOverSpeed()).toBe(false);
    const rows = Array.from({ length: 50_000 }, (_, i) => ({ i, text: `row ${i}` }));
    expect(rows.filter((r) => r.i % 2 === 0)).toHaveLength(25_000);
  });
});
