import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConflictError } from '@convene/common';
import { UnitOfWork } from '@convene/messaging';
import { hashPassword } from './password-hasher';
import { RegisterUserCommand, type RegisteredUser } from './register-user.command';
import { UserRegisteredEvent } from './user-registered.event';

@CommandHandler(RegisterUserCommand)
export class RegisterUserHandler implements ICommandHandler<RegisterUserCommand> {
  constructor(private readonly uow: UnitOfWork) {}

  async execute(command: RegisterUserCommand): Promise<RegisteredUser> {
    const passwordHash = await hashPassword(command.password);
    return this.uow.run(async (tx, raise) => {
      const rows: RegisteredUser[] = await tx.query(
        `INSERT INTO users (email, password_hash, display_name, organisation, stakeholder_type, roles)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (lower(email)) DO NOTHING
         RETURNING id, email, roles`,
        [
          command.email,
          passwordHash,
          command.displayName,
          command.organisation,
          command.stakeholderType,
          command.roles,
        ],
      );
      if (rows.length === 0) throw new ConflictError('an account with this email already exists');
      raise(new UserRegisteredEvent(rows[0].id));
      return rows[0];
    });
  }
}
