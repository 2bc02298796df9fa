import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictError, requestContext, UnprocessableError } from '@convene/common';
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
import { SUBMIT_SQL } from './submit-contribution.sql';

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
      requestContext.requestId() ?? null,
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
