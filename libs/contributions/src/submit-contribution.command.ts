import { Command } from '@nestjs/cqrs';
import type { Actor } from '@convene/common';
import type { SubmissionInput } from './submission-rules';

export interface SubmissionReceipt {
  id: string;
  status: 'received';
}

export class SubmitContributionCommand extends Command<SubmissionReceipt> {
  constructor(
    readonly actor: Actor,
    readonly input: SubmissionInput,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
