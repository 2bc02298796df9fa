import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Job } from 'bullmq';
import { AnalyseContributionsCommand } from '@convene/analysis';
import { JOBS, QUEUES } from '@convene/messaging';
import { JobRouter } from '../job-router';

@Injectable()
export class AnalysisProcessor extends JobRouter {
  static readonly processor = { queue: QUEUES.analysis, concurrency: 4 };
  readonly queue = AnalysisProcessor.processor.queue;

  protected readonly handlers = {
    [JOBS.analyseContribution.name]: (job: Job<{ contributionId: string }>) =>
      this.commandBus.execute(new AnalyseContributionsCommand([job.data.contributionId])),
  };

  constructor(private readonly commandBus: CommandBus) {
    super();
  }
}
