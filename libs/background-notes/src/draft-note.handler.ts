import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@convene/messaging';
import { RoundAccessRepository } from '@convene/rounds';
import { draftBackgroundNote, foreignQuotes } from '@convene/synthesis';
import { BackgroundNoteDraftedEvent } from './background-note-drafted.event';
import { DraftInputsRepository } from './draft-inputs.repository';
import { draftOutcome, type DraftRequestStatus } from './draft-policy';
import { DraftNoteCommand, type DraftNoteResult } from './draft-note.command';
import { MachineGloss } from './machine-gloss';

@CommandHandler(DraftNoteCommand)
export class DraftNoteHandler implements ICommandHandler<DraftNoteCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rounds: RoundAccessRepository,
    private readonly inputs: DraftInputsRepository,
    private readonly gloss: MachineGloss,
  ) {}

  async execute({ draftRequestId }: DraftNoteCommand): Promise<DraftNoteResult> {
    const request = await this.inputs.request(draftRequestId);
    if (!request) return { outcome: 'missing' };
    if (request.status !== 'pending') return { outcome: 'finished' };
    // The engine runs outside the transaction: no lock is held while it computes.
    const [round, contributions] = await Promise.all([
      this.inputs.round(request.roundId),
      this.inputs.contributions(request.roundId),
    ]);
    let note = draftBackgroundNote({ round, contributions });
    if (this.gloss.enabled) {
      // Glossed quotes take more words: the note is fitted again with them counted.
      const glosses = await this.gloss.glosses(foreignQuotes(note, 'es'));
      if (glosses.size > 0) note = draftBackgroundNote({ round, contributions, glosses });
    }

    return this.uow.run(async (tx, raise) => {
      const round = await this.rounds.lock(tx, request.roundId);
      const [current]: { status: DraftRequestStatus; newest: string }[] = await tx.query(
        `SELECT status, (SELECT max(seq) FROM draft_requests WHERE round_id = $2)::text AS newest
           FROM draft_requests WHERE id = $1`,
        [draftRequestId, request.roundId],
      );
      const outcome = draftOutcome(
        { seq: request.seq, status: current.status },
        Number(current.newest),
      );
      if (outcome === 'finished') return { outcome };
      if (outcome === 'superseded') {
        await tx.query(
          `UPDATE draft_requests SET status = 'superseded', finished_at = now() WHERE id = $1`,
          [draftRequestId],
        );
        return { outcome };
      }
      const [stored]: { id: string; version: number }[] = await tx.query(
        `INSERT INTO background_notes
           (round_id, draft_request_id, version, title, word_count, word_target, sections, markdown)
         VALUES ($1, $2, (SELECT coalesce(max(version), 0) + 1 FROM background_notes WHERE round_id = $1),
                 $3, $4, $5, $6, $7)
         RETURNING id, version`,
        [
          request.roundId,
          draftRequestId,
          note.title,
          note.wordCount,
          note.wordTarget,
          JSON.stringify(note.sections),
          note.markdown,
        ],
      );
      await tx.query(
        `UPDATE draft_requests SET status = 'done', finished_at = now() WHERE id = $1`,
        [draftRequestId],
      );
      await this.rounds.transition(tx, request.roundId, round.status, 'drafted');
      raise(new BackgroundNoteDraftedEvent(stored.id, request.roundId, stored.version));
      return { outcome: 'written', noteId: stored.id, version: stored.version };
    });
  }
}
