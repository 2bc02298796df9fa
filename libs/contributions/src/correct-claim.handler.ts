import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@convene/messaging';
import { assertModerates } from '@convene/rounds';
import { ContributionAccessRepository } from './contribution-access.repository';
import { ContributionCorrectedEvent } from './contribution-corrected.event';
import { ContributionCorrectionsRepository } from './contribution-corrections.repository';
import { CorrectClaimCommand } from './correct-claim.command';
import {
  assertValidClaimCorrection,
  claimCorrectionOf,
  mergeClaimCorrection,
} from './correction-rules';

@CommandHandler(CorrectClaimCommand)
export class CorrectClaimHandler implements ICommandHandler<CorrectClaimCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly contributions: ContributionAccessRepository,
    private readonly corrections: ContributionCorrectionsRepository,
  ) {}

  async execute({ actor, contributionId, correction, reason }: CorrectClaimCommand) {
    return this.uow.run(async (tx, raise) => {
      // The row lock serialises corrections of a contribution: none is lost to a concurrent one.
      const { round } = await this.contributions.load(contributionId, tx, true);
      assertModerates(actor, round);
      const current = await this.corrections.current(tx, contributionId);
      assertValidClaimCorrection(correction, current.bodyLength);
      const after = claimCorrectionOf(correction);
      const { claims, previous, changed } = mergeClaimCorrection(current.claims, {
        ...after,
        correctedBy: actor.id,
        correctedAt: current.now,
      });
      // Saying again what stands changes nothing, so it neither logs nor asks for a redraft.
      if (!changed) return { id: contributionId, claimCorrections: claims };
      await this.corrections.saveClaims(tx, contributionId, claims);
      await this.corrections.log(tx, {
        contributionId,
        moderatorId: actor.id,
        what: 'claim',
        before: previous ? claimCorrectionOf(previous) : null,
        after,
        reason: reason ?? null,
      });
      raise(new ContributionCorrectedEvent(contributionId, round.id, actor.id, 'claim'));
      return { id: contributionId, claimCorrections: claims };
    });
  }
}
