import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  IsDistinct,
  IsObjectiveNumbers,
  type Language,
  LANGUAGES,
  TEXT_LIMITS,
} from '@convene/common';

export class QuestionTextDto {
  @IsString()
  @Length(1, TEXT_LIMITS.questionText)
  en: string;

  @IsOptional()
  @IsString()
  @Length(1, TEXT_LIMITS.questionText)
  fr?: string;

  @IsOptional()
  @IsString()
  @Length(1, TEXT_LIMITS.questionText)
  es?: string;
}

export class QuestionDto {
  @IsInt()
  @Min(1)
  @Max(99)
  number: number;

  @IsObject()
  @ValidateNested()
  @Type(() => QuestionTextDto)
  text: QuestionTextDto;
}

export class CreateRoundDto {
  @IsString()
  @Length(1, TEXT_LIMITS.roundTitle)
  title: string;

  @IsString()
  @MaxLength(TEXT_LIMITS.roundDescription)
  description: string;

  @IsObjectiveNumbers()
  @ArrayMinSize(1)
  objectiveNumbers: number[];

  @IsArray()
  @ArrayMinSize(1)
  @IsDistinct()
  @IsIn(LANGUAGES, { each: true })
  languages: Language[];

  /** ISO 8601 with a time zone; must lie in the future. */
  @IsISO8601({ strict: true, strictSeparator: true })
  // A calendar date with a time and a zone: week dates and zone-less times are ambiguous.
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'closesAt must be a date and time with a time zone, e.g. 2030-05-01T12:00:00Z',
  })
  closesAt: string;

  @IsOptional()
  @IsInt()
  @Min(300)
  @Max(5000)
  noteWordTarget?: number;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions: QuestionDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsDistinct()
  @IsUUID('all', { each: true })
  coChairIds?: string[];
}
