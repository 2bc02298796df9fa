import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { AppConfig } from '@convene/config';
import { ALL_QUEUES, queuePrefix } from '@convene/messaging';
import { ApiRedis } from './api-redis';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'] as const;
/** Completed jobs per queue whose run times make the duration figures. */
const DURATION_SAMPLE = 100;

/** The p-quantile of sorted numbers (nearest rank). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/**
 * Prometheus metrics of the API and of the work behind it, read at scrape time: HTTP latency
 * by route, the outbox's backlog and age, each queue's jobs by state, and how long recent jobs
 * ran. Nothing here names a person or holds a text.
 */
@Injectable()
export class ApiMetrics implements OnApplicationShutdown {
  readonly registry = new Registry();
  private readonly queues: Queue[];
  private readonly httpDuration: Histogram<'method' | 'route' | 'status'>;

  constructor(dataSource: DataSource, redis: ApiRedis, config: AppConfig) {
    collectDefaultMetrics({ register: this.registry, prefix: 'convene_api_' });
    this.queues = ALL_QUEUES.map(
      (name) => new Queue(name, { connection: redis.client, prefix: queuePrefix(config, name) }),
    );
    this.httpDuration = new Histogram({
      name: 'convene_http_request_duration_seconds',
      help: 'HTTP requests by method, route pattern and status class',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    new Gauge({
      name: 'convene_outbox_backlog',
      help: 'Committed events not yet relayed to their queues',
      registers: [this.registry],
      async collect() {
        const [row] = await dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`,
        );
        this.set(row.n);
      },
    });
    new Gauge({
      name: 'convene_outbox_oldest_age_seconds',
      help: 'Age of the oldest event not yet relayed (0 when none waits)',
      registers: [this.registry],
      async collect() {
        const [row] = await dataSource.query<{ age: number | null }[]>(
          `SELECT extract(epoch FROM now() - min(created_at))::float AS age
             FROM outbox WHERE dispatched_at IS NULL`,
        );
        this.set(row.age ?? 0);
      },
    });
    const queues = this.queues;
    new Gauge({
      name: 'convene_queue_jobs',
      help: 'Jobs in each queue by state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        // Redis away: the queue figures are left out rather than failing the whole scrape.
        const counts = await Promise.all(
          queues.map((q) => q.getJobCounts(...JOB_STATES).catch(() => undefined)),
        );
        this.reset();
        queues.forEach((q, i) => {
          for (const state of JOB_STATES) {
            const value = counts[i]?.[state];
            if (value !== undefined) this.set({ queue: q.name, state }, value);
          }
        });
      },
    });
    new Gauge({
      name: 'convene_job_duration_seconds',
      help: `Run time of the last ${DURATION_SAMPLE} completed jobs of each queue, by quantile`,
      labelNames: ['queue', 'quantile'],
      registers: [this.registry],
      async collect() {
        const samples = await Promise.all(
          queues.map((q) => q.getJobs(['completed'], 0, DURATION_SAMPLE - 1).catch(() => [])),
        );
        this.reset();
        queues.forEach((q, i) => {
          const runs = samples[i]
            .filter((j) => j?.finishedOn && j.processedOn)
            .map((j) => (j.finishedOn! - j.processedOn!) / 1000)
            .sort((a, b) => a - b);
          if (runs.length === 0) return;
          for (const p of [0.5, 0.95, 1]) {
            this.set({ queue: q.name, quantile: String(p) }, quantile(runs, p));
          }
        });
      },
    });
  }

  /** Records each request's duration under its route pattern, never its concrete path. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const end = this.httpDuration.startTimer();
    res.on('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
      end({ method: req.method, route, status: `${Math.floor(res.statusCode / 100)}xx` });
    });
    next();
  };

  async onApplicationShutdown(): Promise<void> {
    // The queues share the API's Redis connection, which ApiRedis closes.
    await Promise.all(this.queues.map((q) => q.close().catch(() => undefined)));
  }
}
