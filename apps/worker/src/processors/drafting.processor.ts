import { InjectFlowProducer } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { FlowProducer } from 'bullmq';
import {
  DraftNoteCommand,
  draftNoteFlow,
  PrepareDraftCommand,
  RequestDraftCommand,
} from '@convene/background-notes';
import { DRAFT_FLOW_PRODUCER, JOBS, QUEUES, type JobHandlers } from '@convene/messaging';
import { JobRouter } from '../job-router';

/** Steps 1 to 3 of the drafting saga (`drafting-saga.ts` in background-notes). */
@Injectable()
export class DraftingProcessor extends JobRouter {
  static readonly processor = { queue: QUEUES.drafting, concurrency: 2 };
  readonly queue = DraftingProcessor.processor.queue;

  protected readonly handlers: JobHandlers<typeof QUEUES.drafting> = {
    [JOBS.requestDraft.name]: async (job) => {
      const { roundId, reason, sourceKey } = job.data;
      return (await this.commandBus.execute(new RequestDraftCommand(roundId, reason, sourceKey)))
        .outcome;
    },
    [JOBS.prepareDraft.name]: async (job) => {
      const { draftRequestId } = job.data;
      const prepared = await this.commandBus.execute(new PrepareDraftCommand(draftRequestId));
      if (prepared.outcome === 'ready') {
        await this.flows.add(draftNoteFlow(draftRequestId, prepared.objectiveNumbers));
      }
      return prepared.outcome;
    },
    [JOBS.draftNote.name]: async (job) =>
      (await this.commandBus.execute(new DraftNoteCommand(job.data.draftRequestId))).outcome,
  };

  constructor(
    private readonly commandBus: CommandBus,
    @InjectFlowProducer(DRAFT_FLOW_PRODUCER) private readonly flows: FlowProducer,
  ) {
    super();
  }
}
