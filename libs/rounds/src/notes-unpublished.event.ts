import type { DomainEvent } from '@convene/messaging';

/** The round's syntheses and notes are its moderators' and co-chairs' again. */
export class NotesUnpublishedEvent implements DomainEvent {
  readonly type = 'round.notes_unpublished';
  constructor(
    readonly roundId: string,
    readonly moderatorId: string,
  ) {}
  payload() {
    return { roundId: this.roundId, moderatorId: this.moderatorId };
  }
}
