import { Injectable } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '@convene/common';
import type { DomainEvent } from './domain-event';

export type RaiseEvent = (event: DomainEvent) => void;

/**
 * Runs a state change in one transaction together with the outbox rows of the events it
 * raises, then publishes those events in-process once committed. A crash after commit loses
 * nothing: the relay finds the outbox rows.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly eventBus: EventBus,
  ) {}

  async run<T>(work: (tx: EntityManager, raise: RaiseEvent) => Promise<T>): Promise<T> {
    const events: DomainEvent[] = [];
    const result = await this.dataSource.transaction(async (tx) => {
      const value = await work(tx, (event) => events.push(event));
      if (events.length > 0) await writeOutbox(tx, events);
      return value;
    });
    if (events.length > 0) this.eventBus.publishAll(events);
    return result;
  }

  publish(events: DomainEvent[]): void {
    this.eventBus.publishAll(events);
  }
}

/** Each event's row, carrying the id of the request that caused it, when there is one. */
export async function writeOutbox(tx: EntityManager, events: DomainEvent[]): Promise<void> {
  const requestId = requestContext.requestId();
  await tx.query(
    `INSERT INTO outbox (type, payload) SELECT * FROM unnest($1::text[], $2::jsonb[])`,
    [
      events.map((e) => e.type),
      events.map((e) => JSON.stringify(requestId ? { ...e.payload(), requestId } : e.payload())),
    ],
  );
}
