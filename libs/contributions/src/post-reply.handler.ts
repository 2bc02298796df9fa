import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '@convene/common';
import { UnitOfWork } from '@convene/messaging';
import { ContributionAccessRepository } from './contribution-access.repository';
import { assertCanReply, assertCanSee } from './contribution-policy';
import { PostReplyCommand } from './post-reply.command';
import { ReplyPostedEvent } from './reply-posted.event';

@CommandHandler(PostReplyCommand)
export class PostReplyHandler implements ICommandHandler<PostReplyCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly contributions: ContributionAccessRepository,
  ) {}

  async execute(command: PostReplyCommand): Promise<{ id: string; isModeratorReply: boolean }> {
    const { actor, contributionId, body, parentReplyId } = command;
    const { contribution, round } = await this.contributions.load(contributionId);
    assertCanSee(actor, round, contribution);
    const { asModerator } = assertCanReply(actor, round);

    return this.uow.run(async (tx, raise) => {
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO replies (contribution_id, parent_reply_id, author_id, body, is_moderator_reply)
         SELECT $1, $2::uuid, $3, $4, $5
         WHERE $2::uuid IS NULL OR EXISTS (SELECT 1 FROM replies WHERE id = $2 AND contribution_id = $1)
         RETURNING id`,
        [contributionId, parentReplyId ?? null, actor.id, body, asModerator],
      );
      if (rows.length === 0) {
        throw new InvalidInputError('parentReplyId is not a reply to this contribution');
      }
      raise(new ReplyPostedEvent(rows[0].id, contributionId, round.id, asModerator));
      return { id: rows[0].id, isModeratorReply: asModerator };
    });
  }
}
