import type { IEvent } from '@nestjs/cqrs';

/**
 * An event raised by a state change. It is written to the outbox in the transaction of that
 * change; its payload carries ids and timestamps only, never personal data.
 */
export interface DomainEvent extends IEvent {
  readonly type: string;
  payload(): Record<string, string | number | boolean | null>;
}
