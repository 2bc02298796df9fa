import {
  freePort,
  RedisServer,
  spawnApi,
  spawnWorker,
  startTestApp,
  stopAppProcesses,
  type TestApp,
} from '@convene/testing';

/** A Redis that may evict keys can drop queued jobs: both processes say so loudly at start. */
describe('a Redis whose maxmemory-policy is not noeviction', () => {
  let redis: RedisServer;
  let app: TestApp;

  beforeAll(async () => {
    redis = await RedisServer.start(['--maxmemory-policy', 'allkeys-lru']);
    app = await startTestApp({ worker: false, env: { REDIS_URL: redis.url } });
  });

  afterAll(async () => {
    await stopAppProcesses();
    await app.close();
    await redis.stop();
  });

  it('gets a warning from the worker and the API, which still start', async () => {
    const worker = spawnWorker(app.config);
    const api = spawnApi(app.config, await freePort());
    await Promise.all([worker.ready, api.ready]);
    for (const proc of [worker, api]) {
      expect(proc.output).toMatch(
        /WARNING Redis maxmemory-policy is allkeys-lru; set it to noeviction/,
      );
    }
    await Promise.all([worker.kill('SIGTERM'), api.kill('SIGTERM')]);
  });
});
