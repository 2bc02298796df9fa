import type { Response } from 'supertest';
import { startTestApp, type TestApp, type TestUser } from '@convene/testing';
import { LIMITS } from '../../apps/api/src/http/rate-limiter';

const LOGINS_PER_ADDRESS = LIMITS.loginAttempts.max;

/** Which fixed window of this length (seconds) we are in. */
const windowOf = (seconds: number) => Math.floor(Date.now() / 1000 / seconds);

/**
 * Runs the attempt again if it straddled the edge of a rate-limit window, each time from a
 * fresh address (the `try` number), so that counts left by a straddling try do not carry over.
 */
async function withinOneWindow<T>(
  seconds: number,
  attempt: (fresh: number) => Promise<T>,
): Promise<T> {
  for (let fresh = 1; ; fresh++) {
    const started = windowOf(seconds);
    const result = await attempt(fresh);
    if (windowOf(seconds) === started) return result;
  }
}

/**
 * Issue 13's login and sign-up probes, behind a trusted proxy that says who the client is:
 * parallel guesses are counted like serial ones, a guesser locks out only itself, each address
 * pays for its own password hashes, and taken emails do not use up an address's sign-ups.
 */
describe('login and registration limits', () => {
  let app: TestApp;
  let owner: TestUser;

  beforeAll(async () => {
    app = await startTestApp({ worker: false, env: { TRUST_PROXY: 'loopback' } });
    owner = await app.api.user();
  });

  afterAll(() => app.close());

  const login = (email: string, password: string, client: string) =>
    app.api.raw().post('/api/auth/login').set('X-Forwarded-For', client).send({ email, password });

  function expectRetryAfter(res: Response, window: number) {
    expect(res.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    const seconds = Number(res.headers['retry-after']);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(window);
  }

  it('refuses parallel wrong passwords past 10, with Retry-After, as it refuses serial ones', async () => {
    const victim = await app.api.user();
    const statuses = await withinOneWindow(60, (fresh) =>
      Promise.all(
        Array.from({ length: 40 }, () =>
          login(victim.email, 'wrong-password', `203.0.113.${fresh}`),
        ),
      ),
    );
    const wrong = statuses.filter((r) => r.status === 401);
    const refused = statuses.filter((r) => r.status === 429);
    expect(wrong.length).toBeLessThanOrEqual(10);
    expect(wrong.length + refused.length).toBe(40);
    expectRetryAfter(refused[0], 60);
  });

  it('locks out the guessing client, not the account owner signing in from elsewhere', async () => {
    const outcome = await withinOneWindow(60, async (fresh) => {
      const client = `203.0.114.${fresh}`;
      for (let i = 0; i < 10; i++) await login(owner.email, 'guess', client);
      const guesser = await login(owner.email, owner.password, client);
      const ownerElsewhere = await login(owner.email, owner.password, '198.51.100.7');
      return { guesser, ownerElsewhere };
    });
    expect(outcome.guesser.status).toBe(429);
    expectRetryAfter(outcome.guesser, 60);
    expect(outcome.ownerElsewhere.status).toBe(200);
    expect(outcome.ownerElsewhere.body.accessToken).toEqual(expect.any(String));
  });

  it('limits login attempts per address whatever the emails, before hashing more passwords', async () => {
    expect(LOGINS_PER_ADDRESS).toBeLessThanOrEqual(120);
    const statuses = await withinOneWindow(60, async (fresh) => {
      const all: number[] = [];
      for (let i = 0; i <= LOGINS_PER_ADDRESS; i++) {
        const email = `nobody-${fresh}-${i}@example.test`;
        all.push((await login(email, 'whatever-it-is', `203.0.115.${fresh}`)).status);
      }
      return all;
    });
    expect(statuses.slice(0, LOGINS_PER_ADDRESS).every((s) => s === 401)).toBe(true);
    expect(statuses[LOGINS_PER_ADDRESS]).toBe(429);
    // Another address is not held back.
    expect((await login(owner.email, owner.password, '198.51.100.8')).status).toBe(200);
  }, 60_000);

  it('does not count a taken email against the address that tried it', async () => {
    const register = (email: string) =>
      app.api.raw().post('/api/auth/register').set('X-Forwarded-For', '203.0.113.20').send({
        email,
        password: 'a-password-long-enough',
        displayName: 'Retry',
        stakeholderType: 'individual',
      });
    const taken: number[] = [];
    for (let i = 0; i < 61; i++) taken.push((await register(owner.email)).status);
    expect(new Set(taken)).toEqual(new Set([409]));
    expect((await register(`fresh-${Date.now()}@example.test`)).status).toBe(201);
  }, 60_000);
});
