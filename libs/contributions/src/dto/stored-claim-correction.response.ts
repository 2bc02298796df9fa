import { ApiProperty } from '@nestjs/swagger';
import type { StoredClaimCorrection } from '../correction-rules';
import { ClaimCorrectionResponse } from './claim-correction.response';

export class StoredClaimCorrectionResponse
  extends ClaimCorrectionResponse
  implements StoredClaimCorrection
{
  @ApiProperty({ format: 'uuid' })
  correctedBy: string;

  @ApiProperty({ format: 'date-time' })
  correctedAt: string;
}
