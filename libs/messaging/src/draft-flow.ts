import type { FlowJob } from 'bullmq';
import { JOBS, type JobPayloads } from './queues';

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
