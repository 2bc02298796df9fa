import { Command } from '@nestjs/cqrs';

/** Tells each co-chair of a note's round that a new version is ready. */
export class NotifyNoteReadyCommand extends Command<{ notified: number }> {
  constructor(readonly noteId: string) {
    super();
  }
}
