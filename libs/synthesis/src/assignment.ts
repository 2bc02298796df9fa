import type { ObjectiveMatch } from './analyse-contribution';
import type { AnalysedContribution } from './types';

/** An inferred objective counts for the synthesis from this score, and only if close to the contribution's best inferred one. */
export const ASSIGNMENT_MIN_SCORE = 0.4;
export const ASSIGNMENT_SHARE_OF_BEST = 0.6;

/**
 * The objectives a contribution is synthesised under: every declared or explicit one, and the
 * inferred ones that are strong in absolute terms and relative to its best.
 */
export function assignedObjectives(objectives: ObjectiveMatch[]): number[] {
  const bestInferred = Math.max(
    0,
    ...objectives.filter((o) => o.source === 'inferred').map((o) => o.score),
  );
  return objectives
    .filter(
      (o) =>
        o.source !== 'inferred' ||
        (o.score >= ASSIGNMENT_MIN_SCORE && o.score >= ASSIGNMENT_SHARE_OF_BEST * bestInferred),
    )
    .map((o) => o.number);
}

/** The contributions assigned to one objective, in id order. */
export function contributionsForObjective(
  contributions: readonly AnalysedContribution[],
  objectiveNumber: number,
): AnalysedContribution[] {
  return contributions
    .filter((c) => assignedObjectives(c.objectives).includes(objectiveNumber))
    .sort((a, b) => compareIds(a.id, b.id));
}

/** Code-unit order: the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
