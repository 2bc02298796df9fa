import { ApiProperty } from '@nestjs/swagger';
import type { CorrectionLogEntry } from '../correction-log-reader';

export class ObjectivesCorrectionLogEntryResponse implements Extract<
  CorrectionLogEntry,
  { what: 'objectives' }
> {
  @ApiProperty({ enum: ['objectives'] })
  what: 'objectives';

  @ApiProperty({
    type: 'integer',
    isArray: true,
    description: 'What the contribution showed before: the analysis’s or an earlier correction',
  })
  before: number[];

  @ApiProperty({ type: 'integer', isArray: true })
  after: number[];

  @ApiProperty({ type: 'string', nullable: true })
  reason: string | null;

  @ApiProperty({ format: 'uuid' })
  correctedBy: string;

  @ApiProperty({ format: 'date-time' })
  correctedAt: string;
}
