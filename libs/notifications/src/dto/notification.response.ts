import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_TYPES, type NotificationType } from '../notification.entity';
import type { NotificationView } from '../notification-reader';

export class NotificationResponse implements NotificationView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    enum: NOTIFICATION_TYPES,
    enumName: 'NotificationType',
    description:
      '`moderator_reply` to a contribution’s author, `background_note.ready` to a co-chair',
  })
  type: NotificationType;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  roundId: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  contributionId: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  readAt: string | null;
}
