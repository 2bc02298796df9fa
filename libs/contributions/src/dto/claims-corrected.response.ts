import { ApiProperty } from '@nestjs/swagger';
import { StoredClaimCorrectionResponse } from './stored-claim-correction.response';

export class ClaimsCorrectedResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    type: () => [StoredClaimCorrectionResponse],
    description: 'All of the contribution’s claim corrections, by span',
  })
  claimCorrections: StoredClaimCorrectionResponse[];
}
