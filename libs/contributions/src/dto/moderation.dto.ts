import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { TEXT_LIMITS } from '@convene/common';

export class HideContributionDto {
  @ApiProperty({ minLength: 1, maxLength: TEXT_LIMITS.reason })
  @IsString()
  @Length(1, TEXT_LIMITS.reason)
  reason: string;
}

export class RestoreContributionDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: TEXT_LIMITS.reason })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_LIMITS.reason)
  reason?: string;
}
