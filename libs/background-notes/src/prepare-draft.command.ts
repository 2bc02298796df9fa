import { Command } from '@nestjs/cqrs';

export type PrepareDraftResult =
  { outcome: 'ready'; objectiveNumbers: number[] } | { outcome: 'finished' | 'missing' };

/**
 * Gets a requested draft ready for its flow: every contribution of the round analysed (their
 * own jobs may still be queued, or Redis was away when they came in).
 */
export class PrepareDraftCommand extends Command<PrepareDraftResult> {
  constructor(readonly draftRequestId: string) {
    super();
  }
}
