import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ForbiddenError, hasRole, InvalidInputError } from '@convene/common';
import { UnitOfWork } from '@convene/messaging';
import { CreateRoundCommand } from './create-round.command';
import { RoundCreatedEvent } from './round-created.event';
import { validateNewRound, type RoundStatus } from './round-policy';

export const DEFAULT_NOTE_WORD_TARGET = 1000;

@CommandHandler(CreateRoundCommand)
export class CreateRoundHandler implements ICommandHandler<CreateRoundCommand> {
  constructor(private readonly uow: UnitOfWork) {}

  async execute({
    actor,
    input,
  }: CreateRoundCommand): Promise<{ id: string; status: RoundStatus }> {
    if (!hasRole(actor, 'moderator')) throw new ForbiddenError('only moderators can create rounds');
    validateNewRound(input, new Date());
    const coChairIds = [...new Set(input.coChairIds ?? [])];

    return this.uow.run(async (tx, raise) => {
      if (coChairIds.length > 0) {
        const found: { id: string }[] = await tx.query(
          `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND 'co_chair' = ANY(roles)`,
          [coChairIds],
        );
        if (found.length !== coChairIds.length) {
          const known = new Set(found.map((u) => u.id));
          const missing = coChairIds.filter((id) => !known.has(id));
          throw new InvalidInputError(`not users with the co_chair role: ${missing.join(', ')}`);
        }
      }
      const [round]: { id: string; status: RoundStatus }[] = await tx.query(
        `INSERT INTO rounds (title, description, objective_numbers, languages, closes_at, note_word_target, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, status`,
        [
          input.title,
          input.description,
          [...new Set(input.objectiveNumbers)].sort((a, b) => a - b),
          input.languages,
          input.closesAt,
          input.noteWordTarget ?? DEFAULT_NOTE_WORD_TARGET,
          actor.id,
        ],
      );
      await tx.query(
        `INSERT INTO round_members (round_id, user_id, role)
         SELECT $1, u, r FROM unnest($2::uuid[], $3::text[]) AS m(u, r)`,
        [round.id, [actor.id, ...coChairIds], ['moderator', ...coChairIds.map(() => 'co_chair')]],
      );
      await tx.query(
        `INSERT INTO questions (round_id, number, text_en, text_fr, text_es)
         SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[])`,
        [
          round.id,
          input.questions.map((q) => q.number),
          input.questions.map((q) => q.text.en),
          input.questions.map((q) => q.text.fr ?? null),
          input.questions.map((q) => q.text.es ?? null),
        ],
      );
      raise(new RoundCreatedEvent(round.id, actor.id));
      return round;
    });
  }
}
