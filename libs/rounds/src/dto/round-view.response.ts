import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '@convene/common';
import { NOTES_VISIBILITIES, type NotesVisibility } from '../notes-visibility-policy';
import { ROUND_STATUSES, type RoundStatus } from '../round-policy';
import type { RoundView } from '../round-reader';

class QuestionTextResponse implements Partial<Record<Language, string>> {
  @ApiProperty()
  en: string;

  @ApiPropertyOptional()
  fr?: string;

  @ApiPropertyOptional()
  es?: string;
}

class QuestionResponse {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 99 })
  number: number;

  @ApiProperty({ type: () => QuestionTextResponse })
  text: QuestionTextResponse;
}

class RoundCountsResponse {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Hidden contributions count only for the round’s moderators',
  })
  contributions: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Replies under hidden contributions count only for the round’s moderators',
  })
  replies: number;
}

export class RoundViewResponse implements RoundView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ enum: ROUND_STATUSES, enumName: 'RoundStatus' })
  status: RoundStatus;

  @ApiProperty({ type: 'integer', isArray: true, minimum: 1, maximum: 23 })
  objectiveNumbers: number[];

  @ApiProperty({ enum: LANGUAGES, enumName: 'Language', isArray: true })
  languages: Language[];

  @ApiProperty({ type: () => [QuestionResponse] })
  questions: QuestionResponse[];

  @ApiProperty({ format: 'date-time' })
  closesAt: string;

  @ApiProperty({ type: 'integer' })
  noteWordTarget: number;

  @ApiProperty({ type: 'string', format: 'uuid', isArray: true })
  moderatorIds: string[];

  @ApiProperty({ type: 'string', format: 'uuid', isArray: true })
  coChairIds: string[];

  @ApiProperty({ enum: NOTES_VISIBILITIES, enumName: 'NotesVisibility' })
  notesVisibility: NotesVisibility;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  openedAt: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  closedAt: string | null;

  @ApiProperty({ type: () => RoundCountsResponse })
  counts: RoundCountsResponse;
}
