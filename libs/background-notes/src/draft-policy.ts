import { ConflictError, ForbiddenError, type Actor } from '@convene/common';
import {
  isRoundCoChair,
  isRoundModerator,
  type RoundAccess,
  type RoundStatus,
} from '@convene/rounds';

export type DraftReason = 'round_closed' | 'requested' | 'moderation';
export type DraftRequestStatus = 'pending' | 'done' | 'superseded';

const DRAFTABLE: readonly RoundStatus[] = ['closed', 'synthesizing', 'drafted'];

/** A moderator or co-chair of the round may ask for a new draft once the round has closed. */
export function assertCanRequestDraft(actor: Actor, round: RoundAccess): void {
  if (!isRoundModerator(actor, round) && !isRoundCoChair(actor, round)) {
    throw new ForbiddenError('only a moderator or co-chair of this round can ask for a draft');
  }
  if (!DRAFTABLE.includes(round.status)) {
    throw new ConflictError(
      `the round is ${round.status}: a note can be drafted once it has closed`,
    );
  }
}

/**
 * Whether the platform itself should start a draft. The close asks once, while the round is
 * still just closed; a moderation event asks whenever a note exists or is being made, since
 * that note may hold what was hidden (or lack what was restored).
 */
export function draftIsDue(
  reason: Exclude<DraftReason, 'requested'>,
  status: RoundStatus,
): boolean {
  return reason === 'round_closed' ? status === 'closed' : DRAFTABLE.includes(status);
}

/**
 * What a finished draft does: only the newest request of a round writes a note, so a draft
 * that started before a contribution was hidden can never become the latest version.
 */
export function draftOutcome(
  request: { seq: number; status: DraftRequestStatus },
  newestSeq: number,
): 'write' | 'superseded' | 'finished' {
  if (request.status !== 'pending') return 'finished';
  return request.seq < newestSeq ? 'superseded' : 'write';
}
