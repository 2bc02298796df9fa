import type { DomainEvent } from '@convene/messaging';

/** From now on everyone who may see the round reads its syntheses and notes. */
export class NotesPublishedEvent implements DomainEvent {
  readonly type = 'round.notes_published';
  constructor(
    readonly roundId: string,
    readonly moderatorId: string,
  ) {}
  payload() {
    return { roundId: this.roundId, moderatorId: this.moderatorId };
  }
}
