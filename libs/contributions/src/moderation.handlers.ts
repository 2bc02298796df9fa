import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConflictError, type Actor } from '@convene/common';
import { UnitOfWork, type DomainEvent } from '@convene/messaging';
import { assertModerates } from '@convene/rounds';
import { ContributionAccessRepository } from './contribution-access.repository';
import { ContributionHiddenEvent } from './contribution-hidden.event';
import { ContributionRestoredEvent } from './contribution-restored.event';
import { HideContributionCommand } from './hide-contribution.command';
import { RestoreContributionCommand } from './restore-contribution.command';

type Action = 'hide' | 'restore';

/** Hides or restores under a row lock, and logs who did it, when and why. */
async function moderate(
  uow: UnitOfWork,
  contributions: ContributionAccessRepository,
  actor: Actor,
  contributionId: string,
  action: Action,
  reason: string | null,
): Promise<void> {
  await uow.run(async (tx, raise) => {
    const { contribution, round } = await contributions.load(contributionId, tx, true);
    assertModerates(actor, round);
    const hide = action === 'hide';
    if (contribution.hidden === hide) {
      throw new ConflictError(`the contribution is already ${hide ? 'hidden' : 'visible'}`);
    }
    await tx.query(`UPDATE contributions SET hidden = $2 WHERE id = $1`, [contributionId, hide]);
    await tx.query(
      `INSERT INTO moderation_log (contribution_id, moderator_id, action, reason) VALUES ($1, $2, $3, $4)`,
      [contributionId, actor.id, action, reason],
    );
    const event: DomainEvent = hide
      ? new ContributionHiddenEvent(contributionId, round.id, actor.id)
      : new ContributionRestoredEvent(contributionId, round.id, actor.id);
    raise(event);
  });
}

@CommandHandler(HideContributionCommand)
export class HideContributionHandler implements ICommandHandler<HideContributionCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly contributions: ContributionAccessRepository,
  ) {}

  async execute({ actor, contributionId, reason }: HideContributionCommand) {
    await moderate(this.uow, this.contributions, actor, contributionId, 'hide', reason);
    return { id: contributionId, hidden: true as const };
  }
}

@CommandHandler(RestoreContributionCommand)
export class RestoreContributionHandler implements ICommandHandler<RestoreContributionCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly contributions: ContributionAccessRepository,
  ) {}

  async execute({ actor, contributionId, reason }: RestoreContributionCommand) {
    await moderate(this.uow, this.contributions, actor, contributionId, 'restore', reason ?? null);
    return { id: contributionId, hidden: false as const };
  }
}
