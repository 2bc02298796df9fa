import { ConflictError, ForbiddenError, InvalidInputError, type Actor } from '@convene/common';
import {
  assertCanClose,
  assertCanOpen,
  assertCanView,
  assertModerates,
  assertTransition,
  isDueToClose,
  validateNewRound,
  type RoundAccess,
} from './round-policy';

const now = new Date('2026-03-01T12:00:00Z');
const moderator: Actor = { id: 'm1', roles: ['moderator', 'stakeholder'] };
const otherModerator: Actor = { id: 'm2', roles: ['moderator'] };
const coChair: Actor = { id: 'c1', roles: ['co_chair'] };
const stakeholder: Actor = { id: 's1', roles: ['stakeholder'] };

function round(overrides: Partial<RoundAccess> = {}): RoundAccess {
  return {
    id: 'r1',
    status: 'draft',
    closesAt: new Date('2026-03-02T00:00:00Z'),
    moderatorIds: ['m1'],
    coChairIds: ['c1'],
    ...overrides,
  };
}

describe('round policy', () => {
  it('shows a draft round only to its members', () => {
    expect(() => assertCanView(moderator, round())).not.toThrow();
    expect(() => assertCanView(coChair, round())).not.toThrow();
    expect(() => assertCanView(stakeholder, round())).toThrow(ForbiddenError);
    expect(() => assertCanView(stakeholder, round({ status: 'open' }))).not.toThrow();
  });

  it('lets only the round’s own moderators moderate', () => {
    expect(() => assertModerates(moderator, round())).not.toThrow();
    expect(() => assertModerates(otherModerator, round())).toThrow(ForbiddenError);
    expect(() => assertModerates(coChair, round())).toThrow(ForbiddenError);
    // A member who lost the moderator role no longer moderates.
    expect(() => assertModerates({ id: 'm1', roles: ['stakeholder'] }, round())).toThrow(
      ForbiddenError,
    );
  });

  it('opens only drafts whose closing time lies ahead', () => {
    expect(() => assertCanOpen(round(), now)).not.toThrow();
    expect(() => assertCanOpen(round({ status: 'open' }), now)).toThrow(ConflictError);
    expect(() => assertCanOpen(round({ closesAt: new Date('2026-03-01T11:00:00Z') }), now)).toThrow(
      ConflictError,
    );
  });

  it('closes only open rounds', () => {
    expect(() => assertCanClose(round({ status: 'open' }))).not.toThrow();
    for (const status of ['draft', 'closed', 'synthesizing', 'drafted'] as const) {
      expect(() => assertCanClose(round({ status }))).toThrow(ConflictError);
    }
  });

  it('knows when a scheduled close is due', () => {
    const open = round({ status: 'open', closesAt: new Date('2026-03-01T12:00:00.500Z') });
    expect(isDueToClose(open, now)).toBe(true);
    expect(isDueToClose({ ...open, closesAt: new Date('2026-03-01T12:00:05Z') }, now)).toBe(false);
    expect(isDueToClose({ ...open, status: 'closed' }, now)).toBe(false);
  });

  it('validates a new round', () => {
    const valid = {
      objectiveNumbers: [2, 5],
      languages: ['en', 'fr'] as ('en' | 'fr')[],
      closesAt: new Date('2026-03-01T12:00:03Z'),
      questions: [{ number: 1, text: { en: 'Q1', fr: 'Q1 fr' } }],
    };
    expect(() => validateNewRound(valid, now)).not.toThrow();
    expect(() => validateNewRound({ ...valid, closesAt: now }, now)).toThrow(InvalidInputError);
    expect(() => validateNewRound({ ...valid, closesAt: new Date('2099-W01-1') }, now)).toThrow(
      /not a valid date/,
    );
    expect(() =>
      validateNewRound(
        { ...valid, questions: [...valid.questions, { number: 1, text: { en: 'x' } }] },
        now,
      ),
    ).toThrow(/unique/);
    expect(() =>
      validateNewRound({ ...valid, questions: [{ number: 1, text: { en: 'x', es: 'y' } }] }, now),
    ).toThrow(/es/);
    // Validated DTOs carry the optional languages as properties holding undefined.
    expect(() =>
      validateNewRound(
        {
          ...valid,
          languages: ['en'],
          questions: [{ number: 1, text: { en: 'x', fr: undefined, es: undefined } }],
        },
        now,
      ),
    ).not.toThrow();
  });
});

describe('assertTransition', () => {
  it.each([
    ['draft', 'open'],
    ['open', 'closed'],
    ['closed', 'synthesizing'],
    ['synthesizing', 'synthesizing'],
    ['synthesizing', 'drafted'],
    ['drafted', 'synthesizing'],
  ] as const)('lets a round go from %s to %s', (from, to) => {
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each([
    ['draft', 'closed'],
    ['open', 'synthesizing'],
    ['closed', 'open'],
    ['drafted', 'drafted'],
    ['drafted', 'open'],
    ['synthesizing', 'closed'],
  ] as const)('refuses %s to %s with a conflict', (from, to) => {
    expect(() => assertTransition(from, to)).toThrow(ConflictError);
  });
});
