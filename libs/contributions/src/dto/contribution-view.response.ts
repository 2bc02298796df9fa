import { ApiProperty } from '@nestjs/swagger';
import type { ContributionLanguage } from '@convene/synthesis';
import type { ContributionView } from '../contribution-views';
import { AuthorResponse } from './author.response';
import { ContributionObjectiveResponse } from './contribution-objective.response';

// Listed against the type, so a new language does not compile until the spec names it.
const CONTRIBUTION_LANGUAGES = Object.keys({
  en: 0,
  fr: 0,
  es: 0,
  other: 0,
} satisfies Record<ContributionLanguage, 0>);

export class ContributionViewResponse implements ContributionView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  roundId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 99 })
  questionNumber: number;

  @ApiProperty({ type: () => AuthorResponse })
  author: AuthorResponse;

  @ApiProperty()
  body: string;

  @ApiProperty({
    enum: CONTRIBUTION_LANGUAGES,
    enumName: 'ContributionLanguage',
    nullable: true,
    description: 'The analysis’s finding, else the declared language; null before either',
  })
  language: ContributionLanguage | null;

  @ApiProperty({ enum: ['received', 'analysed', 'hidden'] })
  status: 'received' | 'analysed' | 'hidden';

  @ApiProperty({
    type: () => [ContributionObjectiveResponse],
    description: 'Found by the analysis first, best first; declared ones it has not found follow',
  })
  objectives: ContributionObjectiveResponse[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  replyCount: number;
}
