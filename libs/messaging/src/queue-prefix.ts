import type { AppConfig } from '@convene/config';
import { QUEUES, type QueueName } from './queues';

/**
 * Queues that must share another's hash slot on a cluster: a flow is added in one transaction
 * and a finished child moves its parent in one script, so drafting's draft-note and the
 * synthesis jobs it waits for must live in one slot.
 */
const SLOT_SHARED_WITH: Partial<Record<QueueName, QueueName>> = {
  [QUEUES.synthesis]: QUEUES.drafting,
};

/**
 * The BullMQ prefix of a queue: QUEUE_PREFIX on a single Redis. On a cluster every key a
 * BullMQ script touches must hash to one slot, so the prefix becomes a hash tag per queue,
 * `{convene:analysis}`: each queue lives on one node, different queues on different slots.
 */
export function queuePrefix(config: AppConfig, queue: QueueName): string {
  if (!config.REDIS_CLUSTER_NODES) return config.QUEUE_PREFIX;
  return `{${config.QUEUE_PREFIX}:${SLOT_SHARED_WITH[queue] ?? queue}}`;
}
