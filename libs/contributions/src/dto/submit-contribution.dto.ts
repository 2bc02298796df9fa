import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsObjectiveNumbers, type Language, LANGUAGES, TEXT_LIMITS } from '@convene/common';

export class SubmitContributionDto {
  @IsInt()
  @Min(1)
  @Max(99)
  questionNumber: number;

  @IsString()
  @Length(1, TEXT_LIMITS.contributionBody)
  body: string;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @IsOptional()
  @IsObjectiveNumbers()
  objectiveNumbers?: number[];
}
