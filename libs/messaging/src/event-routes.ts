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

/** What work each event starts, as queued jobs. */
export function routeEvent(event: OutboxRecord, now: number): JobRequest[] {
  const p = event.payload;
  switch (event.type) {
    case 'round.opened':
      return [
        jobFor.closeRound(String(p.roundId), Math.max(0, Date.parse(String(p.closesAt)) - now)),
      ];
    case 'reply.posted':
      return p.byModerator ? [jobFor.notifyModeratorReply(String(p.replyId))] : [];
    case 'contribution.submitted':
      return [jobFor.analyseContribution(String(p.contributionId))];
    case 'round.closed':
      return [
        jobFor.requestDraft(String(p.roundId), 'round_closed', `closed:${String(p.roundId)}`),
      ];
    case 'contribution.hidden':
    case 'contribution.restored':
    case 'contribution.corrected':
      // What a moderator removes, brings back or corrects must reach the note already drafted;
      // before the close there is none, and the draft request is skipped.
      return [jobFor.requestDraft(String(p.roundId), 'moderation', `outbox:${event.id}`)];
    case 'background_note.requested':
      return [jobFor.prepareDraft(String(p.draftRequestId))];
    case 'background_note.drafted':
      return [jobFor.notifyNoteReady(String(p.noteId))];
    default:
      return [];
  }
}
