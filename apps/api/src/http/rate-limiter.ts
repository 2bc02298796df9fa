import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AppConfig } from '@convene/config';
import { TooManyRequestsError } from '@convene/common';
import { ApiRedis } from './api-redis';

export interface Limit {
  bucket: string;
  max: number;
  windowSeconds: number;
}

/** The contract's defaults: each is at or beyond what it promises to allow. */
export const LIMITS = {
  /** Failed logins on one account from one client: the contract's 10 a minute. */
  failedLogins: { bucket: 'login-failed', max: 10, windowSeconds: 60 },
  /**
   * Failed logins on one account from all clients together: high enough that one client
   * cannot lock the owner out, low enough to stop guessing from many addresses.
   */
  accountFailedLogins: { bucket: 'login-failed-account', max: 100, windowSeconds: 60 },
  /** Every login attempt from one address, right or wrong: each costs a password hash. */
  loginAttempts: { bucket: 'login', max: 120, windowSeconds: 60 },
  posts: { bucket: 'post', max: 60, windowSeconds: 60 },
  registrations: { bucket: 'register', max: 60, windowSeconds: 3600 },
} satisfies Record<string, Limit>;

/**
 * Fixed-window counters in Redis, shared by every API process. While Redis is away the
 * limiter lets requests through: taking contributions matters more than throttling them.
 */
@Injectable()
export class RateLimiter {
  private readonly enabled: boolean;
  private readonly prefix: string;

  constructor(
    private readonly redis: ApiRedis,
    config: AppConfig,
  ) {
    this.enabled = config.RATE_LIMIT === 'on';
    this.prefix = `${config.QUEUE_PREFIX}:rate`;
  }

  /** Counts one hit and refuses it when the window is full. */
  async consume(limit: Limit, subject: string): Promise<void> {
    if (!this.enabled) return;
    const count = await this.increment(limit, subject);
    if (count > limit.max) this.refuse(limit);
  }

  /**
   * Counts one hit now, refusing it when the window is full, and returns what gives it back:
   * for what only counts when it fails (a login), so that concurrent attempts cannot all pass
   * a check made before any of them is counted.
   */
  async reserve(limit: Limit, subject: string): Promise<() => Promise<void>> {
    if (!this.enabled) return async () => {};
    const key = this.key(limit, subject);
    const count = await this.increment(limit, subject);
    if (count > limit.max) this.refuse(limit);
    return async () => {
      await this.redis.client.decr(key).catch(() => undefined);
    };
  }

  private async increment(limit: Limit, subject: string): Promise<number> {
    const key = this.key(limit, subject);
    try {
      // One key per transaction, so on a cluster it runs on that key's node; the counters are
      // not hash-tagged, so they spread over the nodes.
      const results = await this.redis.client
        .multi()
        .incr(key)
        .expire(key, limit.windowSeconds, 'NX')
        .exec();
      return Number(results?.[0]?.[1] ?? 0);
    } catch {
      return 0;
    }
  }

  private key(limit: Limit, subject: string): string {
    const window = Math.floor(Date.now() / 1000 / limit.windowSeconds);
    // Subjects can be emails or addresses: keep them out of Redis in the clear.
    const digest = createHash('sha256').update(subject).digest('base64url').slice(0, 22);
    return `${this.prefix}:${limit.bucket}:${window}:${digest}`;
  }

  private refuse(limit: Limit): never {
    const elapsed = Math.floor(Date.now() / 1000) % limit.windowSeconds;
    throw new TooManyRequestsError(
      `too many requests; at most ${limit.max} per ${limit.windowSeconds} seconds`,
      limit.windowSeconds - elapsed,
    );
  }
}
