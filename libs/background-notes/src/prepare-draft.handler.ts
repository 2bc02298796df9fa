import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AnalyseContributionsCommand, AnalysisRepository } from '@convene/analysis';
import { DraftInputsRepository } from './draft-inputs.repository';
import { PrepareDraftCommand, type PrepareDraftResult } from './prepare-draft.command';

const ANALYSIS_BATCH = 500;

@CommandHandler(PrepareDraftCommand)
export class PrepareDraftHandler implements ICommandHandler<PrepareDraftCommand> {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly analyses: AnalysisRepository,
    private readonly inputs: DraftInputsRepository,
  ) {}

  async execute({ draftRequestId }: PrepareDraftCommand): Promise<PrepareDraftResult> {
    const request = await this.inputs.request(draftRequestId);
    if (!request) return { outcome: 'missing' };
    if (request.status !== 'pending') return { outcome: 'finished' };
    const pending = await this.analyses.unanalysed(request.roundId);
    for (let i = 0; i < pending.length; i += ANALYSIS_BATCH) {
      await this.commandBus.execute(
        new AnalyseContributionsCommand(pending.slice(i, i + ANALYSIS_BATCH)),
      );
    }
    const round = await this.inputs.round(request.roundId);
    return { outcome: 'ready', objectiveNumbers: round.objectiveNumbers };
  }
}
