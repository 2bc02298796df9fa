import type { DomainEvent } from '@convene/messaging';

export class RoundCreatedEvent implements DomainEvent {
  readonly type = 'round.created';
  constructor(
    readonly roundId: string,
    readonly createdBy: string,
  ) {}
  payload() {
    return { roundId: this.roundId, createdBy: this.createdBy };
  }
}
