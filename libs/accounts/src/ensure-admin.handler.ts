import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ConflictError } from '@convene/common';
import { EnsureAdminCommand } from './ensure-admin.command';
import { RegisterUserCommand } from './register-user.command';

@CommandHandler(EnsureAdminCommand)
export class EnsureAdminHandler implements ICommandHandler<EnsureAdminCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly commandBus: CommandBus,
  ) {}

  async execute({
    email,
    password,
  }: EnsureAdminCommand): Promise<{ id: string; created: boolean }> {
    const promote = async () => {
      const [rows]: [{ id: string }[], number] = await this.dataSource.query(
        `UPDATE users SET roles = (SELECT array_agg(DISTINCT r ORDER BY r) FROM unnest(roles || ARRAY['admin','stakeholder']) r)
          WHERE lower(email) = lower($1) RETURNING id`,
        [email],
      );
      return rows[0];
    };
    const existing = await promote();
    if (existing) return { id: existing.id, created: false };
    try {
      const user = await this.commandBus.execute(
        new RegisterUserCommand(email, password, 'Administrator', null, 'individual', [
          'admin',
          'stakeholder',
        ]),
      );
      return { id: user.id, created: true };
    } catch (error) {
      // Another process created it at the same moment.
      if (error instanceof ConflictError) return { id: (await promote()).id, created: false };
      throw error;
    }
  }
}
