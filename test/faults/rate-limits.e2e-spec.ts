import { IdempotencyKeyPruner, IDEMPOTENCY_KEY_RETENTION_HOURS } from '@convene/contributions';
import { OUTBOX_RETENTION_DAYS, OutboxPruner } from '@convene/messaging';
import {
  ApiClient,
  contributionInput,
  freePort,
  roundInput,
  spawnApi,
  startTestApp,
  stopAppProcesses,
  type ApiProcess,
  type TestApp,
  type TestUser,
} from '@convene/testing';

const POSTS_PER_MINUTE = 60;
const REGISTRATIONS_PER_HOUR = 60;

/** Which fixed window of this length (seconds) we are in. */
const windowOf = (seconds: number) => Math.floor(Date.now() / 1000 / seconds);

/**
 * Limits live in Redis, so they hold across API processes: an account's posts are counted
 * the same whichever process takes them. Runs a test again if it straddled a window's edge.
 */
describe('rate limits shared by every API process', () => {
  let app: TestApp;
  let second: ApiProcess;
  let moderator: TestUser;
  let roundId: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    second = spawnApi(app.config, await freePort());
    moderator = await app.api.user(['moderator']);
    roundId = (await app.api.as(moderator).post('/rounds', roundInput())).body.id;
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/open`)).status).toBe(200);
    await second.ready;
  });

  afterAll(async () => {
    await stopAppProcesses();
    await app.close();
  });

  async function withinOneWindow<T>(seconds: number, attempt: () => Promise<T>): Promise<T> {
    for (;;) {
      const started = windowOf(seconds);
      const result = await attempt();
      if (windowOf(seconds) === started) return result;
    }
  }

  it('lets an account post 60 contributions and replies a minute over two processes, then 429', async () => {
    const apis = [app.api, new ApiClient(second.url)];
    const outcome = await withinOneWindow(60, async () => {
      const author = await app.api.user();
      const statuses: number[] = [];
      let firstId: string | undefined;
      for (let i = 0; i < POSTS_PER_MINUTE; i++) {
        const api = apis[i % 2].as(author);
        const res =
          i % 3 === 2 && firstId
            ? await api.post(`/contributions/${firstId}/replies`, { body: `Reply ${i}` })
            : await api.post(`/rounds/${roundId}/contributions`, contributionInput());
        firstId ??= res.body.id;
        statuses.push(res.status);
      }
      const before = await app.db.query(
        `SELECT (SELECT count(*) FROM contributions WHERE author_id = $1)::int AS c,
                (SELECT count(*) FROM replies WHERE author_id = $1)::int AS r`,
        [author.id],
      );
      const refused = await Promise.all(
        apis.map((api) =>
          api.as(author).post(`/rounds/${roundId}/contributions`, contributionInput()),
        ),
      );
      const after = await app.db.query(
        `SELECT (SELECT count(*) FROM contributions WHERE author_id = $1)::int AS c,
                (SELECT count(*) FROM replies WHERE author_id = $1)::int AS r`,
        [author.id],
      );
      return { statuses, refused, before: before[0], after: after[0], author };
    });
    expect(outcome.statuses.filter((s) => s !== 202 && s !== 201)).toEqual([]);
    for (const res of outcome.refused) {
      expect(res.status).toBe(429);
      expect(res.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    }
    expect(outcome.after).toEqual(outcome.before);
    expect(outcome.before.c + outcome.before.r).toBe(POSTS_PER_MINUTE);

    // Another account is not held back by this one.
    const other = await app.api.user();
    expect(
      (await app.api.as(other).post(`/rounds/${roundId}/contributions`, contributionInput()))
        .status,
    ).toBe(202);
  });

  it('lets one address register 60 accounts an hour, then 429', async () => {
    const outcome = await withinOneWindow(3600, async () => {
      const [{ n: already }] = await app.db.query(`SELECT count(*)::int AS n FROM users`);
      const statuses: number[] = [];
      // The admin is created at start, not through the endpoint.
      for (let i = already - 1; i < REGISTRATIONS_PER_HOUR; i++) {
        const res = await app.api.as(null).post('/auth/register', {
          email: `limit-${i}-${Date.now()}@example.test`,
          password: 'a-password-long-enough',
          displayName: `Limit ${i}`,
          stakeholderType: 'individual',
        });
        statuses.push(res.status);
      }
      const refused = await app.api.as(null).post('/auth/register', {
        email: `limit-over-${Date.now()}@example.test`,
        password: 'a-password-long-enough',
        displayName: 'One too many',
        stakeholderType: 'individual',
      });
      return { statuses, refused };
    });
    expect(outcome.statuses.every((s) => s === 201)).toBe(true);
    expect(outcome.refused.status).toBe(429);
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM users WHERE email LIKE 'limit-over-%'`,
    );
    expect(n).toBe(0);
  });
});

describe('retention of idempotency keys and relayed events', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
  });

  afterAll(() => app.close());

  it('keeps idempotency keys at least 24 hours, and prunes what is past retention', async () => {
    expect(IDEMPOTENCY_KEY_RETENTION_HOURS).toBeGreaterThanOrEqual(24);
    const user = await app.api.user();
    await app.db.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash, status_code, response, created_at)
       VALUES ($1, 'day-old', 'h', 202, '{}', now() - interval '25 hours'),
              ($1, 'expired', 'h', 202, '{}', now() - make_interval(hours => $2 + 1))`,
      [user.id, IDEMPOTENCY_KEY_RETENTION_HOURS],
    );
    await app.db.query(
      `INSERT INTO outbox (type, payload, created_at, dispatched_at)
       VALUES ('test.old', '{}', now() - make_interval(days => $1 + 1), now() - make_interval(days => $1 + 1)),
              ('test.pending', '{}', now() - make_interval(days => $1 + 1), NULL)`,
      [OUTBOX_RETENTION_DAYS],
    );
    await new IdempotencyKeyPruner(app.db).prune();
    await new OutboxPruner(app.db).prune();
    const keys = await app.db.query(`SELECT key FROM idempotency_keys WHERE user_id = $1`, [
      user.id,
    ]);
    expect(keys.map((k: { key: string }) => k.key)).toEqual(['day-old']);
    // An event never relayed is never pruned, however old.
    const events = await app.db.query(`SELECT type FROM outbox WHERE type LIKE 'test.%'`);
    expect(events.map((e: { type: string }) => e.type)).toEqual(['test.pending']);
  });
});
