import { Command } from '@nestjs/cqrs';
import type { Actor } from '@convene/common';
import type { ObjectiveCorrection } from './contribution-corrections.repository';

export class CorrectObjectivesCommand extends Command<{
  id: string;
  objectiveCorrection: ObjectiveCorrection;
}> {
  constructor(
    readonly actor: Actor,
    readonly contributionId: string,
    readonly objectiveNumbers: number[],
    readonly reason?: string,
  ) {
    super();
  }
}
