import { analyseContribution } from '../analyse-contribution';
import type { ClaimKind } from '../claim';
import type { ReadClaim } from '../claims';
import {
  contributionClaims,
  draftBackgroundNote,
  type BackgroundNote,
  type NoteRound,
} from '../draft-note';
import type { ContributionLanguage } from '../language';
import type { AnalysedContribution } from '../types';

/** One point of a contribution as a reader labelled it. */
export interface LabelledClaim {
  /** Verbatim substring of the body (or of the author's reply, for reply claims). */
  text: string;
  /** null: the claim is about no objective. */
  objective: number | null;
  kind: ClaimKind;
  addressee?: string;
}

export interface LabelledContribution {
  ref: string;
  question: number;
  language: ContributionLanguage;
  participant: { handle: string; organisation: string | null; stakeholderType: string };
  text: string;
  replies: { text: string; participant: { handle: string; role?: string } }[];
  /** Contribution-level objectives, most central first. */
  objectives: number[];
  claims: LabelledClaim[];
  /** Claims of the author's own replies in the thread. */
  replyClaims?: LabelledClaim[];
}

/** A round of test/fixtures/eval: a consultation plus claim-level labels. */
export interface LabelledRound {
  split: 'tuning' | 'held-out';
  round: NoteRound;
  contributions: LabelledContribution[];
}

/** Where a span lies: the contribution's body, or its author's n-th own reply. */
export type TextPlace = 'body' | number;

/** A labelled claim located in its contribution. */
export interface LabelledSpan {
  label: LabelledClaim;
  place: TextPlace;
  start: number;
  end: number;
}

export interface EngineRun {
  contributions: AnalysedContribution[];
  claims: ReadClaim[];
  note: BackgroundNote;
}

/** The author's own replies in the thread, in thread order: the engine reads them as their contribution. */
export function authorReplies(c: LabelledContribution): string[] {
  return c.replies.filter((r) => r.participant.handle === c.participant.handle).map((r) => r.text);
}

export function textAt(c: LabelledContribution, place: TextPlace): string {
  return place === 'body' ? c.text : (authorReplies(c)[place] ?? '');
}

/**
 * Every labelled claim with its span. A reply claim lies in the first of the author's replies
 * that holds it; a label found nowhere is left out (the fixture spec checks there is none).
 */
export function labelledSpans(c: LabelledContribution): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  for (const label of c.claims) {
    const start = c.text.indexOf(label.text);
    if (start >= 0) spans.push({ label, place: 'body', start, end: start + label.text.length });
  }
  const replies = authorReplies(c);
  for (const label of c.replyClaims ?? []) {
    const place = replies.findIndex((r) => r.includes(label.text));
    if (place < 0) continue;
    const start = replies[place].indexOf(label.text);
    spans.push({ label, place, start, end: start + label.text.length });
  }
  return spans;
}

/** The engine as the application runs it on a closed round: analysis, claims, note. */
export function runEngine(round: LabelledRound): EngineRun {
  const contributions: AnalysedContribution[] = round.contributions.map((c) => ({
    id: c.ref,
    text: c.text,
    stakeholderType: c.participant.stakeholderType,
    questionNumber: c.question,
    authorId: c.participant.handle,
    organisation: c.participant.organisation,
    authorReplies: authorReplies(c),
    ...analyseContribution({
      text: c.text,
      declaredLanguage: c.language,
      roundObjectives: round.round.objectiveNumbers,
    }),
  }));
  const claims = contributions.flatMap((c) => contributionClaims(c, round.round.objectiveNumbers));
  const note = draftBackgroundNote({ round: round.round, contributions });
  return { contributions, claims, note };
}
