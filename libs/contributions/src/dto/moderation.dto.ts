import { IsOptional, IsString, Length } from 'class-validator';
import { TEXT_LIMITS } from '@convene/common';

export class HideContributionDto {
  @IsString()
  @Length(1, TEXT_LIMITS.reason)
  reason: string;
}

export class RestoreContributionDto {
  @IsOptional()
  @IsString()
  @Length(1, TEXT_LIMITS.reason)
  reason?: string;
}
