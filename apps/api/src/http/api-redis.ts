import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis, { Cluster } from 'ioredis';
import { AppConfig } from '@convene/config';
import { redisOptionsFromUrl } from '@convene/messaging';

const FAIL_FAST = { maxRetriesPerRequest: 0, connectTimeout: 2000, commandTimeout: 1000 };
const reconnectAfter = (attempt: number) => Math.min(attempt * 200, 2000);

/**
 * The API's own Redis connection (rate limits, health, queue metrics), to REDIS_URL or to the
 * cluster. Commands fail at once while Redis is away instead of queueing, so requests that do
 * not need Redis never wait for it.
 */
@Injectable()
export class ApiRedis implements OnApplicationShutdown {
  readonly client: Redis | Cluster;

  constructor(@Inject(AppConfig) config: AppConfig) {
    const nodes = config.redisClusterNodes;
    this.client = nodes
      ? new Cluster(nodes, {
          enableOfflineQueue: false,
          clusterRetryStrategy: reconnectAfter,
          redisOptions: FAIL_FAST,
        })
      : new Redis({
          ...redisOptionsFromUrl(config.REDIS_URL),
          enableOfflineQueue: false,
          ...FAIL_FAST,
          retryStrategy: reconnectAfter,
        });
    this.client.on('error', () => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
