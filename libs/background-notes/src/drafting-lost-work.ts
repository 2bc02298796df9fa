import { jobFor, LOST_WORK_BATCH, type LostWork } from '@convene/messaging';

export const draftingLostWork: LostWork[] = [
  {
    what: 'closed rounds without a draft',
    sql: `SELECT r.id FROM rounds r
           WHERE r.status = 'closed' AND r.closed_at < now() - $1 * interval '1 millisecond'
             AND NOT EXISTS (SELECT 1 FROM draft_requests d WHERE d.round_id = r.id)
           LIMIT ${LOST_WORK_BATCH}`,
    job: (roundId) => jobFor.requestDraft(roundId, 'round_closed', `closed:${roundId}`),
  },
  {
    what: 'pending drafts',
    sql: `SELECT id FROM draft_requests
           WHERE status = 'pending' AND created_at < now() - $1 * interval '1 millisecond'
           ORDER BY seq LIMIT ${LOST_WORK_BATCH}`,
    job: jobFor.prepareDraft,
  },
];
