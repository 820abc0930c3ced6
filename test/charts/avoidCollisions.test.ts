import { describe, expect, it } from 'vitest';
import { avoidCollisions } from '../../src/charts/avoidCollisions.ts';

describe('avoidCollisions', () => {
  it('leaves labels that are far enough apart where they are', () => {
    expect(avoidCollisions([10, 50, 90], 16, 0, 100)).toEqual([10, 50, 90]);
  });

  it('spreads labels that overlap, keeping their order and the input order of the result', () => {
    const out = avoidCollisions([52, 50, 51], 16, 0, 200);
    expect(out[1]).toBe(50);
    expect(out[2]).toBe(66);
    expect(out[0]).toBe(82);
  });

  it('stays within bounds by pushing up from the bottom', () => {
    const out = avoidCollisions([98, 99, 100], 16, 0, 100);
    expect(out).toEqual([68, 84, 100]);
  });
});
