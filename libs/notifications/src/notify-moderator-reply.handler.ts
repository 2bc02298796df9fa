import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NotifyModeratorReplyCommand } from './notify-moderator-reply.command';

@CommandHandler(NotifyModeratorReplyCommand)
export class NotifyModeratorReplyHandler implements ICommandHandler<NotifyModeratorReplyCommand> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ replyId }: NotifyModeratorReplyCommand): Promise<{ notified: number }> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO notifications (user_id, type, round_id, contribution_id, reply_id, source_key)
       SELECT c.author_id, 'moderator_reply', c.round_id, c.id, p.id, 'reply:' || p.id
         FROM replies p JOIN contributions c ON c.id = p.contribution_id
        WHERE p.id = $1 AND p.is_moderator_reply AND p.author_id <> c.author_id
       ON CONFLICT (user_id, source_key) DO NOTHING
       RETURNING id`,
      [replyId],
    );
    return { notified: rows.length };
  }
}
