import type { DomainEvent } from '@convene/messaging';

export class ContributionRestoredEvent implements DomainEvent {
  readonly type = 'contribution.restored';
  constructor(
    readonly contributionId: string,
    readonly roundId: string,
    readonly moderatorId: string,
  ) {}
  payload() {
    return {
      contributionId: this.contributionId,
      roundId: this.roundId,
      moderatorId: this.moderatorId,
    };
  }
}
