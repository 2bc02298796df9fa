import { hostname } from 'node:os';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { BeforeApplicationShutdown, Provider, Type } from '@nestjs/common';
import { UnrecoverableError, type Job, type Worker, type WorkerOptions } from 'bullmq';
import { requestContext } from '@convene/common';
import type { AppConfig } from '@convene/config';
import { ALL_QUEUES, jobNamesOf, type QueueName } from '@convene/messaging';

export type JobHandler = (job: Job, token?: string) => Promise<unknown>;

/** A queue's processor: one handler per job name, looked up by name. */
export abstract class JobRouter extends WorkerHost implements BeforeApplicationShutdown {
  abstract readonly queue: QueueName;
  protected abstract readonly handlers: Record<string, JobHandler>;

  /**
   * Stops taking jobs and waits for the running ones while the database is still open.
   * @nestjs/bullmq closes its workers only in onApplicationShutdown, and Nest runs TypeORM's
   * (which destroys the DataSource) before it: jobs in flight at SIGTERM failed ("Connection
   * terminated", "Driver not Connected") and ran again elsewhere.
   */
  async beforeApplicationShutdown(): Promise<void> {
    let worker: Worker;
    try {
      worker = this.worker;
    } catch {
      return; // never started (the app failed to initialise)
    }
    await worker.close();
  }

  /** Whether this router's BullMQ worker is taking jobs (not closed, not closing). */
  running(): boolean {
    try {
      return this.worker.isRunning() && !this.worker.closing;
    } catch {
      return false;
    }
  }

  handledJobs(): string[] {
    return Object.keys(this.handlers);
  }

  async process(job: Job, token?: string): Promise<unknown> {
    const handler = this.handlers[job.name];
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name} on ${this.queue}`);
    const requestId = (job.data as { requestId?: unknown } | undefined)?.requestId;
    // The job's logs, and the events its command raises, carry the request that started it.
    return requestContext.run(typeof requestId === 'string' ? { requestId } : undefined, () =>
      handler(job, token),
    );
  }
}

/** Every declared job of the given queues that no router handles, as "queue/job". */
export function unhandledJobs(
  routers: { queue: string; handledJobs(): string[] }[],
  queues: readonly QueueName[] = ALL_QUEUES,
): string[] {
  const handled = new Set(
    routers.flatMap((r) => r.handledJobs().map((name) => `${r.queue}/${name}`)),
  );
  return queues
    .flatMap((queue) => jobNamesOf(queue).map((name) => `${queue}/${name}`))
    .filter((job) => !handled.has(job));
}

/**
 * The routers of the queues a worker is told to take (WORKER_QUEUES), all when it is told none.
 * A name that is no queue stops the worker: it would otherwise wait forever on nothing.
 */
export function routersFor<R extends { processor: { queue: QueueName } }>(
  routers: readonly R[],
  queues: readonly string[] | undefined,
): R[] {
  if (!queues) return [...routers];
  const unknown = queues.filter((q) => !(ALL_QUEUES as string[]).includes(q));
  if (unknown.length > 0) {
    throw new Error(
      `WORKER_QUEUES names no such queue: ${unknown.join(', ')} (the queues are ${ALL_QUEUES.join(', ')})`,
    );
  }
  return routers.filter((r) => queues.includes(r.processor.queue));
}

/** Names this process's workers in Redis (CLIENT LIST) and on the jobs they take (processedBy). */
export const WORKER_NAME = `${hostname()}-${process.pid}`;

/** The BullMQ worker options of a processor: what its @Processor declares, plus the configured. */
export function workerOptions(
  config: AppConfig,
  declared: Partial<WorkerOptions> = {},
): Partial<WorkerOptions> {
  return {
    ...declared,
    name: WORKER_NAME,
    lockDuration: config.JOB_LOCK_MS,
    stalledInterval: config.STALLED_CHECK_MS,
  };
}

/**
 * A router class with what its BullMQ worker needs: its queue and how many jobs it runs at
 * once. Routers are marked @Injectable() (so TypeScript records their constructor's parameter
 * types for Nest); @Processor goes on the configured subclass below, not on them.
 */
export type RouterClass = Type<JobRouter> & {
  readonly processor: { queue: QueueName; concurrency: number };
};

/**
 * The routers as providers whose workers run with `workerOptions`. Each is provided as a
 * subclass that @Processor marks with its queue and merged options; the declared class stays
 * as it is (and stays the injection token), so apps with other settings can share a process,
 * as tests do.
 */
export function processorProviders(config: AppConfig, routers: RouterClass[]): Provider[] {
  return routers.map((router) => {
    // (Typed loosely: TypeScript takes the abstract members for unimplemented ones.)
    const configured = class extends (router as Type<object>) {};
    Object.defineProperty(configured, 'name', { value: router.name });
    const { queue, concurrency } = router.processor;
    Processor(queue, workerOptions(config, { concurrency }))(configured);
    return { provide: router, useClass: configured };
  });
}
