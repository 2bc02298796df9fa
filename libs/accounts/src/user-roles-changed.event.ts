import type { DomainEvent } from '@convene/messaging';

export class UserRolesChangedEvent implements DomainEvent {
  readonly type = 'user.roles_changed';
  constructor(
    readonly userId: string,
    readonly changedBy: string,
  ) {}
  payload() {
    return { userId: this.userId, changedBy: this.changedBy };
  }
}
