import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@convene/config';
import { EVENT_ROUTES, eventRouter, type EventRoute, type OutboxRecord } from './event-routes';
import { QueueRegistry } from './queue-registry';

const BATCH = 500;

/**
 * Moves committed events from the outbox to their queues. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several relays can run side by side; a row is marked
 * dispatched only after its jobs are in Redis, and job ids make a repeat harmless.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private readonly routeEvent: ReturnType<typeof eventRouter>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly config: AppConfig,
    @Inject(EVENT_ROUTES) routes: readonly EventRoute[],
  ) {
    this.routeEvent = eventRouter(routes);
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick();
    }, delay);
  }

  private async tick(): Promise<void> {
    let moved = 0;
    try {
      moved = await this.relayBatch();
    } catch (error) {
      this.logger.warn(`outbox relay paused: ${(error as Error).message}`);
    }
    this.schedule(moved === BATCH ? 0 : this.config.OUTBOX_POLL_MS);
  }

  /** Relays one batch; returns how many events it moved. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rows: OutboxRecord[] = await tx.query(
        `SELECT id::text AS id, type, payload FROM outbox
          WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (rows.length === 0) return 0;
      const now = Date.now();
      const byQueue = new Map<Queue, Parameters<Queue['addBulk']>[0]>();
      for (const row of rows) {
        for (const job of this.routeEvent(row, now)) {
          const queue = this.queues.get(job.queue);
          const list = byQueue.get(queue) ?? [];
          const requestId = row.payload.requestId;
          list.push({
            name: job.name,
            // The request that caused the event, so the job's logs can be traced back to it.
            data: typeof requestId === 'string' ? { ...job.data, requestId } : job.data,
            opts: { jobId: job.jobId, delay: job.delay },
          });
          byQueue.set(queue, list);
        }
      }
      await Promise.all([...byQueue].map(([queue, jobs]) => queue.addBulk(jobs)));
      await tx.query(`UPDATE outbox SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }
}
