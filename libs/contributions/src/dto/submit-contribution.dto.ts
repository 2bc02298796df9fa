import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsObjectiveNumbers, type Language, LANGUAGES, TEXT_LIMITS } from '@convene/common';

export class SubmitContributionDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 99 })
  @IsInt()
  @Min(1)
  @Max(99)
  questionNumber: number;

  @ApiProperty({ minLength: 1, maxLength: TEXT_LIMITS.contributionBody })
  @IsString()
  @Length(1, TEXT_LIMITS.contributionBody)
  body: string;

  @ApiPropertyOptional({ enum: LANGUAGES, enumName: 'Language' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({
    type: 'integer',
    isArray: true,
    minimum: 1,
    maximum: 23,
    maxItems: 23,
    uniqueItems: true,
  })
  @IsOptional()
  @IsObjectiveNumbers()
  objectiveNumbers?: number[];
}
