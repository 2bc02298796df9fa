import type { DomainEvent } from '@convene/messaging';

/** A draft was asked for; its flow of syntheses and drafting starts from here. */
export class BackgroundNoteRequestedEvent implements DomainEvent {
  readonly type = 'background_note.requested';
  constructor(
    readonly draftRequestId: string,
    readonly roundId: string,
  ) {}
  payload() {
    return { draftRequestId: this.draftRequestId, roundId: this.roundId };
  }
}
