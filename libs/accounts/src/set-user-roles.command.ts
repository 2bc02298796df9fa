import { Command } from '@nestjs/cqrs';
import type { Actor, Role } from '@convene/common';

export class SetUserRolesCommand extends Command<{ id: string; roles: Role[] }> {
  constructor(
    readonly actor: Actor,
    readonly userId: string,
    readonly roles: Role[],
  ) {
    super();
  }
}
