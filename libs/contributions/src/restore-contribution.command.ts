import { Command } from '@nestjs/cqrs';
import type { Actor } from '@convene/common';

export class RestoreContributionCommand extends Command<{ id: string; hidden: false }> {
  constructor(
    readonly actor: Actor,
    readonly contributionId: string,
    readonly reason?: string,
  ) {
    super();
  }
}
