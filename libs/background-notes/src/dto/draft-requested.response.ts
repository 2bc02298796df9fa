import { ApiProperty } from '@nestjs/swagger';

export class DraftRequestedResponse {
  @ApiProperty({ format: 'uuid' })
  roundId: string;

  @ApiProperty({ enum: ['synthesizing'] })
  status: 'synthesizing';

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'The draft that will be written: a new one, or one already waiting',
  })
  draftRequestId: string | null;
}
