import { Command } from '@nestjs/cqrs';

export type DraftNoteResult =
  | { outcome: 'written'; noteId: string; version: number }
  | { outcome: 'superseded' | 'finished' | 'missing' };

/** Drafts the note of a request from its stored syntheses, once all of them are done. */
export class DraftNoteCommand extends Command<DraftNoteResult> {
  constructor(readonly draftRequestId: string) {
    super();
  }
}
