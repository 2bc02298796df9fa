import { Queue } from 'bullmq';
import { Cluster } from 'ioredis';
import type { AppConfig } from '@convene/config';
import { ALL_QUEUES, queuePrefix, redisOptionsFromUrl } from '@convene/messaging';

export interface OpenQueues {
  queues: Queue[];
  /** Closes the queues and, on a cluster, the client they share (BullMQ leaves it open). */
  close(): Promise<void>;
}

/** Every queue of a configuration, opened from outside the apps to wait on or look into. */
export function openQueues(config: AppConfig): OpenQueues {
  const nodes = config.redisClusterNodes;
  const cluster = nodes && new Cluster(nodes);
  const queues = ALL_QUEUES.map(
    (name) =>
      new Queue(name, {
        prefix: queuePrefix(config, name),
        connection: cluster ?? redisOptionsFromUrl(config.REDIS_URL),
      }),
  );
  return {
    queues,
    close: async () => {
      await Promise.all(queues.map((queue) => queue.close()));
      await cluster?.quit();
    },
  };
}
