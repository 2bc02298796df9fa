import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsObjectiveNumbers, TEXT_LIMITS } from '@convene/common';

export class CorrectObjectivesDto {
  @ApiProperty({
    type: 'integer',
    isArray: true,
    minimum: 1,
    maximum: 23,
    maxItems: 23,
    uniqueItems: true,
    description: 'The GCM objectives the contribution is about; empty: none of them',
  })
  @IsObjectiveNumbers()
  objectiveNumbers: number[];

  @ApiPropertyOptional({ minLength: 1, maxLength: TEXT_LIMITS.reason })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_LIMITS.reason)
  reason?: string;
}
