import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NotFoundError } from '@convene/common';
import { MarkNotificationReadCommand } from './mark-notification-read.command';

@CommandHandler(MarkNotificationReadCommand)
export class MarkNotificationReadHandler implements ICommandHandler<MarkNotificationReadCommand> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ actor, notificationId }: MarkNotificationReadCommand) {
    const [rows]: [{ id: string; read_at: Date }[], number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now())
        WHERE id = $1 AND user_id = $2 RETURNING id, read_at`,
      [notificationId, actor.id],
    );
    // Another user's notification is as unknown as a missing one.
    if (!rows[0]) throw new NotFoundError('no notification with this id');
    return { id: rows[0].id, readAt: rows[0].read_at.toISOString() };
  }
}
