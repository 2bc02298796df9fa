import type { FlowJob } from 'bullmq';
import type {
  ContributionCorrectedEvent,
  ContributionHiddenEvent,
  ContributionRestoredEvent,
} from '@convene/contributions';
import {
  jobFor,
  JOBS,
  LOST_WORK_BATCH,
  on,
  type JobPayloads,
  type LostWork,
} from '@convene/messaging';
import type { RoundClosedEvent } from '@convene/rounds';
import type { BackgroundNoteRequestedEvent } from './background-note-requested.event';

/*
 * The drafting saga, from a closed round to a stored note, each step a queued job:
 *
 * 1. `round.closed`, or a moderator hiding, restoring or correcting a contribution after the
 *    close → `request-draft` (RequestDraftHandler): a draft request row, round → synthesizing,
 *    `background_note.requested`.
 * 2. `background_note.requested` → `prepare-draft` (PrepareDraftHandler): analyses what is left
 *    unanalysed, then the drafting processor adds `draftNoteFlow` below.
 * 3. The flow: `synthesise-objective` per objective under review (SynthesiseObjectiveHandler),
 *    then `draft-note` once all are done (DraftNoteHandler): the note version, round → drafted,
 *    `background_note.drafted` (the notifications library tells the co-chairs).
 *
 * Job ids derive from the round, the event or the draft request, so no step runs twice for one
 * cause; `draftingLostWork` finds a step whose job was lost and queues it again.
 */

// What a moderator removes, brings back or corrects must reach the note already drafted; before
// the close there is none, and the draft request is skipped.
const redraft = (p: { roundId: string }, event: { id: string }) => [
  jobFor.requestDraft(p.roundId, 'moderation', `outbox:${event.id}`),
];

export const draftingRoutes = [
  // Keyed by the round, so a round closed twice (moderator and schedule racing) asks once.
  on<RoundClosedEvent>('round.closed', (p) => [
    jobFor.requestDraft(p.roundId, 'round_closed', `closed:${p.roundId}`),
  ]),
  on<ContributionHiddenEvent>('contribution.hidden', redraft),
  on<ContributionRestoredEvent>('contribution.restored', redraft),
  on<ContributionCorrectedEvent>('contribution.corrected', redraft),
  on<BackgroundNoteRequestedEvent>('background_note.requested', (p) => [
    jobFor.prepareDraft(p.draftRequestId),
  ]),
];

/**
 * The BullMQ flow of one draft: a synthesis job per objective under review, and the drafting
 * job that runs once all of them are done. Ids derive from the draft request, so adding the
 * flow again after a crash adds nothing; a child that fails for good fails the draft.
 */
export function draftNoteFlow(
  draftRequestId: string,
  objectiveNumbers: readonly number[],
): FlowJob {
  return {
    queueName: JOBS.draftNote.queue,
    name: JOBS.draftNote.name,
    data: { draftRequestId } satisfies JobPayloads['draftNote'],
    opts: { jobId: `draft-note-${draftRequestId}` },
    children: [...new Set(objectiveNumbers)]
      .sort((a, b) => a - b)
      .map((objectiveNumber) => ({
        queueName: JOBS.synthesiseObjective.queue,
        name: JOBS.synthesiseObjective.name,
        data: { draftRequestId, objectiveNumber } satisfies JobPayloads['synthesiseObjective'],
        opts: {
          jobId: `synthesise-${draftRequestId}-${objectiveNumber}`,
          failParentOnFailure: true,
        },
      })),
  };
}

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
