import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Queue } from 'bullmq';
import { IdempotencyKeyPruner } from '@convene/contributions';
import { JOBS, OutboxPruner, QUEUES, Reconciler, type JobHandlers } from '@convene/messaging';
import { CloseRoundCommand, RoundAccessRepository } from '@convene/rounds';
import { JobRouter } from '../job-router';

export const SWEEP_EVERY_MS = 30_000;
const PRUNE_EVERY_MS = 3_600_000;
const RECONCILE_EVERY_MS = 300_000;

/**
 * Periodic safety nets: close rounds whose scheduled close was lost, re-queue work whose job
 * was lost, prune old records.
 */
@Injectable()
export class MaintenanceProcessor extends JobRouter implements OnApplicationBootstrap {
  static readonly processor = { queue: QUEUES.maintenance, concurrency: 1 };
  readonly queue = MaintenanceProcessor.processor.queue;

  protected readonly handlers: JobHandlers<typeof QUEUES.maintenance> = {
    [JOBS.sweepDueRounds.name]: async () => {
      const due = await this.rounds.dueToClose();
      for (const roundId of due) {
        await this.commandBus.execute(new CloseRoundCommand(roundId, 'schedule'));
      }
      return { closed: due.length };
    },
    [JOBS.pruneRecords.name]: async () => ({
      outbox: await this.outbox.prune(),
      idempotencyKeys: await this.idempotencyKeys.prune(),
    }),
    [JOBS.reconcile.name]: (job) => this.reconciler.reconcile(job.data.olderThanMs),
  };

  constructor(
    private readonly commandBus: CommandBus,
    private readonly rounds: RoundAccessRepository,
    private readonly outbox: OutboxPruner,
    private readonly idempotencyKeys: IdempotencyKeyPruner,
    private readonly reconciler: Reconciler,
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
    await this.maintenance.upsertJobScheduler(
      JOBS.reconcile.name,
      { every: RECONCILE_EVERY_MS },
      { name: JOBS.reconcile.name },
    );
  }
}
