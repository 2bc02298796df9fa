import type { ClaimKind } from '../claim';
import type { ReadClaim } from '../claims';
import type { AnalysedContribution } from '../types';
import {
  authorReplies,
  labelledSpans,
  type LabelledContribution,
  type TextPlace,
} from './labelled-round';

/** What a claim says it is about and does, labelled or found. */
export interface ClaimReading {
  objective: number | null;
  kind: ClaimKind;
  addressee?: string;
}

/** A labelled claim next to the engine claim that overlaps it most. */
export interface ClaimJudgement {
  ref: string;
  /** The contribution's labelled language. */
  language: string;
  place: TextPlace;
  text: string;
  labelled: ClaimReading;
  /** Undefined when no engine claim overlaps the label. */
  found?: ClaimReading & { text: string };
  /** The engine cut the claim exactly where the label does. */
  sameSpan: boolean;
}

export interface ContributionJudgement {
  ref: string;
  language: string;
  detected: string;
  /** Labelled objectives, most central first. */
  objectives: number[];
  /** The analysis's best objective. */
  best?: number;
}

/** Offsets without surrounding spaces and punctuation, so "…shortage;" and "…shortage" agree. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s"“”«»'‘’(•\-–—]/u.test(text[s])) s++;
  while (e > s && /[\s.;:,!?…"“”«»'’)]/u.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Where an engine claim was read: the body, or the author's reply whose span holds its text. */
function placeOf(claim: ReadClaim, replies: readonly string[]): TextPlace | undefined {
  if (claim.inBody) return 'body';
  const i = replies.findIndex((r) => r.slice(claim.start, claim.end) === claim.text);
  return i < 0 ? undefined : i;
}

const reading = (c: ReadClaim): ClaimReading => ({
  objective: c.objective ?? null,
  kind: c.kind,
  ...(c.addressee ? { addressee: c.addressee } : {}),
});

/** Each labelled claim of a contribution matched to the engine claim overlapping it most (the first on a tie). */
export function judgeClaims(
  c: LabelledContribution,
  engineClaims: readonly ReadClaim[],
): ClaimJudgement[] {
  const replies = authorReplies(c);
  const own = engineClaims
    .filter((e) => e.contributionId === c.ref)
    .map((e) => ({ claim: e, place: placeOf(e, replies) }));
  return labelledSpans(c).map(({ label, place, start, end }) => {
    let best: ReadClaim | undefined;
    let bestOverlap = 0;
    for (const e of own) {
      if (e.place !== place) continue;
      const overlap = Math.min(end, e.claim.end) - Math.max(start, e.claim.start);
      if (overlap > bestOverlap) {
        best = e.claim;
        bestOverlap = overlap;
      }
    }
    const text = place === 'body' ? c.text : replies[place];
    const want = trimSpan(text, start, end);
    const got = best && trimSpan(text, best.start, best.end);
    return {
      ref: c.ref,
      language: c.language,
      place,
      text: label.text,
      labelled: {
        objective: label.objective,
        kind: label.kind,
        ...(label.addressee ? { addressee: label.addressee } : {}),
      },
      ...(best ? { found: { ...reading(best), text: best.text } } : {}),
      sameSpan: got !== undefined && got.start === want.start && got.end === want.end,
    };
  });
}

export const objectiveRight = (j: ClaimJudgement) =>
  j.found !== undefined && j.found.objective === j.labelled.objective;
export const kindRight = (j: ClaimJudgement) =>
  j.found !== undefined && j.found.kind === j.labelled.kind;
/** Missing on both sides is right: the label asks no one in particular, and neither does the engine. */
export const addresseeRight = (j: ClaimJudgement) =>
  j.found !== undefined && j.found.addressee === j.labelled.addressee;

export function judgeContribution(
  c: LabelledContribution,
  analysed: AnalysedContribution,
): ContributionJudgement {
  return {
    ref: c.ref,
    language: c.language,
    detected: analysed.language,
    objectives: c.objectives,
    ...(analysed.objectives[0] ? { best: analysed.objectives[0].number } : {}),
  };
}

export const languageRight = (j: ContributionJudgement) => j.detected === j.language;
export const topObjectiveRight = (j: ContributionJudgement) =>
  j.best !== undefined && j.objectives.includes(j.best);
