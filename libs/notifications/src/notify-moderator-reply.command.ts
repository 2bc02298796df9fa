import { Command } from '@nestjs/cqrs';

/** Tells a contribution's author that a moderator of the round replied to it. */
export class NotifyModeratorReplyCommand extends Command<{ notified: number }> {
  constructor(readonly replyId: string) {
    super();
  }
}
