import { WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { ALL_QUEUES, jobNamesOf, type QueueName } from '@convene/messaging';

export type JobHandler = (job: Job, token?: string) => Promise<unknown>;

/** A queue's processor: one handler per job name, looked up by name. */
export abstract class JobRouter extends WorkerHost {
  abstract readonly queue: QueueName;
  protected abstract readonly handlers: Record<string, JobHandler>;

  handledJobs(): string[] {
    return Object.keys(this.handlers);
  }

  async process(job: Job, token?: string): Promise<unknown> {
    const handler = this.handlers[job.name];
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name} on ${this.queue}`);
    return handler(job, token);
  }
}

/** Every declared job that no router handles, as "queue/job". */
export function unhandledJobs(routers: { queue: string; handledJobs(): string[] }[]): string[] {
  const handled = new Set(
    routers.flatMap((r) => r.handledJobs().map((name) => `${r.queue}/${name}`)),
  );
  return ALL_QUEUES.flatMap((queue) => jobNamesOf(queue).map((name) => `${queue}/${name}`)).filter(
    (job) => !handled.has(job),
  );
}
