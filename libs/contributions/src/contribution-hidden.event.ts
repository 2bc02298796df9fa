import type { DomainEvent } from '@convene/messaging';

export class ContributionHiddenEvent implements DomainEvent {
  readonly type = 'contribution.hidden';
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
