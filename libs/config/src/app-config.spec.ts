import { loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies the contract defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/convene');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.QUEUE_PREFIX).toBe('convene');
    expect(config.PORT).toBe(3000);
    expect(config.RATE_LIMIT).toBe('on');
    expect(config.databaseName).toBe('convene');
  });

  it('reads numbers and strings from the environment', () => {
    const config = loadConfig({ PORT: '4010', QUEUE_PREFIX: 'x-1', RATE_LIMIT: 'off' });
    expect(config.PORT).toBe(4010);
    expect(config.QUEUE_PREFIX).toBe('x-1');
    expect(config.RATE_LIMIT).toBe('off');
  });

  it('turns the queue dashboard on by default, off on request, and nothing else', () => {
    expect(loadConfig({}).queueDashboard).toBe(true);
    expect(loadConfig({ QUEUE_DASHBOARD: 'off' }).queueDashboard).toBe(false);
    expect(() => loadConfig({ QUEUE_DASHBOARD: 'no' })).toThrow(/QUEUE_DASHBOARD/);
  });

  it('reads the job lock and stalled-check intervals, 30 s by default', () => {
    expect(loadConfig({})).toMatchObject({ JOB_LOCK_MS: 30_000, STALLED_CHECK_MS: 30_000 });
    expect(loadConfig({ JOB_LOCK_MS: '2000', STALLED_CHECK_MS: '1000' })).toMatchObject({
      JOB_LOCK_MS: 2000,
      STALLED_CHECK_MS: 1000,
    });
    expect(() => loadConfig({ JOB_LOCK_MS: '500', STALLED_CHECK_MS: 'soon' })).toThrow(
      /JOB_LOCK_MS.*STALLED_CHECK_MS/,
    );
  });

  it('requires JWT_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(32) }).jwtSecret,
    ).toHaveLength(32);
  });

  it('names every bad variable in one message', () => {
    expect(() => loadConfig({ PORT: 'abc', RATE_LIMIT: 'maybe' })).toThrow(
      /PORT.*RATE_LIMIT|RATE_LIMIT.*PORT/,
    );
  });

  it('reads TRUST_PROXY as a hop count or a list of proxies, and refuses anything else', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    );
    for (const bad of ['true', 'everyone', '10.0.0.0/8; rm -rf']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });

  it('reads REDIS_CLUSTER_NODES as 1 to 16 host:port seeds, and refuses anything else', () => {
    expect(loadConfig({}).redisClusterNodes).toBeUndefined();
    expect(
      loadConfig({ REDIS_CLUSTER_NODES: '127.0.0.1:7000, redis-b.internal:6379' })
        .redisClusterNodes,
    ).toEqual([
      { host: '127.0.0.1', port: 7000 },
      { host: 'redis-b.internal', port: 6379 },
    ]);
    const seventeen = Array.from({ length: 17 }, (_, i) => `10.0.0.${i}:6379`).join(',');
    for (const bad of ['redis://a:6379', 'a', 'a:0', 'a:65536', 'a:6379,', 'a:1;b:2', seventeen]) {
      expect(() => loadConfig({ REDIS_CLUSTER_NODES: bad })).toThrow(/REDIS_CLUSTER_NODES/);
    }
  });

  it('bounds DB_POOL_MAX', () => {
    expect(loadConfig({}).DB_POOL_MAX).toBe(20);
    expect(loadConfig({ DB_POOL_MAX: '5' }).DB_POOL_MAX).toBe(5);
    expect(() => loadConfig({ DB_POOL_MAX: '0' })).toThrow(/DB_POOL_MAX/);
  });
});
