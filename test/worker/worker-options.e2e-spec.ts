import { BullModule } from '@nestjs/bullmq';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@convene/config';
import { QUEUES, redisOptionsFromUrl } from '@convene/messaging';
import { queuePrefixOf, redisUrl } from '@convene/testing';
import { JobRouter, processorProviders, WORKER_NAME } from '../../apps/worker/src/job-router';

// A real BullMQ worker on the test Redis: the options it runs with, not the ones declared.
describe('processorProviders', () => {
  class ExampleRouter extends JobRouter {
    static readonly processor = { queue: QUEUES.analysis, concurrency: 3 };
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

  it('provides a configured subclass under the declared class, which it leaves as it was', () => {
    const [provider] = processorProviders(config, [ExampleRouter]) as {
      provide: unknown;
      useClass: typeof ExampleRouter;
    }[];
    expect(provider.provide).toBe(ExampleRouter);
    expect(provider.useClass).not.toBe(ExampleRouter);
    expect(provider.useClass.prototype).toBeInstanceOf(ExampleRouter);
    expect(provider.useClass.name).toBe('ExampleRouter');
    expect(Object.getOwnPropertySymbols(ExampleRouter)).toEqual([]);
    expect(Reflect.getMetadataKeys(ExampleRouter)).toEqual([]);
  });
});
