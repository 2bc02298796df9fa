import type { DomainEvent } from '@convene/messaging';

export class ReplyPostedEvent implements DomainEvent {
  readonly type = 'reply.posted';
  constructor(
    readonly replyId: string,
    readonly contributionId: string,
    readonly roundId: string,
    readonly byModerator: boolean,
  ) {}
  payload() {
    return {
      replyId: this.replyId,
      contributionId: this.contributionId,
      roundId: this.roundId,
      byModerator: this.byModerator,
    };
  }
}
