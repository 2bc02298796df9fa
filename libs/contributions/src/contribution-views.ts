import type { StakeholderType } from '@convene/common';
import type { ClaimKind, ObjectiveSource } from '@convene/synthesis';
import type { ObjectiveCorrection } from './contribution-corrections.repository';
import type { StoredClaimCorrection } from './correction-rules';

/** What the readers answer with: contributions, replies and their authors as clients see them. */
export interface AuthorView {
  id: string;
  displayName: string;
  organisation: string | null;
  stakeholderType: StakeholderType;
}

export interface ReplyView {
  id: string;
  parentReplyId: string | null;
  author: AuthorView;
  body: string;
  isModeratorReply: boolean;
  createdAt: string;
}

export interface ContributionView {
  id: string;
  roundId: string;
  questionNumber: number;
  author: AuthorView;
  body: string;
  language: string | null;
  status: 'received' | 'analysed' | 'hidden';
  objectives: { number: number; score: number; source: ObjectiveSource }[];
  createdAt: string;
  replyCount: number;
}

export interface ContributionDetail extends ContributionView {
  /** The analysis's sentences as character offsets into the body (empty until analysed). */
  sentences: { start: number; end: number }[];
  replies: ReplyView[];
  /** A moderator's correction of `objectives` (which stay as the analysis found them). */
  objectiveCorrection: ObjectiveCorrection | null;
  /** For the round's moderators. */
  claimCorrections?: StoredClaimCorrection[];
  /** For the round's moderators: the body's claims as the analysis read them, to correct. */
  claims?: AnalysedClaim[];
  moderationLog?: {
    action: 'hide' | 'restore';
    reason: string | null;
    moderatorId: string;
    at: string;
  }[];
}

/** A claim of the body (offsets into it) with the objective and kind the analysis gave it. */
export interface AnalysedClaim {
  start: number;
  end: number;
  objective: number | null;
  kind: ClaimKind;
}

export interface ContributionFilter {
  questionNumber?: number;
  objective?: number;
  language?: string;
  limit: number;
  cursor?: string;
}
