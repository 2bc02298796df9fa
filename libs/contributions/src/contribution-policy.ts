import { ConflictError, ForbiddenError, hasRole, NotFoundError, type Actor } from '@convene/common';
import { isRoundModerator, type RoundAccess } from '@convene/rounds';

/** Hidden contributions exist only for the round's moderators; to anyone else they are unknown. */
export function assertCanSee(
  actor: Actor,
  round: RoundAccess,
  contribution: { hidden: boolean },
): void {
  if (contribution.hidden && !isRoundModerator(actor, round)) {
    throw new NotFoundError('no contribution with this id');
  }
}

export function assertCanContribute(actor: Actor): void {
  if (!hasRole(actor, 'stakeholder')) throw new ForbiddenError('only stakeholders can contribute');
}

/** Moderators reply at any time; stakeholders while the round is open. */
export function assertCanReply(actor: Actor, round: RoundAccess): { asModerator: boolean } {
  const asModerator = isRoundModerator(actor, round);
  if (asModerator) return { asModerator };
  if (!hasRole(actor, 'stakeholder'))
    throw new ForbiddenError('only stakeholders and moderators reply');
  if (round.status !== 'open') {
    throw new ConflictError(`the round is ${round.status}; replies are closed`);
  }
  return { asModerator };
}
