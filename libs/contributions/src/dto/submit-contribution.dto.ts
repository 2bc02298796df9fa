import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
import { LANGUAGES, TEXT_LIMITS, type Language } from '@convene/common';

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
  @IsArray()
  @ArrayMaxSize(23)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(23, { each: true })
  objectiveNumbers?: number[];
}
