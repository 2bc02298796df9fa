import type { DomainEvent } from '@convene/messaging';

export class UserRegisteredEvent implements DomainEvent {
  readonly type = 'user.registered';
  constructor(readonly userId: string) {}
  payload() {
    return { userId: this.userId };
  }
}
