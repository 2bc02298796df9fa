import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { ALL_QUEUES } from './queues';

/** Looks up the registered BullMQ queue for a name (resolved on first use, once Nest built it). */
@Injectable()
export class QueueRegistry {
  private readonly queues = new Map<string, Queue>();

  constructor(private readonly moduleRef: ModuleRef) {}

  get(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      if (!(ALL_QUEUES as string[]).includes(name)) throw new Error(`no queue named ${name}`);
      queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      this.queues.set(name, queue);
    }
    return queue;
  }

  all(): Queue[] {
    return ALL_QUEUES.map((name) => this.get(name));
  }
}
