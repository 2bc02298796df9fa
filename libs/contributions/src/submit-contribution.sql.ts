// Framework-free (the event class it names imports nothing at run time), so the ingestion
// benchmark's bare baseline runs exactly this statement.
import { ContributionSubmittedEvent } from './contribution-submitted.event';

/**
 * One statement checks the round, stores the contribution and its outbox event: atomic
 * without a transaction block, and one round trip on the busiest path of the platform.
 * Parameters: round, question, author, body, language, objectives, request id (or null).
 */
export const SUBMIT_SQL = `
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
    SELECT '${ContributionSubmittedEvent.type}',
      jsonb_strip_nulls(jsonb_build_object('contributionId', c.id, 'roundId', $1::uuid, 'requestId', $7::text))
    FROM c
  )
  SELECT r.status, r.accepting, r.has_question, r.language_ok, c.id FROM r LEFT JOIN c ON true`;
