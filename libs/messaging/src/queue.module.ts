import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '@convene/config';
import { ALL_QUEUES } from './queues';
import { QueueRegistry } from './queue-registry';
import { redisOptionsFromUrl } from './redis-options';

const DAY = 24 * 3600;

/** BullMQ on the configured Redis and prefix, with every queue registered. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        prefix: config.QUEUE_PREFIX,
        connection: { ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: null },
        defaultJobOptions: {
          attempts: 8,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: DAY, count: 10_000 },
          removeOnFail: { age: 14 * DAY },
        },
      }),
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  providers: [QueueRegistry],
  exports: [BullModule, QueueRegistry],
})
export class QueueModule {}
