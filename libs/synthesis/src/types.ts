import type { ObjectiveMatch } from './analyse-contribution';
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
}

/** A moderator's reply: context for the synthesis, never stakeholder input. */
export interface ModeratorReply {
  contributionId: string;
  text: string;
}
