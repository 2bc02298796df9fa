import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How long relayed events and idempotency keys are kept (keys: at least the 24 h promised). */
export const RETENTION = { outboxDays: 7, idempotencyKeyHours: 48 } as const;

@Injectable()
export class RecordPruner {
  constructor(private readonly dataSource: DataSource) {}

  async prune(): Promise<{ outbox: number; idempotencyKeys: number }> {
    const [, outbox] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM outbox WHERE dispatched_at < now() - make_interval(days => $1)`,
      [RETENTION.outboxDays],
    );
    const [, idempotencyKeys] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`,
      [RETENTION.idempotencyKeyHours],
    );
    return { outbox, idempotencyKeys };
  }
}
