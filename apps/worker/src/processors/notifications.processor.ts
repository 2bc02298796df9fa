import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { JOBS, QUEUES, type JobHandlers } from '@convene/messaging';
import { NotifyModeratorReplyCommand, NotifyNoteReadyCommand } from '@convene/notifications';
import { JobRouter } from '../job-router';

@Injectable()
export class NotificationsProcessor extends JobRouter {
  static readonly processor = { queue: QUEUES.notifications, concurrency: 10 };
  readonly queue = NotificationsProcessor.processor.queue;

  protected readonly handlers: JobHandlers<typeof QUEUES.notifications> = {
    [JOBS.notifyModeratorReply.name]: (job) =>
      this.commandBus.execute(new NotifyModeratorReplyCommand(job.data.replyId)),
    [JOBS.notifyNoteReady.name]: (job) =>
      this.commandBus.execute(new NotifyNoteReadyCommand(job.data.noteId)),
  };

  constructor(private readonly commandBus: CommandBus) {
    super();
  }
}
