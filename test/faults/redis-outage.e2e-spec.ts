import {
  contributionInput,
  eventually,
  RedisServer,
  roundInput,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/** Redis away: contributions are still taken (PostgreSQL and the outbox hold them). */
describe('when Redis goes away', () => {
  let redis: RedisServer;
  let app: TestApp;
  let moderator: TestUser;
  let author: TestUser;
  let roundId: string;

  beforeAll(async () => {
    redis = await RedisServer.start();
    app = await startTestApp({ env: { REDIS_URL: redis.url } });
    [moderator, author] = await Promise.all([app.api.user(['moderator']), app.api.user()]);
    roundId = (await app.api.as(moderator).post('/rounds', roundInput())).body.id;
    await app.api.as(moderator).post(`/rounds/${roundId}/open`);
    await app.drain();
  });

  afterAll(async () => {
    await redis.resume().catch(() => undefined);
    await app.close();
    await redis.stop();
  });

  it('keeps taking contributions and replies, stays ready but degraded, and catches up after', async () => {
    await redis.stop();

    const started = Date.now();
    const health = await app.api.as(null).get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'degraded', postgres: 'up', redis: 'down' });
    expect(Date.now() - started).toBeLessThan(3000);
    expect((await app.api.as(null).get('/health/live')).status).toBe(200);

    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.api
        .as(author)
        .post(
          `/rounds/${roundId}/contributions`,
          contributionInput({ body: `During the outage ${i}` }),
        );
      expect(res.status).toBe(202);
      ids.push(res.body.id);
    }
    const reply = await app.api
      .as(moderator)
      .post(`/contributions/${ids[0]}/replies`, { body: 'Noted, thank you.' });
    expect(reply.status).toBe(201);
    expect(await app.pendingOutbox()).toBeGreaterThanOrEqual(6);

    await redis.resume();
    // The API's client reconnects on its own, within its 2 s backoff.
    await eventually(async () => (await app.api.as(null).get('/health')).body.redis === 'up', {
      timeoutMs: 5_000,
      what: 'health to see Redis again',
    });
    const notifications = await eventually(
      async () => {
        const res = await app.api.as(author).get('/me/notifications');
        return res.body.length === 1 ? res.body : undefined;
      },
      { timeoutMs: 20_000, what: 'the backlog to drain after Redis returned' },
    );
    expect(notifications[0]).toMatchObject({ type: 'moderator_reply', contributionId: ids[0] });
    await eventually(async () => (await app.pendingOutbox()) === 0, { timeoutMs: 20_000 });
    // Every contribution taken while Redis was away is analysed once it is back.
    await eventually(
      async () => {
        const [{ n }] = await app.db.query(
          `SELECT count(*)::int AS n FROM contributions c
            JOIN contribution_analyses a ON a.contribution_id = c.id
           WHERE c.id = ANY($1::uuid[]) AND c.status = 'analysed'`,
          [ids],
        );
        return n === ids.length;
      },
      { timeoutMs: 20_000, what: 'the analysis of every contribution taken during the outage' },
    );
  });
});
