import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@convene/messaging';
import { CloseRoundCommand, type CloseRoundResult } from './close-round.command';
import { RoundAccessRepository } from './round-access.repository';
import { RoundClosedEvent } from './round-closed.event';
import { assertCanClose, assertModerates, isDueToClose } from './round-policy';

@CommandHandler(CloseRoundCommand)
export class CloseRoundHandler implements ICommandHandler<CloseRoundCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rounds: RoundAccessRepository,
  ) {}

  async execute({ roundId, actor }: CloseRoundCommand): Promise<CloseRoundResult> {
    return this.uow.run(async (tx, raise) => {
      const round = await this.rounds.lock(tx, roundId);
      if (actor === 'schedule') {
        // The schedule may fire late, twice, or after a moderator closed the round.
        if (round.status !== 'open') {
          return { outcome: 'already_closed', id: roundId, status: round.status };
        }
        if (!isDueToClose(round, new Date())) {
          return { outcome: 'not_due', id: roundId, closesAt: round.closesAt };
        }
      } else {
        assertModerates(actor, round);
        assertCanClose(round);
      }
      await this.rounds.transition(tx, roundId, round.status, 'closed');
      raise(new RoundClosedEvent(roundId, actor === 'schedule' ? 'schedule' : 'moderator'));
      return { outcome: 'closed', id: roundId, status: 'closed' as const };
    });
  }
}
