import { JOBS } from './queues';

export interface JobRequest {
  queue: string;
  name: string;
  data: Record<string, unknown>;
  jobId: string;
  delay?: number;
}

export interface OutboxRecord {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

/**
 * What work each event starts, as queued jobs. Job ids derive from the event, so a relay
 * that retries after a crash cannot queue the same work twice.
 */
export function routeEvent(event: OutboxRecord, now: number): JobRequest[] {
  const p = event.payload;
  switch (event.type) {
    case 'round.opened': {
      const closesAt = Date.parse(String(p.closesAt));
      return [
        {
          queue: JOBS.closeRound.queue,
          name: JOBS.closeRound.name,
          data: { roundId: p.roundId },
          jobId: `close-round-${String(p.roundId)}`,
          delay: Math.max(0, closesAt - now),
        },
      ];
    }
    case 'reply.posted':
      if (!p.byModerator) return [];
      return [
        {
          queue: JOBS.notifyModeratorReply.queue,
          name: JOBS.notifyModeratorReply.name,
          data: { replyId: p.replyId },
          jobId: `notify-reply-${String(p.replyId)}`,
        },
      ];
    case 'contribution.submitted':
      return [
        {
          queue: JOBS.analyseContribution.queue,
          name: JOBS.analyseContribution.name,
          data: { contributionId: p.contributionId },
          jobId: `analyse-${String(p.contributionId)}`,
        },
      ];
    case 'round.closed':
      return [requestDraft(String(p.roundId), 'round_closed', `closed:${String(p.roundId)}`)];
    case 'contribution.hidden':
    case 'contribution.restored':
      // What a moderator removes or brings back must reach the note already drafted.
      return [requestDraft(String(p.roundId), 'moderation', `outbox:${event.id}`)];
    case 'background_note.requested':
      return [
        {
          queue: JOBS.prepareDraft.queue,
          name: JOBS.prepareDraft.name,
          data: { draftRequestId: p.draftRequestId },
          jobId: `prepare-draft-${String(p.draftRequestId)}`,
        },
      ];
    case 'background_note.drafted':
      return [
        {
          queue: JOBS.notifyNoteReady.queue,
          name: JOBS.notifyNoteReady.name,
          data: { noteId: p.noteId },
          jobId: `notify-note-${String(p.noteId)}`,
        },
      ];
    default:
      return [];
  }
}

function requestDraft(roundId: string, reason: string, sourceKey: string): JobRequest {
  return {
    queue: JOBS.requestDraft.queue,
    name: JOBS.requestDraft.name,
    data: { roundId, reason, sourceKey },
    jobId: `request-draft-${sourceKey.replace(':', '-')}`,
  };
}
