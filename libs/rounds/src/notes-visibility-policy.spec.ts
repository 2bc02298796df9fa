import { ForbiddenError, type Actor } from '@convene/common';
import {
  assertCanReadNotes,
  canReadNotes,
  type NotesVisibility,
  type RoundNotesAccess,
} from './notes-visibility-policy';
import type { RoundStatus } from './round-policy';

const moderator: Actor = { id: 'm1', roles: ['moderator', 'stakeholder'] };
const coChair: Actor = { id: 'c1', roles: ['co_chair'] };
const otherModerator: Actor = { id: 'm2', roles: ['moderator'] };
const otherCoChair: Actor = { id: 'c2', roles: ['co_chair'] };
const stakeholder: Actor = { id: 's1', roles: ['stakeholder'] };
const admin: Actor = { id: 'a1', roles: ['admin'] };
/** Still listed on the round, but the co_chair role was taken away. */
const formerCoChair: Actor = { id: 'c1', roles: ['stakeholder'] };

function round(
  notesVisibility: NotesVisibility,
  status: RoundStatus = 'drafted',
): RoundNotesAccess {
  return {
    id: 'r1',
    status,
    closesAt: new Date('2026-03-02T00:00:00Z'),
    moderatorIds: ['m1'],
    coChairIds: ['c1'],
    notesVisibility,
  };
}

describe('notes visibility policy', () => {
  it('lets only the round’s moderators and co-chairs, and admins, read restricted notes', () => {
    for (const actor of [moderator, coChair, admin]) {
      expect(canReadNotes(actor, round('restricted'))).toBe(true);
      expect(() => assertCanReadNotes(actor, round('restricted'))).not.toThrow();
    }
    for (const actor of [otherModerator, otherCoChair, stakeholder, formerCoChair]) {
      expect(canReadNotes(actor, round('restricted'))).toBe(false);
      expect(() => assertCanReadNotes(actor, round('restricted'))).toThrow(ForbiddenError);
    }
  });

  it('lets everyone who may see the round read published notes', () => {
    for (const actor of [moderator, coChair, admin, otherModerator, otherCoChair, stakeholder]) {
      expect(() => assertCanReadNotes(actor, round('published'))).not.toThrow();
    }
  });

  it('never opens a draft round to outsiders, published or not', () => {
    expect(() => assertCanReadNotes(stakeholder, round('published', 'draft'))).toThrow(
      ForbiddenError,
    );
    expect(() => assertCanReadNotes(coChair, round('restricted', 'draft'))).not.toThrow();
  });
});
