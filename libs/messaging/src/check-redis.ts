import Redis from 'ioredis';
import { redisOptionsFromUrl } from './redis-options';

/**
 * Throws a one-line reason when Redis does not answer; returns its eviction policy, which
 * must be noeviction or queued jobs can vanish under memory pressure.
 */
export async function checkRedis(redisUrl: string, timeoutMs = 3000): Promise<string | null> {
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
    const policy = (await client.config('GET', 'maxmemory-policy').catch(() => [])) as string[];
    return policy[1] ?? null;
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

/** What to warn about an eviction policy: anything but noeviction can drop queued jobs. */
export function evictionPolicyWarning(policy: string | null): string | null {
  if (policy === null || policy === 'noeviction') return null;
  return `Redis maxmemory-policy is ${policy}; set it to noeviction or queued jobs may be evicted`;
}
