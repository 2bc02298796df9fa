import { InvalidInputError } from '@convene/common';
import type { ClaimCorrection } from '@convene/synthesis';

/** A claim correction as stored: what was corrected, by whom and when. */
export interface StoredClaimCorrection extends ClaimCorrection {
  correctedBy: string;
  correctedAt: string;
}

/**
 * A claim is found again by its span, so the span must lie inside the body (offsets in UTF-16
 * code units, as the analysis gives them), and a correction must correct something.
 */
export function assertValidClaimCorrection(correction: ClaimCorrection, bodyLength: number): void {
  const { start, end } = correction;
  if (start < 0 || start >= end) {
    throw new InvalidInputError('start must be at least 0 and less than end');
  }
  if (end > bodyLength) {
    throw new InvalidInputError(`end must not exceed the body's length (${bodyLength})`);
  }
  if (correction.objective === undefined && correction.kind === undefined) {
    throw new InvalidInputError('a claim correction needs an objective (or null), a kind or both');
  }
}

/** The correction of a claim as the engine reads it: only the fields that were set. */
export function claimCorrectionOf(c: ClaimCorrection): ClaimCorrection {
  return {
    start: c.start,
    end: c.end,
    ...(c.objective !== undefined && { objective: c.objective }),
    ...(c.kind !== undefined && { kind: c.kind }),
  };
}

function sameClaimCorrection(a: ClaimCorrection, b: ClaimCorrection): boolean {
  return a.start === b.start && a.end === b.end && a.objective === b.objective && a.kind === b.kind;
}

/**
 * Puts a correction into a contribution's list: it replaces one of the same span (whole, not
 * field by field), and the list stays ordered by span. `changed` is false when it repeats
 * what is there already.
 */
export function mergeClaimCorrection(
  list: readonly StoredClaimCorrection[],
  correction: StoredClaimCorrection,
): {
  claims: StoredClaimCorrection[];
  previous: StoredClaimCorrection | undefined;
  changed: boolean;
} {
  const previous = list.find((c) => c.start === correction.start && c.end === correction.end);
  if (previous && sameClaimCorrection(previous, correction)) {
    return { claims: [...list], previous, changed: false };
  }
  const claims = [...list.filter((c) => c !== previous), correction].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  return { claims, previous, changed: true };
}

/** Objective numbers in one order, so equal sets store and compare equal. */
export function normaliseObjectives(numbers: readonly number[]): number[] {
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/** Whether two normalised lists name the same objectives. */
export function sameObjectives(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}
