import type { DomainEvent } from '@convene/messaging';

export class ContributionSubmittedEvent implements DomainEvent {
  static readonly type = 'contribution.submitted';
  readonly type = ContributionSubmittedEvent.type;
  constructor(
    readonly contributionId: string,
    readonly roundId: string,
  ) {}
  payload() {
    return { contributionId: this.contributionId, roundId: this.roundId };
  }
}
