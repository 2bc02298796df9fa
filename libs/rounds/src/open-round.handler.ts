import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@convene/messaging';
import { OpenRoundCommand } from './open-round.command';
import { RoundAccessRepository } from './round-access.repository';
import { RoundOpenedEvent } from './round-opened.event';
import { assertCanOpen, assertModerates, type RoundStatus } from './round-policy';

@CommandHandler(OpenRoundCommand)
export class OpenRoundHandler implements ICommandHandler<OpenRoundCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rounds: RoundAccessRepository,
  ) {}

  async execute({
    actor,
    roundId,
  }: OpenRoundCommand): Promise<{ id: string; status: RoundStatus }> {
    return this.uow.run(async (tx, raise) => {
      const round = await this.rounds.lock(tx, roundId);
      assertModerates(actor, round);
      assertCanOpen(round, new Date());
      await this.rounds.transition(tx, roundId, round.status, 'open');
      raise(new RoundOpenedEvent(roundId, round.closesAt));
      return { id: roundId, status: 'open' as const };
    });
  }
}
