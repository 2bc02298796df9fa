import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  @ApiProperty({ minLength: 1, maxLength: TEXT_LIMITS.questionText })
  @IsString()
  @Length(1, TEXT_LIMITS.questionText)
  en: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: TEXT_LIMITS.questionText })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_LIMITS.questionText)
  fr?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: TEXT_LIMITS.questionText })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_LIMITS.questionText)
  es?: string;
}

export class QuestionDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 99 })
  @IsInt()
  @Min(1)
  @Max(99)
  number: number;

  @ApiProperty({ type: () => QuestionTextDto })
  @IsObject()
  @ValidateNested()
  @Type(() => QuestionTextDto)
  text: QuestionTextDto;
}

export class CreateRoundDto {
  @ApiProperty({ minLength: 1, maxLength: TEXT_LIMITS.roundTitle })
  @IsString()
  @Length(1, TEXT_LIMITS.roundTitle)
  title: string;

  @ApiProperty({ maxLength: TEXT_LIMITS.roundDescription })
  @IsString()
  @MaxLength(TEXT_LIMITS.roundDescription)
  description: string;

  @ApiProperty({
    type: 'integer',
    isArray: true,
    minimum: 1,
    maximum: 23,
    minItems: 1,
    maxItems: 23,
    uniqueItems: true,
  })
  @IsObjectiveNumbers()
  @ArrayMinSize(1)
  objectiveNumbers: number[];

  @ApiProperty({
    enum: LANGUAGES,
    enumName: 'Language',
    isArray: true,
    minItems: 1,
    uniqueItems: true,
  })
  @IsArray()
  @ArrayMinSize(1)
  @IsDistinct()
  @IsIn(LANGUAGES, { each: true })
  languages: Language[];

  @ApiProperty({
    format: 'date-time',
    description: 'With a time zone, e.g. 2030-05-01T12:00:00Z; must lie in the future',
  })
  @IsISO8601({ strict: true, strictSeparator: true })
  // A calendar date with a time and a zone: week dates and zone-less times are ambiguous.
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'closesAt must be a date and time with a time zone, e.g. 2030-05-01T12:00:00Z',
  })
  closesAt: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 300, maximum: 5000 })
  @IsOptional()
  @IsInt()
  @Min(300)
  @Max(5000)
  noteWordTarget?: number;

  @ApiProperty({ type: () => [QuestionDto], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions: QuestionDto[];

  @ApiPropertyOptional({
    type: 'string',
    format: 'uuid',
    isArray: true,
    maxItems: 20,
    uniqueItems: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsDistinct()
  @IsUUID('all', { each: true })
  coChairIds?: string[];
}
