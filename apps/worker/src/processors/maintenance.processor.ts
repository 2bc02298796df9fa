import { InjectQueue, Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Queue } from 'bullmq';
import { JOBS, QUEUES, RecordPruner } from '@convene/messaging';
import { CloseRoundCommand, RoundAccessRepository } from '@convene/rounds';
import { JobRouter } from '../job-router';

export const SWEEP_EVERY_MS = 30_000;
const PRUNE_EVERY_MS = 3_600_000;

/** Periodic safety nets: close rounds whose scheduled close was lost, prune old records. */
@Processor(QUEUES.maintenance, { concurrency: 1 })
export class MaintenanceProcessor extends JobRouter implements OnApplicationBootstrap {
  readonly queue = QUEUES.maintenance;

  protected readonly handlers = {
    [JOBS.sweepDueRounds.name]: async () => {
      const due = await this.rounds.dueToClose();
      for (const roundId of due) {
        await this.commandBus.execute(new CloseRoundCommand(roundId, 'schedule'));
      }
      return { closed: due.length };
    },
    [JOBS.pruneRecords.name]: () => this.pruner.prune(),
  };

  constructor(
    private readonly commandBus: CommandBus,
    private readonly rounds: RoundAccessRepository,
    private readonly pruner: RecordPruner,
    @InjectQueue(QUEUES.maintenance) private readonly maintenance: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.maintenance.upsertJobScheduler(
      JOBS.sweepDueRounds.name,
      { every: SWEEP_EVERY_MS },
      { name: JOBS.sweepDueRounds.name },
    );
    await this.maintenance.upsertJobScheduler(
      JOBS.pruneRecords.name,
      { every: PRUNE_EVERY_MS },
      { name: JOBS.pruneRecords.name },
    );
  }
}
