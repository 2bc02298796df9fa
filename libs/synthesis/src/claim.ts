import type { Actor } from './cues';
import type { ContributionLanguage } from './language';

/**
 * What a claim does. `practice` covers practices and evidence (an actor did or runs something, a
 * measured result); `challenge` covers challenges and gaps; `recommendation` asks someone to act;
 * `position` is everything else a contributor holds.
 */
export const CLAIM_KINDS = ['practice', 'challenge', 'recommendation', 'position'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Where a claim's objective came from. */
export type ClaimObjectiveSource = 'explicit' | 'inferred' | 'context' | 'corrected';

/** One point a contributor makes: a sentence, or a clause where a sentence carries two points. */
export interface Claim {
  /** `${contributionId}:${start}`: stable while the text and its segmentation stay the same. */
  id: string;
  contributionId: string;
  /** Offsets into the text the claim was read from: text.slice(start, end) === claim text. */
  start: number;
  end: number;
  text: string;
  /** False when the claim comes from the author's own reply in the contribution's thread. */
  inBody: boolean;
  language: ContributionLanguage;
  /** The one objective the claim is about, if any. */
  objective?: number;
  objectiveSource?: ClaimObjectiveSource;
  kind: ClaimKind;
  /** For recommendations: whom it asks to act, from the subject of the modal verb. */
  addressee?: Actor;
  /** Numbers with their unit as written: "50%", "24 hours", "2019". */
  figures: string[];
  /** Named organisations and instruments as written: "ILO", "Kampala Convention". */
  entities: string[];
}

/** A moderator's correction of one claim, found again by the span it was made on. */
export interface ClaimCorrection {
  start: number;
  end: number;
  /** null: the claim is about no objective. */
  objective?: number | null;
  kind?: ClaimKind;
}

/** A moderator's corrections of one contribution; they outlive reanalysis and redrafts. */
export interface ContributionCorrections {
  /** Replaces the analysis's objectives for the synthesis. */
  objectives?: number[];
  claims?: ClaimCorrection[];
}
