import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Relayed events are kept this long, to trace what a job was started by. */
export const OUTBOX_RETENTION_DAYS = 7;

@Injectable()
export class OutboxPruner {
  constructor(private readonly dataSource: DataSource) {}

  /** Only relayed events: one never relayed is work still owed, however old. */
  async prune(): Promise<number> {
    const [, deleted] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM outbox WHERE dispatched_at < now() - make_interval(days => $1)`,
      [OUTBOX_RETENTION_DAYS],
    );
    return deleted;
  }
}
