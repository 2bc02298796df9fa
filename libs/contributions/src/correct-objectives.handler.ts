import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@convene/messaging';
import { assertModerates } from '@convene/rounds';
import { ContributionAccessRepository } from './contribution-access.repository';
import { ContributionCorrectedEvent } from './contribution-corrected.event';
import { ContributionCorrectionsRepository } from './contribution-corrections.repository';
import { CorrectObjectivesCommand } from './correct-objectives.command';
import { normaliseObjectives, sameObjectives } from './correction-rules';

@CommandHandler(CorrectObjectivesCommand)
export class CorrectObjectivesHandler implements ICommandHandler<CorrectObjectivesCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly contributions: ContributionAccessRepository,
    private readonly corrections: ContributionCorrectionsRepository,
  ) {}

  async execute({ actor, contributionId, objectiveNumbers, reason }: CorrectObjectivesCommand) {
    return this.uow.run(async (tx, raise) => {
      // The row lock serialises corrections of a contribution: `before` is what this replaces.
      const { round } = await this.contributions.load(contributionId, tx, true);
      assertModerates(actor, round);
      const current = await this.corrections.current(tx, contributionId);
      const after = normaliseObjectives(objectiveNumbers);
      const previous = current.objectiveCorrection;
      // Saying again what stands changes nothing, so it neither logs nor asks for a redraft.
      if (previous && sameObjectives(previous.objectiveNumbers, after)) {
        return { id: contributionId, objectiveCorrection: previous };
      }
      const objectiveCorrection = await this.corrections.saveObjectives(
        tx,
        contributionId,
        after,
        actor.id,
      );
      await this.corrections.log(tx, {
        contributionId,
        moderatorId: actor.id,
        what: 'objectives',
        before: previous?.objectiveNumbers ?? current.analysedObjectives,
        after,
        reason: reason ?? null,
      });
      raise(new ContributionCorrectedEvent(contributionId, round.id, actor.id, 'objectives'));
      return { id: contributionId, objectiveCorrection };
    });
  }
}
