import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MarkNotificationReadHandler } from './mark-notification-read.handler';
import { NotificationEntity } from './notification.entity';
import { NotificationReader } from './notification-reader';
import { NotifyModeratorReplyHandler } from './notify-moderator-reply.handler';
import { NotifyNoteReadyHandler } from './notify-note-ready.handler';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [
    NotificationReader,
    NotifyModeratorReplyHandler,
    NotifyNoteReadyHandler,
    MarkNotificationReadHandler,
  ],
  exports: [NotificationReader],
})
export class NotificationsModule {}
