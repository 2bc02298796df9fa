import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '@convene/common';
import { ExpiringCache } from './expiring-cache';

/** How long a process may act on roles it read: a change reaches every process by then. */
export const ROLE_CACHE_MS = 5_000;
const MAX_CACHED_USERS = 50_000;

/**
 * A user's current roles, so that taking a role away takes effect at once (in this process)
 * or within ROLE_CACHE_MS (in others), not when the access token expires.
 */
@Injectable()
export class RoleDirectory {
  private readonly cache = new ExpiringCache<string, Role[] | null>(
    ROLE_CACHE_MS,
    MAX_CACHED_USERS,
  );

  constructor(private readonly dataSource: DataSource) {}

  /** The roles of this user, or null when the account no longer exists. */
  rolesOf(userId: string): Promise<Role[] | null> {
    return this.cache.get(userId, async () => {
      const rows: { roles: Role[] }[] = await this.dataSource.query(
        `SELECT roles FROM users WHERE id = $1`,
        [userId],
      );
      return rows[0]?.roles ?? null;
    });
  }

  forget(userId: string): void {
    this.cache.delete(userId);
  }
}
