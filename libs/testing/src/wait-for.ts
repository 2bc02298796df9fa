import type { Queue } from 'bullmq';

/** Polls until the check passes (returns a value other than undefined/false) or time runs out. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  { timeoutMs = 10_000, intervalMs = 50, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(
    `timed out waiting for ${what}${lastError instanceof Error ? `: ${lastError.message}` : ''}`,
  );
}

/**
 * Waits until every queue has nothing waiting or running (delayed jobs may stay) and the
 * outbox holds no event the relay has yet to move.
 */
export async function waitForQueuesDrained(
  queues: Queue[],
  pendingOutbox: () => Promise<number>,
  timeoutMs = 15_000,
): Promise<void> {
  await eventually(
    async () => {
      if ((await pendingOutbox()) > 0) return false;
      for (const queue of queues) {
        const counts = await queue.getJobCounts(
          'waiting',
          'active',
          'prioritized',
          'waiting-children',
        );
        if (Object.values(counts).some((n) => n > 0)) return false;
      }
      return true;
    },
    { timeoutMs, what: 'queues to drain' },
  );
}
