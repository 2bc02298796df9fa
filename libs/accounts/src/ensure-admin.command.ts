import { Command } from '@nestjs/cqrs';

/** Creates the configured admin, or gives an existing account of that email the admin role. */
export class EnsureAdminCommand extends Command<{ id: string; created: boolean }> {
  constructor(
    readonly email: string,
    readonly password: string,
  ) {
    super();
  }
}
