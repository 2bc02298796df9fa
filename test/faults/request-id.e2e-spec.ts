import request from 'supertest';
import {
  contributionInput,
  roundInput,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/** A request's id follows the work it started: the answer, the outbox row, the job. */
describe('request ids', () => {
  let app: TestApp;
  let base: string;
  let moderator: TestUser;
  let author: TestUser;
  let roundId: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    base = await app.url();
    [moderator, author] = await Promise.all([app.api.user(['moderator']), app.api.user()]);
    roundId = (await app.api.as(moderator).post('/rounds', roundInput())).body.id as string;
    await app.api.as(moderator).post(`/rounds/${roundId}/open`);
  });

  afterAll(() => app.close());

  const submit = (requestId?: string) => {
    const test = request(base)
      .post(`/api/rounds/${roundId}/contributions`)
      .set('Authorization', `Bearer ${author.token}`);
    return (requestId ? test.set('X-Request-Id', requestId) : test).send(contributionInput());
  };

  it('carries a client’s request id into the outbox and the job the event becomes', async () => {
    const res = await submit('trace-1f2e.3d');
    expect(res.status).toBe(202);
    expect(res.headers['x-request-id']).toBe('trace-1f2e.3d');
    const [row] = await app.db.query(
      `SELECT payload FROM outbox WHERE payload->>'contributionId' = $1`,
      [res.body.id],
    );
    expect(row.payload).toEqual({
      contributionId: res.body.id,
      roundId,
      requestId: 'trace-1f2e.3d',
    });

    await app.startWorker();
    await app.drain();
    const analysis = app.queues.find((q) => q.name === 'analysis')!;
    const job = await analysis.getJob(`analyse-${res.body.id as string}`);
    expect(job?.data).toEqual({ contributionId: res.body.id, requestId: 'trace-1f2e.3d' });
    await app.stopWorker();
  });

  it('makes its own id when the client sends none or one that is not a plain id', async () => {
    for (const given of [undefined, 'has spaces', 'x'.repeat(65), 'a\nb']) {
      const res = await submit(given?.includes('\n') ? undefined : given);
      expect(res.status).toBe(202);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
