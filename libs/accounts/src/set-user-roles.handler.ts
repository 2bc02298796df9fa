import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  ForbiddenError,
  hasRole,
  InvalidInputError,
  NotFoundError,
  type Role,
} from '@convene/common';
import { UnitOfWork } from '@convene/messaging';
import { RoleDirectory } from './role-directory';
import { SetUserRolesCommand } from './set-user-roles.command';
import { UserRolesChangedEvent } from './user-roles-changed.event';

@CommandHandler(SetUserRolesCommand)
export class SetUserRolesHandler implements ICommandHandler<SetUserRolesCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly directory: RoleDirectory,
  ) {}

  async execute({
    actor,
    userId,
    roles,
  }: SetUserRolesCommand): Promise<{ id: string; roles: Role[] }> {
    if (!hasRole(actor, 'admin')) throw new ForbiddenError('only an admin can change roles');
    const unique = [...new Set(roles)].sort();
    // An admin who removes their own admin role could leave the platform without one.
    if (actor.id === userId && !unique.includes('admin')) {
      throw new InvalidInputError('an admin cannot remove their own admin role');
    }
    const changed = await this.uow.run(async (tx, raise) => {
      const [rows]: [{ id: string; roles: Role[] }[], number] = await tx.query(
        `UPDATE users SET roles = $2 WHERE id = $1 RETURNING id, roles`,
        [userId, unique],
      );
      if (rows.length === 0) throw new NotFoundError('no user with this id');
      raise(new UserRolesChangedEvent(userId, actor.id));
      return rows[0];
    });
    this.directory.forget(userId);
    return changed;
  }
}
