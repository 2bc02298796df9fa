import { BullModule, Processor } from '@nestjs/bullmq';
import { WORKER_METADATA } from '@nestjs/bullmq/dist/bull.constants';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@convene/config';
import { QUEUES, redisOptionsFromUrl } from '@convene/messaging';
import { queuePrefixOf, redisUrl } from '@convene/testing';
import { JobRouter, processorProviders, WORKER_NAME } from '../../apps/worker/src/job-router';

// A real BullMQ worker on the test Redis: the options it runs with, not the ones declared.
describe('processorProviders', () => {
  @Processor(QUEUES.analysis, { concurrency: 3 })
  class ExampleRouter extends JobRouter {
    readonly queue = QUEUES.analysis;
    protected readonly handlers = {};
  }

  const config = loadConfig({ JOB_LOCK_MS: '2000', STALLED_CHECK_MS: '1000' });

  it('gives each BullMQ worker its declared options plus the lock and stalled-check settings', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        BullModule.forRoot({
          prefix: `${queuePrefixOf()}-unit-${process.pid}`,
          connection: { ...redisOptionsFromUrl(redisUrl()), maxRetriesPerRequest: null },
        }),
        BullModule.registerQueue({ name: QUEUES.analysis }),
      ],
      providers: processorProviders(config, [ExampleRouter]),
    }).compile();
    await moduleRef.init();
    try {
      const router = moduleRef.get(ExampleRouter);
      expect(router).toBeInstanceOf(ExampleRouter);
      expect(router.worker.opts).toMatchObject({
        concurrency: 3,
        lockDuration: 2000,
        lockRenewTime: 1000,
        stalledInterval: 1000,
        name: WORKER_NAME,
      });
    } finally {
      await moduleRef.close();
    }
  });

  it('leaves the declared class as it was', () => {
    processorProviders(config, [ExampleRouter]);
    expect(Reflect.getMetadata(WORKER_METADATA, ExampleRouter)).toEqual({ concurrency: 3 });
  });
});
