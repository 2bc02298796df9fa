import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NotifyNoteReadyCommand } from './notify-note-ready.command';

@CommandHandler(NotifyNoteReadyCommand)
export class NotifyNoteReadyHandler implements ICommandHandler<NotifyNoteReadyCommand> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ noteId }: NotifyNoteReadyCommand): Promise<{ notified: number }> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO notifications (user_id, type, round_id, source_key)
       SELECT m.user_id, 'background_note.ready', n.round_id, 'note:' || n.id
         FROM background_notes n
         JOIN round_members m ON m.round_id = n.round_id AND m.role = 'co_chair'
        WHERE n.id = $1
       ON CONFLICT (user_id, source_key) DO NOTHING
       RETURNING id`,
      [noteId],
    );
    return { notified: rows.length };
  }
}
