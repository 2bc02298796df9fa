import { Command } from '@nestjs/cqrs';
import type { Actor } from '@convene/common';

export class HideContributionCommand extends Command<{ id: string; hidden: true }> {
  constructor(
    readonly actor: Actor,
    readonly contributionId: string,
    readonly reason: string,
  ) {
    super();
  }
}
