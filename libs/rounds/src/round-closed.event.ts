import type { DomainEvent } from '@convene/messaging';

/** Raised when a round stops taking contributions; synthesis starts from it. */
export class RoundClosedEvent implements DomainEvent {
  readonly type = 'round.closed';
  constructor(
    readonly roundId: string,
    readonly closedBy: 'moderator' | 'schedule',
  ) {}
  payload() {
    return { roundId: this.roundId, closedBy: this.closedBy };
  }
}
