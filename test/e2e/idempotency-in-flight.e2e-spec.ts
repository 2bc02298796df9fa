import {
  contributionInput,
  roundInput,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/** Idempotency keys under concurrency: one contribution, whatever the retries do. */
describe('Idempotency-Key while the first request is in flight', () => {
  let app: TestApp;
  let author: TestUser;
  let roundId: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    const moderator = await app.api.user(['moderator']);
    author = await app.api.user();
    roundId = (await app.api.as(moderator).post('/rounds', roundInput())).body.id;
    await app.api.as(moderator).post(`/rounds/${roundId}/open`);
  });

  afterAll(() => app.close());

  it('stores one contribution for thirty concurrent retries; the others replay it or get 409', async () => {
    const body = contributionInput({ body: 'Thirty retries, one contribution.' });
    const responses = await Promise.all(
      Array.from({ length: 30 }, () =>
        app.api
          .as(author)
          .post(`/rounds/${roundId}/contributions`, body)
          .set('Idempotency-Key', 'concurrent-key-1'),
      ),
    );
    const accepted = responses.filter((r) => r.status === 202);
    const inFlight = responses.filter((r) => r.status === 409);
    expect(accepted.length + inFlight.length).toBe(30);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    expect(new Set(accepted.map((r) => r.body.id)).size).toBe(1);
    for (const r of inFlight) expect(r.body.message).toMatch(/still being processed/);

    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM contributions WHERE round_id = $1 AND body = $2`,
      [roundId, body.body],
    );
    expect(n).toBe(1);

    const replay = await app.api
      .as(author)
      .post(`/rounds/${roundId}/contributions`, body)
      .set('Idempotency-Key', 'concurrent-key-1');
    expect(replay.status).toBe(202);
    expect(replay.body).toEqual({ id: accepted[0].body.id, status: 'received' });
  });

  it('keeps the key and the contribution together: a refused request stores neither', async () => {
    const refused = await app.api
      .as(author)
      .post(`/rounds/${roundId}/contributions`, contributionInput({ questionNumber: 9 }))
      .set('Idempotency-Key', 'refused-key');
    expect(refused.status).toBe(400);
    const keys = await app.db.query(`SELECT 1 FROM idempotency_keys WHERE key = 'refused-key'`);
    expect(keys).toHaveLength(0);
    // The same key may then carry a corrected request.
    const corrected = await app.api
      .as(author)
      .post(`/rounds/${roundId}/contributions`, contributionInput())
      .set('Idempotency-Key', 'refused-key');
    expect(corrected.status).toBe(202);
  });
});
