import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A retried submission finds its first answer for this long: at least the 24 h the API promises. */
export const IDEMPOTENCY_KEY_RETENTION_HOURS = 48;

@Injectable()
export class IdempotencyKeyPruner {
  constructor(private readonly dataSource: DataSource) {}

  async prune(): Promise<number> {
    const [, deleted] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`,
      [IDEMPOTENCY_KEY_RETENTION_HOURS],
    );
    return deleted;
  }
}
