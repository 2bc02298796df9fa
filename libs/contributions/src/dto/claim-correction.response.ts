import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLAIM_KINDS, type ClaimCorrection, type ClaimKind } from '@convene/synthesis';

/** A claim named by its span in the body, with what a moderator set on it. */
export class ClaimCorrectionResponse implements ClaimCorrection {
  @ApiProperty({ type: 'integer', minimum: 0 })
  start: number;

  @ApiProperty({ type: 'integer', minimum: 1 })
  end: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 23,
    nullable: true,
    description: 'null: about no objective; absent: the analysis’s objective stands',
  })
  objective?: number | null;

  @ApiPropertyOptional({
    enum: CLAIM_KINDS,
    enumName: 'ClaimKind',
    description: 'Absent: the analysis’s kind stands',
  })
  kind?: ClaimKind;
}
