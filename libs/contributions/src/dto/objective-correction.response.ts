import { ApiProperty } from '@nestjs/swagger';
import type { ObjectiveCorrection } from '../contribution-corrections.repository';

export class ObjectiveCorrectionResponse implements ObjectiveCorrection {
  @ApiProperty({ type: 'integer', isArray: true, minimum: 1, maximum: 23 })
  objectiveNumbers: number[];

  @ApiProperty({ format: 'uuid' })
  correctedBy: string;

  @ApiProperty({ format: 'date-time' })
  correctedAt: string;
}
