import { ForbiddenError, hasRole, type Actor } from '@convene/common';
import { assertCanView, isRoundCoChair, isRoundModerator, type RoundAccess } from './round-policy';

export const NOTES_VISIBILITIES = ['restricted', 'published'] as const;
export type NotesVisibility = (typeof NOTES_VISIBILITIES)[number];

/** A round as the rules on its syntheses and notes see it. */
export interface RoundNotesAccess extends RoundAccess {
  notesVisibility: NotesVisibility;
}

/**
 * A draft is its round's moderators' and co-chairs' until a moderator publishes it; admins
 * read it as they read draft rounds.
 */
export function canReadNotes(actor: Actor, round: RoundNotesAccess): boolean {
  return (
    round.notesVisibility === 'published' ||
    isRoundModerator(actor, round) ||
    isRoundCoChair(actor, round) ||
    hasRole(actor, 'admin')
  );
}

/** The one check before any synthesis or note of a round is served, in any format. */
export function assertCanReadNotes(actor: Actor, round: RoundNotesAccess): void {
  assertCanView(actor, round);
  if (!canReadNotes(actor, round)) {
    throw new ForbiddenError(
      'the syntheses and background notes of this round are read by its moderators and co-chairs until a moderator publishes them',
    );
  }
}
