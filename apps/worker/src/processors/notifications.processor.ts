import { Processor } from '@nestjs/bullmq';
import { CommandBus } from '@nestjs/cqrs';
import type { Job } from 'bullmq';
import { JOBS, QUEUES } from '@convene/messaging';
import { NotifyModeratorReplyCommand, NotifyNoteReadyCommand } from '@convene/notifications';
import { JobRouter } from '../job-router';

@Processor(QUEUES.notifications, { concurrency: 10 })
export class NotificationsProcessor extends JobRouter {
  readonly queue = QUEUES.notifications;

  protected readonly handlers = {
    [JOBS.notifyModeratorReply.name]: (job: Job<{ replyId: string }>) =>
      this.commandBus.execute(new NotifyModeratorReplyCommand(job.data.replyId)),
    [JOBS.notifyNoteReady.name]: (job: Job<{ noteId: string }>) =>
      this.commandBus.execute(new NotifyNoteReadyCommand(job.data.noteId)),
  };

  constructor(private readonly commandBus: CommandBus) {
    super();
  }
}
