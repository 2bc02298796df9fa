import { ConflictError, ForbiddenError, NotFoundError, type Actor } from '@convene/common';
import type { RoundAccess } from '@convene/rounds';
import { assertCanContribute, assertCanReply, assertCanSee } from './contribution-policy';

const round: RoundAccess = {
  id: 'r',
  status: 'open',
  closesAt: new Date(),
  moderatorIds: ['m1'],
  coChairIds: ['c1'],
};
const moderator: Actor = { id: 'm1', roles: ['moderator'] };
const otherModerator: Actor = { id: 'm2', roles: ['moderator', 'stakeholder'] };
const stakeholder: Actor = { id: 's1', roles: ['stakeholder'] };
const coChair: Actor = { id: 'c1', roles: ['co_chair'] };

describe('contribution policy', () => {
  it('hides hidden contributions from everyone but the round’s moderators', () => {
    expect(() => assertCanSee(moderator, round, { hidden: true })).not.toThrow();
    for (const actor of [otherModerator, stakeholder, coChair]) {
      expect(() => assertCanSee(actor, round, { hidden: true })).toThrow(NotFoundError);
      expect(() => assertCanSee(actor, round, { hidden: false })).not.toThrow();
    }
  });

  it('lets only stakeholders contribute', () => {
    expect(() => assertCanContribute(stakeholder)).not.toThrow();
    expect(() => assertCanContribute(coChair)).toThrow(ForbiddenError);
  });

  it('marks replies by the round’s moderators and closes stakeholder replies with the round', () => {
    expect(assertCanReply(moderator, round)).toEqual({ asModerator: true });
    expect(assertCanReply(otherModerator, round)).toEqual({ asModerator: false });
    expect(assertCanReply(moderator, { ...round, status: 'closed' })).toEqual({
      asModerator: true,
    });
    expect(() => assertCanReply(stakeholder, { ...round, status: 'closed' })).toThrow(
      ConflictError,
    );
    expect(() => assertCanReply(coChair, round)).toThrow(ForbiddenError);
  });
});
