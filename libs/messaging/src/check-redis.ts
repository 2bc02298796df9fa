import Redis, { Cluster } from 'ioredis';
import type { AppConfig, ClusterSeed } from '@convene/config';
import { redisOptionsFromUrl } from './redis-options';

/**
 * Throws a one-line reason when Redis (or the cluster) does not answer; returns its eviction
 * policy, which must be noeviction or queued jobs can vanish under memory pressure.
 */
export async function checkRedis(config: AppConfig, timeoutMs = 3000): Promise<string | null> {
  const nodes = config.redisClusterNodes;
  return nodes ? checkCluster(nodes, timeoutMs) : checkServer(config.REDIS_URL, timeoutMs);
}

async function checkServer(redisUrl: string, timeoutMs: number): Promise<string | null> {
  const client = new Redis({
    ...redisOptionsFromUrl(redisUrl),
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return await evictionPolicyOf(client);
  } catch (error) {
    const url = new URL(redisUrl);
    throw new Error(
      `Redis at ${url.hostname}:${url.port || 6379} cannot be reached: ${(error as Error).message}`,
      { cause: error },
    );
  } finally {
    client.disconnect();
  }
}

/** Ready only once the cluster says cluster_state:ok; the policy is the first evicting node's. */
async function checkCluster(nodes: ClusterSeed[], timeoutMs: number): Promise<string | null> {
  const cluster = new Cluster(nodes, {
    lazyConnect: true,
    clusterRetryStrategy: () => null,
    redisOptions: { connectTimeout: timeoutMs, maxRetriesPerRequest: 0 },
  });
  let failure: (Error & { lastNodeError?: Error }) | undefined;
  cluster.on('error', (error: Error) => {
    failure = error;
  });
  try {
    await cluster.connect();
    const policies = await Promise.all(cluster.nodes('master').map(evictionPolicyOf));
    return (
      policies.find((p) => p !== null && p !== 'noeviction') ??
      policies.find((p) => p !== null) ??
      null
    );
  } catch (error) {
    const seeds = nodes.map((n) => `${n.host}:${n.port}`).join(',');
    // connect() says only that no seed answered; the error event says why (say, not a cluster).
    const why = failure?.lastNodeError?.message;
    const reason = `${(error as Error).message}${why ? ` (${why})` : ''}`;
    throw new Error(`Redis Cluster at ${seeds} cannot be reached: ${reason}`, { cause: error });
  } finally {
    cluster.disconnect();
  }
}

/** null when CONFIG is disabled (some managed services), so the policy cannot be read. */
async function evictionPolicyOf(client: Redis): Promise<string | null> {
  const policy = (await client.config('GET', 'maxmemory-policy').catch(() => [])) as string[];
  return policy[1] ?? null;
}

/** What to warn about an eviction policy: anything but noeviction can drop queued jobs. */
export function evictionPolicyWarning(policy: string | null): string | null {
  if (policy === null || policy === 'noeviction') return null;
  return `Redis maxmemory-policy is ${policy}; set it to noeviction or queued jobs may be evicted`;
}
