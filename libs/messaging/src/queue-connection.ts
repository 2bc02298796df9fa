import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Cluster, type RedisOptions } from 'ioredis';
import { AppConfig } from '@convene/config';
import { redisOptionsFromUrl } from './redis-options';

/**
 * What BullMQ connects with. On a single Redis, options: each queue and worker opens and closes
 * its own connection. On a cluster, one Cluster client the queues share (workers duplicate it
 * for their blocking reads); BullMQ never closes a client it is given, so this does.
 */
@Injectable()
export class QueueConnection implements OnApplicationShutdown {
  readonly connection: RedisOptions | Cluster;

  constructor(@Inject(AppConfig) config: AppConfig) {
    const nodes = config.redisClusterNodes;
    // Workers block on Redis: a command must wait out a reconnect, not fail after N retries.
    this.connection = nodes
      ? new Cluster(nodes, { redisOptions: { maxRetriesPerRequest: null } })
      : { ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: null };
  }

  async onApplicationShutdown(): Promise<void> {
    const client = this.connection;
    if (client instanceof Cluster) await client.quit().catch(() => client.disconnect());
  }
}
