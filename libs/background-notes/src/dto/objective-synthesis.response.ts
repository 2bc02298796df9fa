import { ApiProperty } from '@nestjs/swagger';
import {
  ACTORS,
  type Actor,
  type Ask,
  type ContributionLanguage,
  type KeyPoint,
  type ObjectiveSynthesis,
  type SentenceKind,
  type Theme,
} from '@convene/synthesis';
import { CONTRIBUTION_LANGUAGES, SENTENCE_KINDS } from './synthesis-enums';

class ThemeResponse implements Theme {
  @ApiProperty()
  label: string;

  @ApiProperty({ type: 'string', isArray: true, description: 'Most frequent first' })
  terms: string[];

  @ApiProperty({ type: 'string', format: 'uuid', isArray: true })
  contributionIds: string[];
}

class KeyPointResponse implements KeyPoint {
  @ApiProperty({ description: 'A sentence of a contribution, verbatim' })
  text: string;

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    isArray: true,
    description: 'The contribution it was taken from first, then others that wrote the same',
  })
  contributionIds: string[];

  @ApiProperty({ enum: CONTRIBUTION_LANGUAGES, enumName: 'ContributionLanguage' })
  language: ContributionLanguage;

  @ApiProperty({ enum: SENTENCE_KINDS, enumName: 'SentenceKind', isArray: true })
  kinds: SentenceKind[];

  @ApiProperty({ enum: ACTORS, enumName: 'Addressee', isArray: true })
  actors: Actor[];
}

class AskResponse implements Ask {
  @ApiProperty({ enum: ACTORS, enumName: 'Addressee' })
  actor: Actor;

  @ApiProperty({ type: 'string', format: 'uuid', isArray: true })
  contributionIds: string[];
}

class SynthesisCountsResponse {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Contributions by stakeholder type',
  })
  byStakeholderType: Record<string, number>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Contributions by language',
  })
  byLanguage: Record<string, number>;
}

export class ObjectiveSynthesisResponse implements ObjectiveSynthesis {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 23 })
  objectiveNumber: number;

  @ApiProperty({ type: 'string', format: 'uuid', isArray: true })
  contributionIds: string[];

  @ApiProperty({ type: () => [ThemeResponse] })
  themes: ThemeResponse[];

  @ApiProperty({ type: () => [KeyPointResponse], description: 'Best first' })
  keyPoints: KeyPointResponse[];

  @ApiProperty({
    type: () => [AskResponse],
    description: 'Whom contributions ask to act, most asked first',
  })
  asks: AskResponse[];

  @ApiProperty({ type: () => SynthesisCountsResponse })
  counts: SynthesisCountsResponse;
}
