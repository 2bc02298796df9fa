import { ApiProperty } from '@nestjs/swagger';
import type { SubmissionReceipt } from '../submit-contribution.command';

export class SubmissionReceiptResponse implements SubmissionReceipt {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['received'] })
  status: 'received';
}
