import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Actor } from '@convene/common';
import {
  MarkNotificationReadCommand,
  NotificationReader,
  NotificationReadResponse,
  NotificationResponse,
} from '@convene/notifications';
import { CurrentActor } from '../http/current-actor.decorator';

class NotificationsQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: unread ones only' })
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
  @ApiOkResponse({ type: [NotificationResponse], description: 'Newest first, at most 200' })
  list(@CurrentActor() actor: Actor, @Query() query: NotificationsQuery) {
    return this.notifications.forUser(actor.id, query.unread === 'true');
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationReadResponse })
  markRead(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.commandBus.execute(new MarkNotificationReadCommand(actor, id));
  }
}
