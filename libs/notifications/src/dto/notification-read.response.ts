import { ApiProperty } from '@nestjs/swagger';

export class NotificationReadResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time', description: 'When it was first marked read' })
  readAt: string;
}
