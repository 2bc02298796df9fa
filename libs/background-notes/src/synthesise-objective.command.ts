import { Command } from '@nestjs/cqrs';

/** Synthesises the visible contributions of a draft's round on one objective, and stores it. */
export class SynthesiseObjectiveCommand extends Command<{ outcome: 'stored' | 'skipped' }> {
  constructor(
    readonly draftRequestId: string,
    readonly objectiveNumber: number,
  ) {
    super();
  }
}
