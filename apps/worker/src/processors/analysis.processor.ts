import { Processor } from '@nestjs/bullmq';
import { CommandBus } from '@nestjs/cqrs';
import type { Job } from 'bullmq';
import { AnalyseContributionsCommand } from '@convene/analysis';
import { JOBS, QUEUES } from '@convene/messaging';
import { JobRouter } from '../job-router';

@Processor(QUEUES.analysis, { concurrency: 4 })
export class AnalysisProcessor extends JobRouter {
  readonly queue = QUEUES.analysis;

  protected readonly handlers = {
    [JOBS.analyseContribution.name]: (job: Job<{ contributionId: string }>) =>
      this.commandBus.execute(new AnalyseContributionsCommand([job.data.contributionId])),
  };

  constructor(private readonly commandBus: CommandBus) {
    super();
  }
}
