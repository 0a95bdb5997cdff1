import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './hashing.ts';

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
  });

  it('is stable under a JSON round trip (what a jsonb column gives back)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canonicalJson(JSON.parse(JSON.stringify(v)))).toBe(canonicalJson(v));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
