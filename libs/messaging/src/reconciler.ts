import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LOST_WORK, type LostWork } from './event-routes';
import { QueueRegistry } from './queue-registry';

/** Work younger than this may still be on its way: the reconcile pass leaves it alone. */
export const RECONCILE_AFTER_MS = 120_000;

/**
 * The safety net behind the outbox: finds work that was committed and relayed but whose job
 * never ran (Redis lost it, or it was removed by hand) and queues it again. Each library
 * declares the queries for its own work; the job re-added has the id the original had, so work
 * that is merely slow is not queued twice.
 */
@Injectable()
export class Reconciler {
  private readonly logger = new Logger(Reconciler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    @Inject(LOST_WORK) private readonly lostWork: readonly LostWork[],
  ) {}

  async reconcile(olderThanMs = RECONCILE_AFTER_MS): Promise<Record<string, number>> {
    const found: Record<string, number> = {};
    for (const { what, sql, job } of this.lostWork) {
      const rows: { id: string }[] = await this.dataSource.query(sql, [olderThanMs]);
      found[what] = rows.length;
      if (rows.length === 0) continue;
      const jobs = rows.map((r) => job(r.id));
      await this.queues
        .get(jobs[0].queue)
        .addBulk(jobs.map((j) => ({ name: j.name, data: j.data, opts: { jobId: j.jobId } })));
      this.logger.warn(`re-queued ${rows.length} ${what}`);
    }
    return found;
  }
}
