import { Command } from '@nestjs/cqrs';
import type { Actor } from '@convene/common';
import type { ClaimCorrection } from '@convene/synthesis';
import type { StoredClaimCorrection } from './correction-rules';

export class CorrectClaimCommand extends Command<{
  id: string;
  claimCorrections: StoredClaimCorrection[];
}> {
  constructor(
    readonly actor: Actor,
    readonly contributionId: string,
    readonly correction: ClaimCorrection,
    readonly reason?: string,
  ) {
    super();
  }
}
