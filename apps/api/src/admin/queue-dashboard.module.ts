import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule, InjectBullBoard, type BullBoardInstance } from '@bull-board/nestjs';
import { Module, OnModuleInit } from '@nestjs/common';
import { QueueModule, QueueRegistry } from '@convene/messaging';

const ROUTE = '/admin/queues';

/**
 * bull-board over every queue the app defines, on the connection and prefix the worker uses.
 * It checks nobody: createApiApp puts queueDashboardGate in front of ROUTE. Its UI runs under
 * the site's CSP unchanged (its own scripts, inline styles); the Google Fonts stylesheet its
 * page links stays blocked, so no browser fetches from a third party (system fonts instead).
 */
@Module({
  imports: [
    QueueModule,
    // Async so that each app gets its own server adapter (tests start several in one process).
    BullBoardModule.forRootAsync({
      useFactory: () => ({
        route: ROUTE,
        adapter: ExpressAdapter,
        boardOptions: { uiConfig: { boardTitle: 'Convene queues' } },
      }),
    }),
  ],
})
export class QueueDashboardModule implements OnModuleInit {
  /** Where the dashboard answers, outside the API's /api prefix. */
  static readonly path = ROUTE;

  constructor(
    @InjectBullBoard() private readonly board: BullBoardInstance,
    private readonly queues: QueueRegistry,
  ) {}

  onModuleInit(): void {
    this.board.setQueues(this.queues.all().map((queue) => new BullMQAdapter(queue)));
  }
}
