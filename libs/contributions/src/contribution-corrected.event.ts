import type { DomainEvent } from '@convene/messaging';
import type { CorrectionKind } from './contribution-corrections.repository';

export class ContributionCorrectedEvent implements DomainEvent {
  readonly type = 'contribution.corrected';
  constructor(
    readonly contributionId: string,
    readonly roundId: string,
    readonly moderatorId: string,
    readonly correction: CorrectionKind,
  ) {}
  payload() {
    return {
      contributionId: this.contributionId,
      roundId: this.roundId,
      moderatorId: this.moderatorId,
      correction: this.correction,
    };
  }
}
