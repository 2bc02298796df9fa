import type { DomainEvent } from './domain-event';
import { JOBS, type JobKey, type JobPayloads } from './queues';

export interface JobRequest<K extends JobKey = JobKey> {
  queue: string;
  name: string;
  data: JobPayloads[K];
  jobId: string;
  delay?: number;
}

export interface OutboxRecord {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

/** What work one committed event starts. */
export interface EventRoute {
  readonly type: string;
  readonly jobs: (
    payload: Record<string, unknown>,
    event: OutboxRecord,
    now: number,
  ) => JobRequest[];
}

/**
 * A route for the events of class E: the type string and the payload are those E writes to the
 * outbox, so a renamed event or payload field fails the type check where it is routed.
 */
export function on<E extends DomainEvent>(
  type: E['type'],
  jobs: (payload: ReturnType<E['payload']>, event: OutboxRecord, now: number) => JobRequest[],
): EventRoute {
  return { type, jobs: jobs as EventRoute['jobs'] };
}

/** Committed work whose effect is missing, found by `sql` (ids, with $1 = minimum age in ms). */
export interface LostWork {
  readonly what: string;
  readonly sql: string;
  readonly job: (id: string) => JobRequest;
}

/** At most this many lost items of one kind are re-queued per pass. */
export const LOST_WORK_BATCH = 1000;

/** Each library's event routes and lost-work queries, gathered by the app that runs them. */
export const EVENT_ROUTES = Symbol('EVENT_ROUTES');
export const LOST_WORK = Symbol('LOST_WORK');

/** One route per event type: two libraries routing the same event is a mistake. */
export function eventRouter(routes: readonly EventRoute[]) {
  const byType = new Map<string, EventRoute>();
  for (const route of routes) {
    if (byType.has(route.type)) throw new Error(`two routes for the event ${route.type}`);
    byType.set(route.type, route);
  }
  return (event: OutboxRecord, now: number): JobRequest[] =>
    byType.get(event.type)?.jobs(event.payload, event, now) ?? [];
}

/**
 * The jobs work starts as. Ids derive from what the job is about, so the relay retrying after
 * a crash, or the reconcile pass re-adding lost work, cannot queue the same work twice.
 */
export const jobFor = {
  closeRound: (roundId: string, delay: number): JobRequest<'closeRound'> => ({
    ...JOBS.closeRound,
    data: { roundId },
    jobId: `close-round-${roundId}`,
    delay,
  }),
  notifyModeratorReply: (replyId: string): JobRequest<'notifyModeratorReply'> => ({
    ...JOBS.notifyModeratorReply,
    data: { replyId },
    jobId: `notify-reply-${replyId}`,
  }),
  analyseContribution: (contributionId: string): JobRequest<'analyseContribution'> => ({
    ...JOBS.analyseContribution,
    data: { contributionId },
    jobId: `analyse-${contributionId}`,
  }),
  requestDraft: (
    roundId: string,
    reason: JobPayloads['requestDraft']['reason'],
    sourceKey: string,
  ): JobRequest<'requestDraft'> => ({
    ...JOBS.requestDraft,
    data: { roundId, reason, sourceKey },
    jobId: `request-draft-${sourceKey.replace(':', '-')}`,
  }),
  prepareDraft: (draftRequestId: string): JobRequest<'prepareDraft'> => ({
    ...JOBS.prepareDraft,
    data: { draftRequestId },
    jobId: `prepare-draft-${draftRequestId}`,
  }),
  notifyNoteReady: (noteId: string): JobRequest<'notifyNoteReady'> => ({
    ...JOBS.notifyNoteReady,
    data: { noteId },
    jobId: `notify-note-${noteId}`,
  }),
};
