import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateIf } from 'class-validator';
import { TEXT_LIMITS } from '@convene/common';
import { CLAIM_KINDS, type ClaimKind } from '@convene/synthesis';

/** The span names the claim; whether it lies inside this body is for the handler to say. */
export class CorrectClaimDto {
  @IsInt()
  @Min(0)
  @Max(TEXT_LIMITS.contributionBody)
  start: number;

  @IsInt()
  @Min(1)
  @Max(TEXT_LIMITS.contributionBody)
  end: number;

  /** null: the claim is about no objective; absent: the analysis's objective stands. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(23)
  objective?: number | null;

  // Unlike objective, null is no kind: only absence leaves it to the analysis.
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(CLAIM_KINDS)
  kind?: ClaimKind;

  @IsOptional()
  @IsString()
  @Length(1, TEXT_LIMITS.reason)
  reason?: string;
}
