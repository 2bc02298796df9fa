import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AnalysisModule } from '@convene/analysis';
import { BackgroundNotesModule } from '@convene/background-notes';
import { ContributionsModule } from '@convene/contributions';
import { AppConfig, ConfigModule } from '@convene/config';
import { DatabaseModule } from '@convene/database';
import {
  ALL_QUEUES,
  DRAFT_FLOW_PRODUCER,
  MessagingModule,
  OutboxRelay,
  QueueModule,
  QUEUES,
  queuePrefix,
  Reconciler,
  OutboxPruner,
  type QueueName,
} from '@convene/messaging';
import { NotificationsModule } from '@convene/notifications';
import { RoundsModule } from '@convene/rounds';
import { routeProviders } from './event-routes';
import { processorProviders, routersFor, unhandledJobs, type JobRouter } from './job-router';
import { AnalysisProcessor } from './processors/analysis.processor';
import { DraftingProcessor } from './processors/drafting.processor';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { NotificationsProcessor } from './processors/notifications.processor';
import { RoundLifecycleProcessor } from './processors/round-lifecycle.processor';
import { SynthesisProcessor } from './processors/synthesis.processor';
import { workerHealthProvider } from './worker-health';

/** Every queue's processor; the worker refuses to start if a declared job has none. */
const ROUTERS = [
  RoundLifecycleProcessor,
  NotificationsProcessor,
  MaintenanceProcessor,
  AnalysisProcessor,
  SynthesisProcessor,
  DraftingProcessor,
];

/** The queues this worker takes (WORKER_QUEUES) and their routers. */
const SELECTED = Symbol('SELECTED');
interface Selected {
  queues: readonly QueueName[];
  routers: typeof ROUTERS;
}

@Module({})
export class WorkerModule implements OnApplicationBootstrap {
  constructor(private readonly moduleRef: ModuleRef) {}

  static forRoot(config: AppConfig): DynamicModule {
    const routers = routersFor(ROUTERS, config.workerQueues);
    const selected: Selected = {
      queues: (config.workerQueues as QueueName[] | undefined) ?? ALL_QUEUES,
      routers,
    };
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        CqrsModule.forRoot(),
        DatabaseModule.forRoot('convene-worker'),
        MessagingModule,
        QueueModule,
        // Drafting's prefix for the whole flow: its synthesis children share drafting's slot.
        BullModule.registerFlowProducer({
          name: DRAFT_FLOW_PRODUCER,
          prefix: queuePrefix(config, QUEUES.drafting),
        }),
        RoundsModule,
        ContributionsModule,
        NotificationsModule,
        AnalysisModule,
        BackgroundNotesModule,
      ],
      providers: [
        ...routeProviders,
        OutboxRelay,
        OutboxPruner,
        Reconciler,
        ...processorProviders(config, routers),
        workerHealthProvider(routers),
        { provide: SELECTED, useValue: selected },
      ],
    };
  }

  /** A queued job nobody handles would fail forever: refuse to start instead. */
  onApplicationBootstrap(): void {
    const { queues, routers } = this.moduleRef.get<Selected>(SELECTED);
    const missing = unhandledJobs(
      routers.map((router) => this.moduleRef.get<JobRouter>(router)),
      queues,
    );
    if (missing.length > 0) throw new Error(`no handler for the jobs ${missing.join(', ')}`);
  }
}
