import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SynthesiseObjectiveCommand } from '@convene/background-notes';
import { JOBS, QUEUES, type JobHandlers } from '@convene/messaging';
import { JobRouter } from '../job-router';

@Injectable()
export class SynthesisProcessor extends JobRouter {
  static readonly processor = { queue: QUEUES.synthesis, concurrency: 2 };
  readonly queue = SynthesisProcessor.processor.queue;

  protected readonly handlers: JobHandlers<typeof QUEUES.synthesis> = {
    [JOBS.synthesiseObjective.name]: (job) =>
      this.commandBus.execute(
        new SynthesiseObjectiveCommand(job.data.draftRequestId, job.data.objectiveNumber),
      ),
  };

  constructor(private readonly commandBus: CommandBus) {
    super();
  }
}
