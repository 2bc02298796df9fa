import { Command } from '@nestjs/cqrs';
import type { Actor } from '@convene/common';

export class PostReplyCommand extends Command<{ id: string; isModeratorReply: boolean }> {
  constructor(
    readonly actor: Actor,
    readonly contributionId: string,
    readonly body: string,
    readonly parentReplyId?: string,
  ) {
    super();
  }
}
