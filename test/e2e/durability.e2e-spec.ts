import {
  contributionInput,
  eventually,
  roundInput,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/** What the API commits must reach the worker, whenever the worker comes back. */
describe('events and schedules outlive the worker', () => {
  let app: TestApp;
  let moderator: TestUser;
  let author: TestUser;

  beforeAll(async () => {
    app = await startTestApp();
    [moderator, author] = await Promise.all([app.api.user(['moderator']), app.api.user()]);
  });

  afterAll(() => app.close());

  async function openRound(closesInMs: number): Promise<string> {
    const created = await app.api
      .as(moderator)
      .post('/rounds', roundInput({ closesAt: new Date(Date.now() + closesInMs).toISOString() }));
    expect(created.status).toBe(201);
    expect((await app.api.as(moderator).post(`/rounds/${created.body.id}/open`)).status).toBe(200);
    return created.body.id as string;
  }

  it('keeps events in the outbox while no worker runs, and delivers them once it starts', async () => {
    const roundId = await openRound(3_600_000);
    const submitted = await app.api
      .as(author)
      .post(`/rounds/${roundId}/contributions`, contributionInput());
    await app.drain();
    await app.stopWorker();

    const reply = await app.api
      .as(moderator)
      .post(`/contributions/${submitted.body.id}/replies`, { body: 'Could you say more?' });
    expect(reply.status).toBe(201);
    expect(await app.pendingOutbox()).toBe(1);
    expect((await app.api.as(author).get('/me/notifications')).body).toEqual([]);

    await app.startWorker();
    const notifications = await eventually(async () => {
      const res = await app.api.as(author).get('/me/notifications');
      return res.body.length > 0 ? res.body : undefined;
    });
    expect(notifications).toHaveLength(1);
    expect(await app.pendingOutbox()).toBe(0);
  });

  it('closes a round on schedule even when the worker was down at its closing time', async () => {
    const roundId = await openRound(2_000);
    await app.drain();
    await app.stopWorker();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    // Nobody closed it, but the round stops taking contributions at its closing time anyway.
    expect((await app.api.as(author).get(`/rounds/${roundId}`)).body.status).toBe('open');
    const late = await app.api
      .as(author)
      .post(`/rounds/${roundId}/contributions`, contributionInput());
    expect(late.status).toBe(409);

    await app.startWorker();
    // Once closed, the round moves straight on to its synthesis.
    await eventually(
      async () =>
        ['closed', 'synthesizing', 'drafted'].includes(
          (await app.api.as(author).get(`/rounds/${roundId}`)).body.status,
        ),
      { what: 'the delayed close after the restart' },
    );
    const events = await app.db.query(
      `SELECT payload FROM outbox WHERE type = 'round.closed' AND payload->>'roundId' = $1`,
      [roundId],
    );
    expect(events).toHaveLength(1);
  });

  it('delivers a redelivered event once: the relay may repeat, the effect may not', async () => {
    const roundId = await openRound(3_600_000);
    const submitted = await app.api
      .as(author)
      .post(`/rounds/${roundId}/contributions`, contributionInput());
    await app.api
      .as(moderator)
      .post(`/contributions/${submitted.body.id}/replies`, { body: 'Thank you.' });
    await app.drain();
    // As if a relay crashed after enqueueing but before marking the rows sent.
    await app.db.query(`UPDATE outbox SET dispatched_at = NULL WHERE type = 'reply.posted'`);
    await app.drain();
    const rows = await app.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE contribution_id = $1`,
      [submitted.body.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('re-queues committed work whose job was lost, once, by the reconcile pass', async () => {
    const roundId = await openRound(3_600_000);
    await app.drain();
    await app.stopWorker();
    const submitted = await app.api
      .as(author)
      .post(`/rounds/${roundId}/contributions`, contributionInput());
    const reply = await app.api
      .as(moderator)
      .post(`/contributions/${submitted.body.id}/replies`, { body: 'Which scheme do you mean?' });
    expect(reply.status).toBe(201);
    // As if the relay had moved the events to Redis and Redis then lost them.
    await app.db.query(`UPDATE outbox SET dispatched_at = now() WHERE dispatched_at IS NULL`);
    await app.startWorker();
    await app.drain();
    expect((await app.api.as(author).get(`/contributions/${submitted.body.id}`)).body.status).toBe(
      'received',
    );
    const notified = async () =>
      (
        await app.db.query(`SELECT count(*)::int AS n FROM notifications WHERE reply_id = $1`, [
          reply.body.id,
        ])
      )[0].n as number;
    expect(await notified()).toBe(0);

    const maintenance = app.queues.find((q) => q.name === 'maintenance')!;
    for (let i = 0; i < 2; i++) {
      await maintenance.add('reconcile', { olderThanMs: 0 });
      await app.drain();
    }
    expect((await app.api.as(author).get(`/contributions/${submitted.body.id}`)).body.status).toBe(
      'analysed',
    );
    expect(await notified()).toBe(1);
  });
});
