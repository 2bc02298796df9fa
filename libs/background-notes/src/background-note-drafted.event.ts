import type { DomainEvent } from '@convene/messaging';

/** A new version of a round's note is stored; the co-chairs are told from here. */
export class BackgroundNoteDraftedEvent implements DomainEvent {
  readonly type = 'background_note.drafted';
  constructor(
    readonly noteId: string,
    readonly roundId: string,
    readonly version: number,
  ) {}
  payload() {
    return { noteId: this.noteId, roundId: this.roundId, version: this.version };
  }
}
