import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '@convene/config';
import { ALL_QUEUES } from './queues';
import { QueueConnection } from './queue-connection';
import { queuePrefix } from './queue-prefix';
import { QueueRegistry } from './queue-registry';

const DAY = 24 * 3600;

/** BullMQ on the configured Redis and prefix, with every queue registered. */
@Module({
  imports: [
    BullModule.forRootAsync({
      extraProviders: [QueueConnection],
      inject: [AppConfig, QueueConnection],
      useFactory: (config: AppConfig, queues: QueueConnection) => ({
        prefix: config.QUEUE_PREFIX,
        connection: queues.connection,
        defaultJobOptions: {
          attempts: 8,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: DAY, count: 10_000 },
          removeOnFail: { age: 14 * DAY },
        },
      }),
    }),
    // Workers take their queue's prefix from here.
    BullModule.registerQueueAsync(
      ...ALL_QUEUES.map((name) => ({
        name,
        inject: [AppConfig],
        useFactory: (config: AppConfig) => ({ prefix: queuePrefix(config, name) }),
      })),
    ),
  ],
  providers: [QueueRegistry],
  exports: [BullModule, QueueRegistry],
})
export class QueueModule {}
