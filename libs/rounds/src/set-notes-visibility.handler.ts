import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@convene/messaging';
import { NotesPublishedEvent } from './notes-published.event';
import { NotesUnpublishedEvent } from './notes-unpublished.event';
import { RoundAccessRepository } from './round-access.repository';
import { assertModerates } from './round-policy';
import {
  SetNotesVisibilityCommand,
  type SetNotesVisibilityResult,
} from './set-notes-visibility.command';

/**
 * A decision about the round, so it may be taken in any state, before any note exists. Asking
 * for the visibility the round already has changes nothing and raises no event.
 */
@CommandHandler(SetNotesVisibilityCommand)
export class SetNotesVisibilityHandler implements ICommandHandler<SetNotesVisibilityCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rounds: RoundAccessRepository,
  ) {}

  async execute({
    actor,
    roundId,
    notesVisibility,
  }: SetNotesVisibilityCommand): Promise<SetNotesVisibilityResult> {
    return this.uow.run(async (tx, raise) => {
      const round = await this.rounds.lock(tx, roundId);
      assertModerates(actor, round);
      if (round.notesVisibility !== notesVisibility) {
        await tx.query(`UPDATE rounds SET notes_visibility = $2 WHERE id = $1`, [
          roundId,
          notesVisibility,
        ]);
        raise(
          notesVisibility === 'published'
            ? new NotesPublishedEvent(roundId, actor.id)
            : new NotesUnpublishedEvent(roundId, actor.id),
        );
      }
      return { roundId, notesVisibility };
    });
  }
}
