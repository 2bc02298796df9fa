import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictError, UnprocessableError } from '@convene/common';
import { UnitOfWork } from '@convene/messaging';
import { assertCanContribute } from './contribution-policy';
import { ContributionSubmittedEvent } from './contribution-submitted.event';
import {
  interpretSubmission,
  requestFingerprint,
  type SubmissionInput,
  type SubmissionOutcome,
} from './submission-rules';
import { SubmitContributionCommand, type SubmissionReceipt } from './submit-contribution.command';

/**
 * One statement checks the round, stores the contribution and its outbox event: atomic
 * without a transaction block, and one round trip on the busiest path of the platform.
 */
const SUBMIT_SQL = `
  WITH r AS (
    SELECT status, closes_at > now() AS accepting,
      EXISTS (SELECT 1 FROM questions q WHERE q.round_id = rounds.id AND q.number = $2) AS has_question,
      ($5::text IS NULL OR $5::text = ANY(languages)) AS language_ok
    FROM rounds WHERE id = $1 FOR SHARE
  ), c AS (
    INSERT INTO contributions (round_id, question_number, author_id, body, declared_language, declared_objectives)
    SELECT $1, $2, $3, $4, $5, $6::int[] FROM r
    WHERE r.status = 'open' AND r.accepting AND r.has_question AND r.language_ok
    RETURNING id
  ), o AS (
    INSERT INTO outbox (type, payload)
    SELECT '${ContributionSubmittedEvent.type}', jsonb_build_object('contributionId', c.id, 'roundId', $1::uuid) FROM c
  )
  SELECT r.status, r.accepting, r.has_question, r.language_ok, c.id FROM r LEFT JOIN c ON true`;

@CommandHandler(SubmitContributionCommand)
export class SubmitContributionHandler implements ICommandHandler<SubmitContributionCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({
    actor,
    input,
    idempotencyKey,
  }: SubmitContributionCommand): Promise<SubmissionReceipt> {
    assertCanContribute(actor);
    const id = idempotencyKey
      ? await this.submitOnce(actor.id, input, idempotencyKey)
      : await this.insert(this.dataSource.manager, actor.id, input);
    if (typeof id !== 'string') return id;
    this.uow.publish([new ContributionSubmittedEvent(id, input.roundId)]);
    return { id, status: 'received' };
  }

  private async insert(
    db: EntityManager,
    authorId: string,
    input: SubmissionInput,
  ): Promise<string> {
    const rows: SubmissionOutcome[] = await db.query(SUBMIT_SQL, [
      input.roundId,
      input.questionNumber,
      authorId,
      input.body,
      input.language ?? null,
      [...new Set(input.objectiveNumbers ?? [])].sort((a, b) => a - b),
    ]);
    return interpretSubmission(rows[0], input);
  }

  /**
   * Stores the key in the transaction of the contribution, so both commit or neither does.
   * While that transaction runs it holds a lock on the key: a concurrent retry gets 409 at
   * once instead of queueing behind it; a later one replays the stored answer.
   */
  private async submitOnce(
    authorId: string,
    input: SubmissionInput,
    key: string,
  ): Promise<string | SubmissionReceipt> {
    const fingerprint = requestFingerprint(input);
    return this.dataSource.transaction(async (tx) => {
      const [{ locked }]: { locked: boolean }[] = await tx.query(
        `SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked`,
        [`idempotency:${authorId}:${key}`],
      );
      if (!locked) {
        throw new ConflictError('a request with this Idempotency-Key is still being processed');
      }
      const claimed: unknown[] = await tx.query(
        `INSERT INTO idempotency_keys (user_id, key, request_hash, status_code, response)
         VALUES ($1, $2, $3, 0, '{}') ON CONFLICT DO NOTHING RETURNING 1`,
        [authorId, key, fingerprint],
      );
      if (claimed.length === 0) {
        const [previous]: { request_hash: string; response: SubmissionReceipt }[] = await tx.query(
          `SELECT request_hash, response FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
          [authorId, key],
        );
        if (previous.request_hash !== fingerprint) {
          throw new UnprocessableError(
            'this Idempotency-Key was already used with another request',
          );
        }
        return previous.response;
      }
      const id = await this.insert(tx, authorId, input);
      const receipt: SubmissionReceipt = { id, status: 'received' };
      await tx.query(
        `UPDATE idempotency_keys SET status_code = 202, response = $3 WHERE user_id = $1 AND key = $2`,
        [authorId, key, JSON.stringify(receipt)],
      );
      return id;
    });
  }
}
