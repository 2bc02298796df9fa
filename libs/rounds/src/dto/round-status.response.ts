import { ApiProperty } from '@nestjs/swagger';
import { ROUND_STATUSES, type RoundStatus } from '../round-policy';

/** Where a round stands after a moderator opened or closed it. */
export class RoundStatusResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ROUND_STATUSES, enumName: 'RoundStatus' })
  status: RoundStatus;
}
