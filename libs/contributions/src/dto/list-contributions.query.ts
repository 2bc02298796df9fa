import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LANGUAGES, type Language } from '@convene/common';

export class ListContributionsQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 99 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(99)
  questionNumber?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 23,
    description: 'Found by the analysis or declared by the author',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(23)
  objective?: number;

  @ApiPropertyOptional({ enum: LANGUAGES, enumName: 'Language' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ maxLength: 200, description: 'The `nextCursor` of the page before' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
