import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PARAGRAPH_KINDS,
  type ContributionLanguage,
  type NoteParagraph,
  type NoteQuote,
  type NoteSection,
  type ParagraphKind,
} from '@convene/synthesis';
import type { BackgroundNoteView } from '../background-note-reader';
import { CONTRIBUTION_LANGUAGES } from './synthesis-enums';

class NoteQuoteResponse implements NoteQuote {
  @ApiProperty({ description: 'A whole sentence or clause of the contribution, verbatim' })
  text: string;

  @ApiProperty({ format: 'uuid' })
  contributionId: string;

  @ApiProperty({ enum: CONTRIBUTION_LANGUAGES, enumName: 'ContributionLanguage' })
  language: ContributionLanguage;

  @ApiPropertyOptional({
    description:
      'For quotes not in English: an English statement of the claim written from its analysis, not a translation',
  })
  english?: string;

  @ApiProperty({ description: 'How the note cites the contribution ("C3"); the annex explains it' })
  label: string;

  @ApiPropertyOptional({
    description: 'A machine translation of `text`, where the installation has one configured',
  })
  gloss?: string;
}

class NoteParagraphResponse implements NoteParagraph {
  @ApiProperty()
  text: string;

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    isArray: true,
    description: 'The contributions the paragraph draws on',
  })
  sourceIds: string[];

  @ApiProperty({ enum: PARAGRAPH_KINDS, enumName: 'ParagraphKind' })
  kind: ParagraphKind;

  @ApiProperty({ type: () => [NoteQuoteResponse] })
  quotes: NoteQuoteResponse[];
}

class NoteSectionResponse implements NoteSection {
  @ApiProperty()
  heading: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 23,
    description: 'Present on the section of an objective under review',
  })
  objectiveNumber?: number;

  @ApiProperty({ type: () => [NoteParagraphResponse] })
  paragraphs: NoteParagraphResponse[];
}

export class BackgroundNoteResponse implements BackgroundNoteView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  roundId: string;

  @ApiProperty()
  roundTitle: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Words of all paragraphs' })
  wordCount: number;

  @ApiProperty({ type: 'integer' })
  wordTarget: number;

  @ApiProperty({ format: 'date-time' })
  generatedAt: string;

  @ApiProperty({ type: () => [NoteSectionResponse] })
  sections: NoteSectionResponse[];

  @ApiProperty({ description: 'The note as Markdown, citing labels, never ids' })
  markdown: string;
}
