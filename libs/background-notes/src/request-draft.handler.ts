import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@convene/messaging';
import { RoundAccessRepository } from '@convene/rounds';
import { BackgroundNoteRequestedEvent } from './background-note-requested.event';
import { assertCanRequestDraft, draftIsDue } from './draft-policy';
import { RequestDraftCommand, type RequestDraftResult } from './request-draft.command';

@CommandHandler(RequestDraftCommand)
export class RequestDraftHandler implements ICommandHandler<RequestDraftCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rounds: RoundAccessRepository,
  ) {}

  async execute({
    roundId,
    reason,
    sourceKey,
    actor,
  }: RequestDraftCommand): Promise<RequestDraftResult> {
    return this.uow.run(async (tx, raise) => {
      const round = await this.rounds.lock(tx, roundId);
      if (actor) {
        assertCanRequestDraft(actor, round);
        // A draft still waiting will read the round as it is when it runs: asking again adds
        // nothing, however many times a person clicks.
        const [pending]: { id: string }[] = await tx.query(
          `SELECT id FROM draft_requests WHERE round_id = $1 AND status = 'pending'
            ORDER BY seq DESC LIMIT 1`,
          [roundId],
        );
        if (pending) return { outcome: 'merged', draftRequestId: pending.id };
      } else if (reason === 'requested' || !draftIsDue(reason, round.status)) {
        return { outcome: 'skipped' };
      }
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO draft_requests (round_id, reason, requested_by, source_key)
         VALUES ($1, $2, $3, $4) ON CONFLICT (source_key) DO NOTHING RETURNING id`,
        [roundId, reason, actor?.id ?? null, sourceKey],
      );
      if (rows.length === 0) return { outcome: 'exists' };
      await this.rounds.transition(tx, roundId, round.status, 'synthesizing');
      raise(new BackgroundNoteRequestedEvent(rows[0].id, roundId));
      return { outcome: 'requested', draftRequestId: rows[0].id };
    });
  }
}
