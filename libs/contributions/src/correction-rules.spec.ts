import { InvalidInputError } from '@convene/common';
import {
  assertValidClaimCorrection,
  claimCorrectionOf,
  mergeClaimCorrection,
  normaliseObjectives,
  sameObjectives,
  type StoredClaimCorrection,
} from './correction-rules';

const by = { correctedBy: 'm1', correctedAt: '2026-11-25T10:00:00.000Z' };

describe('assertValidClaimCorrection', () => {
  it('takes a span inside the body that corrects something', () => {
    expect(() =>
      assertValidClaimCorrection({ start: 0, end: 10, kind: 'practice' }, 10),
    ).not.toThrow();
    expect(() =>
      assertValidClaimCorrection({ start: 3, end: 4, objective: null }, 10),
    ).not.toThrow();
  });

  it.each([
    ['start after end', { start: 5, end: 4, kind: 'position' as const }],
    ['an empty span', { start: 5, end: 5, kind: 'position' as const }],
    ['a negative start', { start: -1, end: 4, kind: 'position' as const }],
    ['an end past the body', { start: 0, end: 11, kind: 'position' as const }],
    ['nothing to correct', { start: 0, end: 4 }],
  ])('refuses %s', (_, correction) => {
    expect(() => assertValidClaimCorrection(correction, 10)).toThrow(InvalidInputError);
  });
});

describe('claimCorrectionOf', () => {
  it('keeps null (no objective) apart from absent (the analysis’s objective stands)', () => {
    expect(claimCorrectionOf({ start: 1, end: 2, objective: null, kind: undefined })).toEqual({
      start: 1,
      end: 2,
      objective: null,
    });
    expect(
      claimCorrectionOf({ start: 1, end: 2, objective: undefined, kind: 'challenge', ...by }),
    ).toEqual({ start: 1, end: 2, kind: 'challenge' });
  });
});

describe('mergeClaimCorrection', () => {
  const a: StoredClaimCorrection = { start: 10, end: 20, objective: 5, ...by };
  const b: StoredClaimCorrection = { start: 0, end: 9, kind: 'recommendation', ...by };

  it('adds a new span and keeps the list ordered by span', () => {
    const first = mergeClaimCorrection([], a);
    expect(first).toEqual({ claims: [a], previous: undefined, changed: true });
    const second = mergeClaimCorrection(first.claims, b);
    expect(second.claims).toEqual([b, a]);
    const overlapping = { start: 10, end: 15, kind: 'practice' as const, ...by };
    expect(mergeClaimCorrection(second.claims, overlapping).claims).toEqual([b, overlapping, a]);
  });

  it('replaces a correction of the same span whole, and says what it replaced', () => {
    const again = {
      start: 10,
      end: 20,
      kind: 'challenge' as const,
      correctedBy: 'm2',
      correctedAt: by.correctedAt,
    };
    const merged = mergeClaimCorrection([b, a], again);
    expect(merged).toEqual({ claims: [b, again], previous: a, changed: true });
    expect(merged.claims[1]).not.toHaveProperty('objective');
  });

  it('reports a repeat of what stands as no change', () => {
    const repeat = { ...a, correctedBy: 'm2', correctedAt: '2026-11-26T10:00:00.000Z' };
    expect(mergeClaimCorrection([b, a], repeat)).toEqual({
      claims: [b, a],
      previous: a,
      changed: false,
    });
    expect(mergeClaimCorrection([a], { ...a, objective: null }).changed).toBe(true);
  });
});

describe('objective corrections', () => {
  it('compare as sets', () => {
    expect(normaliseObjectives([6, 2, 6])).toEqual([2, 6]);
    expect(sameObjectives(normaliseObjectives([6, 2]), normaliseObjectives([2, 6]))).toBe(true);
    expect(sameObjectives([2], [2, 6])).toBe(false);
    expect(sameObjectives([], [])).toBe(true);
  });
});
