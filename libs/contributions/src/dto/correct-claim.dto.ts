import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateIf } from 'class-validator';
import { TEXT_LIMITS } from '@convene/common';
import { CLAIM_KINDS, type ClaimKind } from '@convene/synthesis';

/** The span names the claim; whether it lies inside this body is for the handler to say. */
export class CorrectClaimDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: TEXT_LIMITS.contributionBody })
  @IsInt()
  @Min(0)
  @Max(TEXT_LIMITS.contributionBody)
  start: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: TEXT_LIMITS.contributionBody })
  @IsInt()
  @Min(1)
  @Max(TEXT_LIMITS.contributionBody)
  end: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 23,
    nullable: true,
    description: 'null: the claim is about no objective; absent: the analysis’s objective stands',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(23)
  objective?: number | null;

  // Unlike objective, null is no kind: only absence leaves it to the analysis.
  @ApiPropertyOptional({ enum: CLAIM_KINDS, enumName: 'ClaimKind' })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(CLAIM_KINDS)
  kind?: ClaimKind;

  @ApiPropertyOptional({ minLength: 1, maxLength: TEXT_LIMITS.reason })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_LIMITS.reason)
  reason?: string;
}
