import type { Job } from 'bullmq';

/**
 * Every queue and job name. Names are persisted in Redis: once used, never rename one.
 * One queue per kind of work, so a slow kind never holds up another.
 */
export const QUEUES = {
  roundLifecycle: 'round-lifecycle',
  notifications: 'notifications',
  maintenance: 'maintenance',
  analysis: 'analysis',
  synthesis: 'synthesis',
  drafting: 'drafting',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  closeRound: { queue: QUEUES.roundLifecycle, name: 'close-round' },
  notifyModeratorReply: { queue: QUEUES.notifications, name: 'notify-moderator-reply' },
  notifyNoteReady: { queue: QUEUES.notifications, name: 'notify-note-ready' },
  sweepDueRounds: { queue: QUEUES.maintenance, name: 'sweep-due-rounds' },
  pruneRecords: { queue: QUEUES.maintenance, name: 'prune-records' },
  reconcile: { queue: QUEUES.maintenance, name: 'reconcile' },
  analyseContribution: { queue: QUEUES.analysis, name: 'analyse-contribution' },
  requestDraft: { queue: QUEUES.drafting, name: 'request-draft' },
  prepareDraft: { queue: QUEUES.drafting, name: 'prepare-draft' },
  synthesiseObjective: { queue: QUEUES.synthesis, name: 'synthesise-objective' },
  draftNote: { queue: QUEUES.drafting, name: 'draft-note' },
} as const;
export type JobKey = keyof typeof JOBS;

/**
 * What each job carries: ids only, never personal data. The routes that add jobs and the
 * processors that run them both take their types from here, so a wrong payload does not compile.
 */
export interface JobPayloads {
  closeRound: { roundId: string };
  notifyModeratorReply: { replyId: string };
  notifyNoteReady: { noteId: string };
  sweepDueRounds: Record<string, never>;
  pruneRecords: Record<string, never>;
  reconcile: { olderThanMs?: number };
  analyseContribution: { contributionId: string };
  requestDraft: { roundId: string; reason: 'round_closed' | 'moderation'; sourceKey: string };
  prepareDraft: { draftRequestId: string };
  synthesiseObjective: { draftRequestId: string; objectiveNumber: number };
  draftNote: { draftRequestId: string };
}

/** The jobs of one queue, by name, each handled with its own payload type. */
export type JobHandlers<Q extends QueueName> = {
  [K in JobKey as (typeof JOBS)[K]['queue'] extends Q ? (typeof JOBS)[K]['name'] : never]: (
    job: Job<JobPayloads[K]>,
    token?: string,
  ) => Promise<unknown>;
};

export const ALL_QUEUES: QueueName[] = Object.values(QUEUES);

export function jobNamesOf(queue: QueueName): string[] {
  return Object.values(JOBS)
    .filter((job) => job.queue === queue)
    .map((job) => job.name);
}

/** The flow producer that adds drafting flows (a name of Nest's registry, not stored in Redis). */
export const DRAFT_FLOW_PRODUCER = 'drafts';
