import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { analyseContribution } from '@convene/synthesis';
import { AnalyseContributionsCommand } from './analyse-contributions.command';
import { AnalysisRepository } from './analysis.repository';

@CommandHandler(AnalyseContributionsCommand)
export class AnalyseContributionsHandler implements ICommandHandler<AnalyseContributionsCommand> {
  constructor(private readonly analyses: AnalysisRepository) {}

  async execute({ contributionIds }: AnalyseContributionsCommand): Promise<{ analysed: number }> {
    const inputs = await this.analyses.inputs(contributionIds);
    const results = inputs.map((input) => ({ id: input.id, ...analyseContribution(input) }));
    await this.analyses.save(results);
    return { analysed: results.length };
  }
}
