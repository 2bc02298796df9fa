import { Command } from '@nestjs/cqrs';
import type { Role, StakeholderType } from '@convene/common';

export interface RegisteredUser {
  id: string;
  email: string;
  roles: Role[];
}

export class RegisterUserCommand extends Command<RegisteredUser> {
  constructor(
    readonly email: string,
    readonly password: string,
    readonly displayName: string,
    readonly organisation: string | null,
    readonly stakeholderType: StakeholderType,
    readonly roles: Role[] = ['stakeholder'],
  ) {
    super();
  }
}
