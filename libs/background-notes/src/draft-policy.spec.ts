import type { Actor } from '@convene/common';
import type { RoundAccess, RoundStatus } from '@convene/rounds';
import { assertCanRequestDraft, draftIsDue, draftOutcome } from './draft-policy';

const moderator: Actor = { id: 'm1', roles: ['moderator', 'stakeholder'] };
const coChair: Actor = { id: 'c1', roles: ['co_chair', 'stakeholder'] };
const otherCoChair: Actor = { id: 'c2', roles: ['co_chair', 'stakeholder'] };
const stakeholder: Actor = { id: 's1', roles: ['stakeholder'] };

function round(status: RoundStatus): RoundAccess {
  return { id: 'r1', status, closesAt: new Date(), moderatorIds: ['m1'], coChairIds: ['c1'] };
}

describe('assertCanRequestDraft', () => {
  it.each(['closed', 'synthesizing', 'drafted'] as const)(
    'lets the round moderator and co-chair ask when the round is %s',
    (status) => {
      expect(() => assertCanRequestDraft(moderator, round(status))).not.toThrow();
      expect(() => assertCanRequestDraft(coChair, round(status))).not.toThrow();
    },
  );

  it('refuses others, whatever their role elsewhere', () => {
    for (const actor of [otherCoChair, stakeholder, { id: 'm2', roles: ['moderator'] } as Actor]) {
      expect(() => assertCanRequestDraft(actor, round('drafted'))).toThrow(
        expect.objectContaining({ kind: 'forbidden' }),
      );
    }
  });

  it('refuses a member who lost the role', () => {
    expect(() =>
      assertCanRequestDraft({ id: 'c1', roles: ['stakeholder'] }, round('drafted')),
    ).toThrow(expect.objectContaining({ kind: 'forbidden' }));
  });

  it.each(['draft', 'open'] as const)('is a conflict while the round is %s', (status) => {
    expect(() => assertCanRequestDraft(moderator, round(status))).toThrow(
      expect.objectContaining({ kind: 'conflict' }),
    );
  });
});

describe('draftIsDue', () => {
  it('drafts on close only while the round is just closed', () => {
    expect(draftIsDue('round_closed', 'closed')).toBe(true);
    for (const status of ['open', 'synthesizing', 'drafted'] as const) {
      expect(draftIsDue('round_closed', status)).toBe(false);
    }
  });

  it('redrafts after moderation once the round has closed, not before', () => {
    for (const status of ['closed', 'synthesizing', 'drafted'] as const) {
      expect(draftIsDue('moderation', status)).toBe(true);
    }
    for (const status of ['draft', 'open'] as const) {
      expect(draftIsDue('moderation', status)).toBe(false);
    }
  });
});

describe('draftOutcome', () => {
  it('writes the newest pending request', () => {
    expect(draftOutcome({ seq: 4, status: 'pending' }, 4)).toBe('write');
  });

  it('supersedes an older pending request', () => {
    expect(draftOutcome({ seq: 3, status: 'pending' }, 4)).toBe('superseded');
  });

  it('does nothing for a request already finished (a redelivered job)', () => {
    expect(draftOutcome({ seq: 4, status: 'done' }, 4)).toBe('finished');
    expect(draftOutcome({ seq: 3, status: 'superseded' }, 4)).toBe('finished');
  });
});
