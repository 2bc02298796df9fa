import { DynamicModule, Module, OnApplicationBootstrap } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AppConfig, ConfigModule } from '@convene/config';
import { DatabaseModule } from '@convene/database';
import { MessagingModule, OutboxRelay, QueueModule, RecordPruner } from '@convene/messaging';
import { NotificationsModule } from '@convene/notifications';
import { RoundsModule } from '@convene/rounds';
import { unhandledJobs } from './job-router';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { NotificationsProcessor } from './processors/notifications.processor';
import { RoundLifecycleProcessor } from './processors/round-lifecycle.processor';

@Module({})
export class WorkerModule implements OnApplicationBootstrap {
  constructor(
    private readonly lifecycle: RoundLifecycleProcessor,
    private readonly notifications: NotificationsProcessor,
    private readonly maintenance: MaintenanceProcessor,
  ) {}

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        CqrsModule.forRoot(),
        DatabaseModule.forRoot('convene-worker'),
        MessagingModule,
        QueueModule,
        RoundsModule,
        NotificationsModule,
      ],
      providers: [
        OutboxRelay,
        RecordPruner,
        RoundLifecycleProcessor,
        NotificationsProcessor,
        MaintenanceProcessor,
      ],
    };
  }

  /** A queued job nobody handles would fail forever: refuse to start instead. */
  onApplicationBootstrap(): void {
    const missing = unhandledJobs([this.lifecycle, this.notifications, this.maintenance]);
    if (missing.length > 0) throw new Error(`no handler for the jobs ${missing.join(', ')}`);
  }
}
