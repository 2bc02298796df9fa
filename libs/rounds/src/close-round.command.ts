import { Command } from '@nestjs/cqrs';
import type { Actor } from '@convene/common';
import type { RoundStatus } from './round-policy';

export type CloseRoundResult =
  | { outcome: 'closed'; id: string; status: RoundStatus }
  | { outcome: 'not_due'; id: string; closesAt: Date }
  | { outcome: 'already_closed'; id: string; status: RoundStatus };

/** A moderator closes a round (actor given), or the schedule does at its closing time. */
export class CloseRoundCommand extends Command<CloseRoundResult> {
  constructor(
    readonly roundId: string,
    readonly actor: Actor | 'schedule',
  ) {
    super();
  }
}
