import { Client } from 'pg';
import type { Response, Test } from 'supertest';
import {
  contributionInput,
  databaseUrl,
  eventually,
  roundInput,
  startTestApp,
  TcpProxy,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/** Beyond this a request counts as hung; every answer during the cut must come well before. */
const HANG_MS = 10_000;
/** connectionTimeoutMillis is 3 s; a cut line must answer faster than a silent one. */
const ANSWER_WITHIN_MS = 8_000;

interface Timed {
  res: Response;
  ms: number;
}

async function timed(test: Test): Promise<Timed> {
  const started = Date.now();
  const res = await test.timeout(HANG_MS);
  return { res, ms: Date.now() - started };
}

function expectUnavailable({ res, ms }: Timed, within = ANSWER_WITHIN_MS): void {
  expect({ status: res.status, body: res.body }).toEqual({
    status: 503,
    body: { statusCode: 503, message: expect.any(String), error: 'Service Unavailable' },
  });
  expect(ms).toBeLessThan(within);
}

/**
 * PostgreSQL away: a TCP proxy the test controls sits between the app (API and in-process
 * worker) and the machine's PostgreSQL. Cutting it must turn every request that needs the
 * database into a quick 503 (never a 500 or a hang), store nothing half-way, and the pools
 * must recover on their own when the line comes back.
 */
describe('when PostgreSQL goes away', () => {
  let proxy: TcpProxy;
  let app: TestApp;
  /** Straight to PostgreSQL, around the proxy: what is really stored. */
  let direct: Client;
  let moderator: TestUser;
  let author: TestUser;
  let burstAuthors: TestUser[];
  let roundId: string;

  beforeAll(async () => {
    const server = new URL(databaseUrl('convene_test_server'));
    proxy = await TcpProxy.start(server.hostname, Number(server.port || 5432));
    app = await startTestApp({ databaseVia: (url) => proxy.via(url) });
    expect(new URL(app.config.DATABASE_URL).port).toBe(String(proxy.port));
    direct = new Client({ connectionString: app.directDatabaseUrl });
    await direct.connect();
    [moderator, author, ...burstAuthors] = await Promise.all([
      app.api.user(['moderator']),
      ...Array.from({ length: 6 }, () => app.api.user()),
    ]);
    roundId = (await app.api.as(moderator).post('/rounds', roundInput())).body.id;
    await app.api.as(moderator).post(`/rounds/${roundId}/open`);
    await app.drain();
  });

  afterAll(async () => {
    proxy?.restore();
    await direct?.end();
    await app?.close();
    await proxy?.close();
  });

  async function stored(): Promise<{ contributions: number; outbox: number; keys: number }> {
    const { rows } = await direct.query<{ contributions: number; outbox: number; keys: number }>(
      `SELECT (SELECT count(*)::int FROM contributions) AS contributions,
              (SELECT count(*)::int FROM outbox WHERE type = 'contribution.submitted') AS outbox,
              (SELECT count(*)::int FROM idempotency_keys) AS keys`,
    );
    return rows[0];
  }

  /** What must hold whatever the timing: no contribution without its event, no stray key. */
  async function expectNothingHalfWritten(): Promise<void> {
    const { rows } = await direct.query<{ orphans: number; open_keys: number }>(
      `SELECT
         (SELECT count(*)::int FROM contributions c WHERE NOT EXISTS (
            SELECT 1 FROM outbox o WHERE o.type = 'contribution.submitted'
               AND o.payload->>'contributionId' = c.id::text)) AS orphans,
         (SELECT count(*)::int FROM idempotency_keys k WHERE k.status_code <> 202
            OR NOT EXISTS (SELECT 1 FROM contributions c WHERE c.id::text = k.response->>'id'))
           AS open_keys`,
    );
    expect(rows[0]).toEqual({ orphans: 0, open_keys: 0 });
  }

  function submit(user: TestUser, body: string, key?: string): Test {
    const test = app.api
      .as(user)
      .post(`/rounds/${roundId}/contributions`, contributionInput({ body }));
    return key ? test.set('Idempotency-Key', key) : test;
  }

  async function waitForHealth(): Promise<number> {
    const started = Date.now();
    await eventually(async () => (await app.api.as(null).get('/health')).status === 200, {
      timeoutMs: 5_000,
      intervalMs: 25,
      what: 'health to recover after the line came back',
    });
    return Date.now() - started;
  }

  it('answers 503 quickly while the line is cut and stores nothing', async () => {
    const before = await stored();
    proxy.cut();

    const health = await timed(app.api.as(null).get('/health'));
    expect(health.res.status).toBe(503);
    expect(health.res.body).toMatchObject({ postgres: 'down', redis: 'up' });
    expect((await app.api.as(null).get('/health/live')).status).toBe(200);
    expect(health.ms).toBeLessThan(5_000);

    const plain = await timed(submit(author, 'Submitted while the database is away.'));
    expectUnavailable(plain);
    expect(plain.res.headers['retry-after']).toBe('5');
    const keyed = await timed(
      submit(author, 'Submitted with a key while the database is away.', 'outage-key-1'),
    );
    expectUnavailable(keyed);
    expectUnavailable(await timed(app.api.as(author).get(`/rounds/${roundId}`)));
    expectUnavailable(await timed(app.api.as(author).get(`/rounds/${roundId}/contributions`)));
    expectUnavailable(
      await timed(
        app.api.as(null).post('/auth/login', { email: author.email, password: author.password }),
      ),
    );
    // The token is checked without the database; whether its holder moderates the round is not.
    expectUnavailable(await timed(app.api.as(moderator).post(`/rounds/${roundId}/close`)));
    console.info(
      `postgres cut: health ${health.ms} ms, submit ${plain.ms} ms, keyed submit ${keyed.ms} ms`,
    );

    proxy.restore();
    const recoveredIn = await waitForHealth();
    console.info(`postgres restored: health 200 after ${recoveredIn} ms`);

    // The refused requests left nothing behind, not even the idempotency key.
    expect(await stored()).toEqual(before);
    await expectNothingHalfWritten();

    // So the client's retry with the same key is taken as new, exactly once.
    const retried = await submit(
      author,
      'Submitted with a key while the database is away.',
      'outage-key-1',
    );
    expect(retried.status).toBe(202);
    const replayed = await submit(
      author,
      'Submitted with a key while the database is away.',
      'outage-key-1',
    );
    expect(replayed.body).toEqual(retried.body);
  });

  it('recovers by itself: new submissions are taken and the worker catches up', async () => {
    proxy.cut();
    expectUnavailable(await timed(submit(author, 'Lost to the outage.')));
    proxy.restore();
    const started = Date.now();
    await waitForHealth();
    const before = await stored();

    const accepted = await Promise.all(
      [1, 2, 3].map((i) => submit(author, `After the outage ${i}`, `after-outage-${i}`)),
    );
    expect(accepted.map((r) => r.status)).toEqual([202, 202, 202]);
    console.info(`postgres restored: submissions taken again after ${Date.now() - started} ms`);
    expect(await stored()).toEqual({
      contributions: before.contributions + 3,
      outbox: before.outbox + 3,
      keys: before.keys + 3,
    });
    expect((await app.api.as(author).get(`/rounds/${roundId}`)).status).toBe(200);

    // The in-process worker (relay and processors) reconnects on its own as well.
    await app.drain();
    await eventually(
      async () => {
        const { rows } = await direct.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM contribution_analyses WHERE contribution_id = ANY($1)`,
          [accepted.map((r) => r.body.id as string)],
        );
        return rows[0].n === 3;
      },
      { timeoutMs: 10_000, what: 'the worker to analyse the contributions' },
    );
    await expectNothingHalfWritten();
  });

  it('cut in the middle of a burst: 202 or 503 only, and nothing acknowledged is lost', async () => {
    const before = await stored();
    const requests = burstAuthors.flatMap((user, u) =>
      Array.from({ length: 10 }, (_, i) => {
        const n = u * 10 + i;
        // Half go through the transaction of the idempotent path, half through the single
        // statement of the plain one.
        return { user, body: `Burst contribution ${n}`, key: n % 2 ? `burst-${n}` : undefined };
      }),
    );
    let answered = 0;
    const results = requests.map(({ user, body, key }) =>
      timed(submit(user, body, key)).then((result) => {
        answered++;
        return result;
      }),
    );
    // Cut once the first few are through, while most are still queued or in flight.
    await eventually(async () => answered >= 3, { timeoutMs: 5_000, intervalMs: 1 });
    const cutAt = answered;
    proxy.cut();
    const outcomes = await Promise.all(results);

    const statuses = outcomes.map((o) => o.res.status);
    expect(statuses.filter((s) => s !== 202 && s !== 503)).toEqual([]);
    for (const outcome of outcomes) {
      if (outcome.res.status === 503) expectUnavailable(outcome);
      else expect(outcome.ms).toBeLessThan(ANSWER_WITHIN_MS);
    }
    const acked = outcomes.filter((o) => o.res.status === 202).map((o) => o.res.body.id as string);
    const refused = requests.filter((_, i) => outcomes[i].res.status === 503);
    console.info(
      `burst: ${acked.length} × 202, ${refused.length} × 503 (cut after ${cutAt} answers), ` +
        `slowest ${Math.max(...outcomes.map((o) => o.ms))} ms`,
    );
    expect(acked.length).toBeGreaterThanOrEqual(3);

    proxy.restore();
    await waitForHealth();

    // Every acknowledged contribution is stored, with its event.
    const { rows: found } = await direct.query<{ id: string }>(
      `SELECT id FROM contributions WHERE id = ANY($1)`,
      [acked],
    );
    expect(found.map((r) => r.id).sort()).toEqual([...acked].sort());
    // A 503 is ambiguous when the line broke after PostgreSQL had received the COMMIT (or the
    // single INSERT … RETURNING statement) but before its answer came back: the row is then
    // stored although the client was told 503. So rows beyond the 202s may exist, at most one
    // per 503, and each must be whole: contribution, outbox event and (on the keyed path) a
    // finished idempotency key, all in one commit.
    const after = await stored();
    const extra = after.contributions - before.contributions - acked.length;
    expect(extra).toBeGreaterThanOrEqual(0);
    expect(extra).toBeLessThanOrEqual(refused.length);
    console.info(`burst: ${extra} stored beyond the 202s (committed as the line broke)`);
    expect(after.outbox - before.outbox).toBe(after.contributions - before.contributions);
    await expectNothingHalfWritten();

    // A client that retries its 503s with the same key ends up with exactly one of each.
    const retries = await Promise.all(
      refused.filter((r) => r.key).map(({ user, body, key }) => submit(user, body, key)),
    );
    expect(retries.map((r) => r.status).filter((s) => s !== 202)).toEqual([]);
    const keyedBodies = requests.filter((r) => r.key).map((r) => r.body);
    const { rows: perBody } = await direct.query<{ body: string; n: number }>(
      `SELECT body, count(*)::int AS n FROM contributions WHERE body = ANY($1) GROUP BY body`,
      [keyedBodies],
    );
    expect(perBody).toHaveLength(keyedBodies.length);
    expect(perBody.filter((r) => r.n !== 1)).toEqual([]);

    await app.drain();
    await expectNothingHalfWritten();
  });
  it('a silent line (a frozen server): 503 within seconds, not after 15 or 30, and recovers', async () => {
    // Warm the pool, so requests find connections that go silent under them: the case where
    // only a query timeout can answer, and where a timed-out connection used to stay stuck.
    await Promise.all(
      Array.from({ length: 10 }, () => app.api.as(author).get(`/rounds/${roundId}`)),
    );
    const before = await stored();
    proxy.stall();
    const [health, plain, keyed, read, login] = await Promise.all([
      timed(app.api.as(null).get('/health')),
      timed(submit(author, 'Submitted to a frozen database.')),
      timed(submit(author, 'Submitted with a key to a frozen database.', 'frozen-key-1')),
      timed(app.api.as(author).get(`/rounds/${roundId}`)),
      timed(
        app.api.as(null).post('/auth/login', { email: author.email, password: author.password }),
      ),
    ]);
    expect(health.res.status).toBe(503);
    expect(health.ms).toBeLessThan(5_000);
    // Each within the API's query timeout (5 s); the keyed one's ROLLBACK must not wait again.
    for (const outcome of [plain, keyed, read, login]) expectUnavailable(outcome);
    // And the next one as well: a silent line costs each request the timeout, never more.
    const later = await timed(submit(author, 'Submitted later to a frozen database.'));
    expectUnavailable(later);
    console.info(
      `postgres silent: health ${health.ms} ms, submit ${plain.ms} ms, keyed ${keyed.ms} ms, ` +
        `read ${read.ms} ms, login ${login.ms} ms, later submit ${later.ms} ms`,
    );

    proxy.restore();
    const recoveredIn = await waitForHealth();
    console.info(`postgres thawed: health 200 after ${recoveredIn} ms`);
    // Thawing hands PostgreSQL what it had received (stall() holds it, as a stopped server's
    // socket buffers do), so a plain INSERT sent before the timeout may still commit although
    // its client was told 503: at most one row per such request, whole. The keyed request
    // never got past START TRANSACTION, so it stored nothing.
    const after = await stored();
    expect(after.keys).toBe(before.keys);
    expect(after.contributions - before.contributions).toBeLessThanOrEqual(2);
    expect(after.outbox - before.outbox).toBe(after.contributions - before.contributions);
    await expectNothingHalfWritten();

    expect((await submit(author, 'After the thaw.', 'frozen-key-1')).status).toBe(202);
    await app.drain();
  });
});
