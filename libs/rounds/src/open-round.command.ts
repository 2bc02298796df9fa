import { Command } from '@nestjs/cqrs';
import type { Actor } from '@convene/common';
import type { RoundStatus } from './round-policy';

export class OpenRoundCommand extends Command<{ id: string; status: RoundStatus }> {
  constructor(
    readonly actor: Actor,
    readonly roundId: string,
  ) {
    super();
  }
}
