import { Command } from '@nestjs/cqrs';
import type { Actor } from '@convene/common';
import type { DraftReason } from './draft-policy';

export type RequestDraftResult =
  { outcome: 'requested' | 'merged'; draftRequestId: string } | { outcome: 'exists' | 'skipped' };

/**
 * Asks for a new draft of a round's note. `sourceKey` names what asked (the close, a
 * moderation event, an API call), so asking twice for the same reason drafts once.
 * Without an actor, the platform asks and the request is dropped when no draft is due.
 */
export class RequestDraftCommand extends Command<RequestDraftResult> {
  constructor(
    readonly roundId: string,
    readonly reason: DraftReason,
    readonly sourceKey: string,
    readonly actor?: Actor,
  ) {
    super();
  }
}
