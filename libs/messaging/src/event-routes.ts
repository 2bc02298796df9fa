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
    default:
      return [];
  }
}
