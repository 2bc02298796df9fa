import type { ObjectiveMatch } from './analyse-contribution';
import type { ContributionCorrections } from './claim';
import type { StoredClaim } from './claims';
import type { ContributionLanguage } from './language';
import type { Sentence } from './sentences';

/** A contribution as the synthesis and the note take it: its text and the result of its analysis. */
export interface AnalysedContribution {
  id: string;
  text: string;
  language: ContributionLanguage;
  /** Best first, as analyseContribution returns them. */
  objectives: ObjectiveMatch[];
  /** Re-computed from the text when absent. */
  sentences?: Sentence[];
  stakeholderType?: string;
  questionNumber?: number;
  /** Who wrote it, so the note counts people rather than posts; never printed. */
  authorId?: string;
  /** The author's organisation, for the note's annex of cited contributions. */
  organisation?: string | null;
  /** The author's own replies in the contribution's thread: part of what they contribute. */
  authorReplies?: string[];
  corrections?: ContributionCorrections;
  /** The body's claims as the analysis stored them; read from the text when absent. */
  claims?: readonly StoredClaim[];
}

/** A moderator's reply: context for the synthesis, never stakeholder input. */
export interface ModeratorReply {
  contributionId: string;
  text: string;
}
