import { ApiProperty } from '@nestjs/swagger';
import type { CorrectionLogEntry } from '../correction-log-reader';
import { ClaimCorrectionResponse } from './claim-correction.response';

export class ClaimCorrectionLogEntryResponse implements Extract<
  CorrectionLogEntry,
  { what: 'claim' }
> {
  @ApiProperty({ enum: ['claim'] })
  what: 'claim';

  @ApiProperty({
    type: () => ClaimCorrectionResponse,
    nullable: true,
    description: 'The correction of the same span this replaced, if any',
  })
  before: ClaimCorrectionResponse | null;

  @ApiProperty({ type: () => ClaimCorrectionResponse })
  after: ClaimCorrectionResponse;

  @ApiProperty({ type: 'string', nullable: true })
  reason: string | null;

  @ApiProperty({ format: 'uuid' })
  correctedBy: string;

  @ApiProperty({ format: 'date-time' })
  correctedAt: string;
}
