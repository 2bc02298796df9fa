import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { contributionsForObjective, synthesiseObjective } from '@convene/synthesis';
import { DraftInputsRepository } from './draft-inputs.repository';
import { SynthesiseObjectiveCommand } from './synthesise-objective.command';

@CommandHandler(SynthesiseObjectiveCommand)
export class SynthesiseObjectiveHandler implements ICommandHandler<SynthesiseObjectiveCommand> {
  constructor(private readonly inputs: DraftInputsRepository) {}

  async execute({ draftRequestId, objectiveNumber }: SynthesiseObjectiveCommand) {
    const request = await this.inputs.request(draftRequestId);
    if (request?.status !== 'pending') return { outcome: 'skipped' as const };
    const [contributions, moderatorReplies] = await Promise.all([
      this.inputs.contributions(request.roundId, objectiveNumber),
      this.inputs.moderatorReplies(request.roundId),
    ]);
    const synthesis = synthesiseObjective({
      objectiveNumber,
      contributions: contributionsForObjective(contributions, objectiveNumber),
      moderatorReplies,
    });
    await this.inputs.saveSynthesis(draftRequestId, synthesis);
    return { outcome: 'stored' as const };
  }
}
