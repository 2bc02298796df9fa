import { Command } from '@nestjs/cqrs';
import type { Actor } from '@convene/common';
import type { NotesVisibility } from './notes-visibility-policy';

export interface SetNotesVisibilityResult {
  roundId: string;
  notesVisibility: NotesVisibility;
}

/** A moderator of the round publishes its syntheses and notes, or restricts them again. */
export class SetNotesVisibilityCommand extends Command<SetNotesVisibilityResult> {
  constructor(
    readonly actor: Actor,
    readonly roundId: string,
    readonly notesVisibility: NotesVisibility,
  ) {
    super();
  }
}
