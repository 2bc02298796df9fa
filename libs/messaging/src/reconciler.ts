import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { jobFor, type JobRequest } from './event-routes';
import { QueueRegistry } from './queue-registry';

/** Work younger than this may still be on its way: the reconcile pass leaves it alone. */
export const RECONCILE_AFTER_MS = 120_000;
const BATCH = 1000;

// Each query finds committed work whose effect is missing; the job it re-adds has the id the
// original had, so work that is merely slow is not queued twice.
const LOST_WORK: { what: string; sql: string; job: (id: string) => JobRequest }[] = [
  {
    what: 'unanalysed contributions',
    sql: `SELECT id FROM contributions
           WHERE status = 'received' AND created_at < now() - $1 * interval '1 millisecond'
           ORDER BY created_at LIMIT ${BATCH}`,
    job: jobFor.analyseContribution,
  },
  {
    what: 'closed rounds without a draft',
    sql: `SELECT r.id FROM rounds r
           WHERE r.status = 'closed' AND r.closed_at < now() - $1 * interval '1 millisecond'
             AND NOT EXISTS (SELECT 1 FROM draft_requests d WHERE d.round_id = r.id)
           LIMIT ${BATCH}`,
    job: (roundId) => jobFor.requestDraft(roundId, 'round_closed', `closed:${roundId}`),
  },
  {
    what: 'pending drafts',
    sql: `SELECT id FROM draft_requests
           WHERE status = 'pending' AND created_at < now() - $1 * interval '1 millisecond'
           ORDER BY seq LIMIT ${BATCH}`,
    job: jobFor.prepareDraft,
  },
  {
    what: 'moderator replies whose author was not told',
    sql: `SELECT p.id FROM replies p JOIN contributions c ON c.id = p.contribution_id
           WHERE p.is_moderator_reply AND p.author_id <> c.author_id
             AND p.created_at < now() - $1 * interval '1 millisecond'
             AND p.created_at > now() - interval '7 days'
             AND NOT EXISTS (SELECT 1 FROM notifications n
                              WHERE n.user_id = c.author_id AND n.source_key = 'reply:' || p.id)
           LIMIT ${BATCH}`,
    job: jobFor.notifyModeratorReply,
  },
  {
    what: 'notes a co-chair was not told of',
    sql: `SELECT n.id FROM background_notes n
           WHERE n.generated_at < now() - $1 * interval '1 millisecond'
             AND n.generated_at > now() - interval '7 days'
             AND EXISTS (SELECT 1 FROM round_members m
                          WHERE m.round_id = n.round_id AND m.role = 'co_chair'
                            AND NOT EXISTS (SELECT 1 FROM notifications x
                                             WHERE x.user_id = m.user_id AND x.source_key = 'note:' || n.id))
           LIMIT ${BATCH}`,
    job: jobFor.notifyNoteReady,
  },
];

/**
 * The safety net behind the outbox: finds work that was committed and relayed but whose job
 * never ran (Redis lost it, or it was removed by hand) and queues it again.
 */
@Injectable()
export class Reconciler {
  private readonly logger = new Logger(Reconciler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
  ) {}

  async reconcile(olderThanMs = RECONCILE_AFTER_MS): Promise<Record<string, number>> {
    const found: Record<string, number> = {};
    for (const { what, sql, job } of LOST_WORK) {
      const rows: { id: string }[] = await this.dataSource.query(sql, [olderThanMs]);
      found[what] = rows.length;
      if (rows.length === 0) continue;
      const jobs = rows.map((r) => job(r.id));
      await this.queues
        .get(jobs[0].queue)
        .addBulk(jobs.map((j) => ({ name: j.name, data: j.data, opts: { jobId: j.jobId } })));
      this.logger.warn(`re-queued ${rows.length} ${what}`);
    }
    return found;
  }
}
