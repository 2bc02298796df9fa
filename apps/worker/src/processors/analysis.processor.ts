import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AnalyseContributionsCommand } from '@convene/analysis';
import { JOBS, QUEUES, type JobHandlers } from '@convene/messaging';
import { JobRouter } from '../job-router';

@Injectable()
export class AnalysisProcessor extends JobRouter {
  static readonly processor = { queue: QUEUES.analysis, concurrency: 4 };
  readonly queue = AnalysisProcessor.processor.queue;

  protected readonly handlers: JobHandlers<typeof QUEUES.analysis> = {
    [JOBS.analyseContribution.name]: (job) =>
      this.commandBus.execute(new AnalyseContributionsCommand([job.data.contributionId])),
  };

  constructor(private readonly commandBus: CommandBus) {
    super();
  }
}
