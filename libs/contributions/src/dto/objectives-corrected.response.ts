import { ApiProperty } from '@nestjs/swagger';
import { ObjectiveCorrectionResponse } from './objective-correction.response';

export class ObjectivesCorrectedResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: () => ObjectiveCorrectionResponse })
  objectiveCorrection: ObjectiveCorrectionResponse;
}
