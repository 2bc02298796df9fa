import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DelayedError } from 'bullmq';
import { JOBS, QUEUES, type JobHandlers } from '@convene/messaging';
import { CloseRoundCommand } from '@convene/rounds';
import { JobRouter } from '../job-router';

@Injectable()
export class RoundLifecycleProcessor extends JobRouter {
  static readonly processor = { queue: QUEUES.roundLifecycle, concurrency: 5 };
  readonly queue = RoundLifecycleProcessor.processor.queue;

  protected readonly handlers: JobHandlers<typeof QUEUES.roundLifecycle> = {
    [JOBS.closeRound.name]: async (job, token?: string) => {
      const result = await this.commandBus.execute(
        new CloseRoundCommand(job.data.roundId, 'schedule'),
      );
      if (result.outcome === 'not_due') {
        // Fired early (clock drift, or a redelivered event): wait for the real closing time.
        await job.moveToDelayed(result.closesAt.getTime(), token);
        throw new DelayedError();
      }
      return result.outcome;
    },
  };

  constructor(private readonly commandBus: CommandBus) {
    super();
  }
}
