import type { DomainEvent } from '@convene/messaging';

export class RoundOpenedEvent implements DomainEvent {
  readonly type = 'round.opened';
  constructor(
    readonly roundId: string,
    readonly closesAt: Date,
  ) {}
  payload() {
    return { roundId: this.roundId, closesAt: this.closesAt.toISOString() };
  }
}
