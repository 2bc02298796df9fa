import { Command } from '@nestjs/cqrs';
import type { Actor } from '@convene/common';

export class MarkNotificationReadCommand extends Command<{ id: string; readAt: string }> {
  constructor(
    readonly actor: Actor,
    readonly notificationId: string,
  ) {
    super();
  }
}
