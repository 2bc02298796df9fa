import { Processor } from '@nestjs/bullmq';
import { CommandBus } from '@nestjs/cqrs';
import type { Job } from 'bullmq';
import { SynthesiseObjectiveCommand } from '@convene/background-notes';
import { JOBS, QUEUES } from '@convene/messaging';
import { JobRouter } from '../job-router';

@Processor(QUEUES.synthesis, { concurrency: 2 })
export class SynthesisProcessor extends JobRouter {
  readonly queue = QUEUES.synthesis;

  protected readonly handlers = {
    [JOBS.synthesiseObjective.name]: (
      job: Job<{ draftRequestId: string; objectiveNumber: number }>,
    ) =>
      this.commandBus.execute(
        new SynthesiseObjectiveCommand(job.data.draftRequestId, job.data.objectiveNumber),
      ),
  };

  constructor(private readonly commandBus: CommandBus) {
    super();
  }
}
