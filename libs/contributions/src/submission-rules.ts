import { createHash } from 'node:crypto';
import { ConflictError, InvalidInputError, NotFoundError } from '@convene/common';

export interface SubmissionInput {
  roundId: string;
  questionNumber: number;
  body: string;
  language?: string;
  objectiveNumbers?: number[];
}

/** What the database reported about an attempted insert. */
export interface SubmissionOutcome {
  status: string | null;
  accepting: boolean | null;
  has_question: boolean | null;
  language_ok: boolean | null;
  id: string | null;
}

/** The id of the stored contribution, or the reason none was stored. */
export function interpretSubmission(
  outcome: SubmissionOutcome | undefined,
  input: SubmissionInput,
): string {
  if (!outcome || outcome.status === null) throw new NotFoundError('no round with this id');
  if (outcome.id) return outcome.id;
  if (outcome.status !== 'open' || !outcome.accepting) {
    throw new ConflictError(
      outcome.status === 'open'
        ? 'the round has reached its closing time and takes no more contributions'
        : `the round is ${outcome.status} and takes no contributions`,
    );
  }
  if (!outcome.has_question) {
    throw new InvalidInputError(`the round has no question ${input.questionNumber}`);
  }
  if (!outcome.language_ok) {
    throw new InvalidInputError(`${input.language} is not one of the round's languages`);
  }
  throw new Error('contribution was not stored for an unknown reason');
}

/** A digest of what an idempotent request asks for, independent of key order. */
export function requestFingerprint(input: SubmissionInput): string {
  const canonical = JSON.stringify([
    input.roundId,
    input.questionNumber,
    input.body,
    input.language ?? null,
    [...new Set(input.objectiveNumbers ?? [])].sort((a, b) => a - b),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
