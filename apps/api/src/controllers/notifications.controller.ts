import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Actor } from '@convene/common';
import { MarkNotificationReadCommand, NotificationReader } from '@convene/notifications';
import { CurrentActor } from '../http/current-actor.decorator';

class NotificationsQuery {
  @IsOptional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly notifications: NotificationReader,
  ) {}

  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: NotificationsQuery) {
    return this.notifications.forUser(actor.id, query.unread === 'true');
  }

  @Post(':id/read')
  @HttpCode(200)
  markRead(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.commandBus.execute(new MarkNotificationReadCommand(actor, id));
  }
}
