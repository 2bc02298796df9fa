import { IsOptional, IsString, Length } from 'class-validator';
import { IsObjectiveNumbers, TEXT_LIMITS } from '@convene/common';

export class CorrectObjectivesDto {
  /** The GCM objectives the contribution is about; empty: none of them. */
  @IsObjectiveNumbers()
  objectiveNumbers: number[];

  @IsOptional()
  @IsString()
  @Length(1, TEXT_LIMITS.reason)
  reason?: string;
}
