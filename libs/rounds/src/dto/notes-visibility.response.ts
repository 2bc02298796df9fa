import { ApiProperty } from '@nestjs/swagger';
import { NOTES_VISIBILITIES, type NotesVisibility } from '../notes-visibility-policy';
import type { SetNotesVisibilityResult } from '../set-notes-visibility.command';

export class NotesVisibilityResponse implements SetNotesVisibilityResult {
  @ApiProperty({ format: 'uuid' })
  roundId: string;

  @ApiProperty({ enum: NOTES_VISIBILITIES, enumName: 'NotesVisibility' })
  notesVisibility: NotesVisibility;
}
