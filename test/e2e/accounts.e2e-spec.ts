import { createHmac, randomUUID } from 'node:crypto';
import { roundInput, startTestApp, TEST_ADMIN, type TestApp } from '@convene/testing';

const TTL_SECONDS = 600;

function decode(token: string): Record<string, unknown> {
  const [header, payload, signature] = token.split('.');
  expect(signature).toBeTruthy();
  expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({ alg: 'HS256' });
  return JSON.parse(Buffer.from(payload, 'base64url').toString());
}

function signToken(payload: object, secret: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const data = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
  return `${data}.${createHmac('sha256', secret).update(data).digest('base64url')}`;
}

/** Registration, sign-in, tokens, the bootstrap admin, role changes and failed-login limits. */
describe('accounts', () => {
  let app: TestApp;

  const newAccount = (overrides: object = {}) => ({
    email: `acct-${randomUUID()}@example.test`,
    password: 'correct horse battery staple',
    displayName: 'Ana Account',
    organisation: 'Migrant Workers Network',
    stakeholderType: 'migrant_organization',
    ...overrides,
  });

  async function register(body = newAccount()) {
    const res = await app.api.as(null).post('/auth/register', body);
    expect(res.status).toBe(201);
    return { ...body, id: res.body.id as string };
  }

  const login = (email: string, password: string) =>
    app.api.as(null).post('/auth/login', { email, password });

  beforeAll(async () => {
    // A token lifetime other than the default, to see that the setting is honoured.
    app = await startTestApp({ worker: false, env: { JWT_TTL_SECONDS: String(TTL_SECONDS) } });
  });

  afterAll(() => app.close());

  describe('registration', () => {
    it('lets one address register 30 accounts in an hour (the first requests of this suite)', async () => {
      const results = await Promise.all(
        Array.from({ length: 30 }, () => app.api.as(null).post('/auth/register', newAccount())),
      );
      expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
    });

    it('answers 201 with the id, the email and the stakeholder role only', async () => {
      const body = newAccount();
      const res = await app.api.as(null).post('/auth/register', body);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        email: body.email,
        roles: ['stakeholder'],
      });
      const [row] = await app.db.query(
        `SELECT email, display_name, organisation, stakeholder_type, roles, password_hash
           FROM users WHERE id = $1`,
        [res.body.id],
      );
      expect(row).toMatchObject({
        email: body.email,
        display_name: 'Ana Account',
        organisation: 'Migrant Workers Network',
        stakeholder_type: 'migrant_organization',
        roles: ['stakeholder'],
      });
      // Stored as a salted hash, never as given.
      expect(row.password_hash).toMatch(/^scrypt\$/);
      expect(row.password_hash).not.toContain(body.password);
      expect(JSON.stringify(res.body)).not.toContain(body.password);
    });

    it('answers 409 for an email that is taken, whatever its case, and stores nothing', async () => {
      const first = await register();
      const [{ n: before }] = await app.db.query(`SELECT count(*)::int AS n FROM users`);
      for (const email of [first.email, first.email.toUpperCase()]) {
        const res = await app.api
          .as(null)
          .post('/auth/register', newAccount({ email, password: 'another password 123' }));
        expect(res.status).toBe(409);
        expect(res.body).toEqual({
          statusCode: 409,
          message: expect.any(String),
          error: 'Conflict',
        });
      }
      const [{ n: after }] = await app.db.query(`SELECT count(*)::int AS n FROM users`);
      expect(after).toBe(before);
      // The first password still holds; the refused one does not.
      expect((await login(first.email, first.password)).status).toBe(200);
      expect((await login(first.email, 'another password 123')).status).toBe(401);
    });
  });

  describe('login and tokens', () => {
    it('answers 200 with a bearer token for the user, their roles and the configured lifetime', async () => {
      const account = await register();
      const res = await login(account.email, account.password);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ accessToken: expect.any(String) });
      const claims = decode(res.body.accessToken);
      expect(claims).toMatchObject({ sub: account.id, roles: ['stakeholder'] });
      expect((claims.exp as number) - (claims.iat as number)).toBe(TTL_SECONDS);
      expect(Math.abs((claims.iat as number) - Date.now() / 1000)).toBeLessThan(30);
      const me = await app.api.as({ token: res.body.accessToken }).get('/me/notifications');
      expect(me.status).toBe(200);
    });

    it('signs in whatever the case of the email', async () => {
      const account = await register();
      expect((await login(account.email.toUpperCase(), account.password)).status).toBe(200);
    });

    it('answers 401 for a wrong password or an unknown account, alike', async () => {
      const account = await register();
      const wrong = await login(account.email, 'not the password at all');
      const unknown = await login(`nobody-${randomUUID()}@example.test`, account.password);
      for (const res of [wrong, unknown]) {
        expect(res.status).toBe(401);
        expect(res.body).toEqual({
          statusCode: 401,
          message: 'wrong email or password',
          error: 'Unauthorized',
        });
        expect(res.body).not.toHaveProperty('accessToken');
      }
    });

    it('refuses a token once it has expired', async () => {
      const account = await register();
      const claims = { sub: account.id, roles: ['stakeholder'] };
      const now = Math.floor(Date.now() / 1000);
      const live = signToken({ ...claims, iat: now, exp: now + 60 }, app.config.jwtSecret);
      const expired = signToken(
        { ...claims, iat: now - TTL_SECONDS - 5, exp: now - 5 },
        app.config.jwtSecret,
      );
      expect((await app.api.as({ token: live }).get('/me/notifications')).status).toBe(200);
      const res = await app.api.as({ token: expired }).get('/me/notifications');
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        statusCode: 401,
        message: expect.stringMatching(/expired/),
        error: 'Unauthorized',
      });
    });
  });

  describe('the admin', () => {
    it('exists from the start with the configured credentials', async () => {
      const res = await login(TEST_ADMIN.email, TEST_ADMIN.password);
      expect(res.status).toBe(200);
      expect(decode(res.body.accessToken).roles).toEqual(expect.arrayContaining(['admin']));
      const admin = { token: res.body.accessToken as string };
      const found = await app.api
        .as(admin)
        .get(`/users?email=${encodeURIComponent(TEST_ADMIN.email.toUpperCase())}`);
      expect(found.status).toBe(200);
      expect(found.body).toEqual([
        {
          id: expect.any(String),
          email: TEST_ADMIN.email,
          displayName: expect.any(String),
          roles: expect.arrayContaining(['admin']),
        },
      ]);
      const rows = await app.db.query(`SELECT 1 FROM users WHERE 'admin' = ANY(roles)`);
      expect(rows).toHaveLength(1);
    });

    it('finds users by email, and nobody for an unknown one', async () => {
      const admin = await app.api.admin();
      const account = await register();
      const found = await app.api
        .as(admin)
        .get(`/users?email=${encodeURIComponent(account.email)}`);
      expect(found.body).toEqual([
        {
          id: account.id,
          email: account.email,
          displayName: 'Ana Account',
          roles: ['stakeholder'],
        },
      ]);
      const none = await app.api.as(admin).get(`/users?email=nobody-${randomUUID()}@example.test`);
      expect(none.status).toBe(200);
      expect(none.body).toEqual([]);
    });

    it('sets roles: 200, effective at once, for tokens issued before the change too', async () => {
      const admin = await app.api.admin();
      const account = await register();
      const oldToken = (await login(account.email, account.password)).body.accessToken as string;
      expect((await app.api.as({ token: oldToken }).post('/rounds', roundInput())).status).toBe(
        403,
      );

      const set = await app.api
        .as(admin)
        .put(`/users/${account.id}/roles`, { roles: ['moderator', 'stakeholder'] });
      expect(set.status).toBe(200);
      expect(set.body).toEqual({ id: account.id, roles: ['moderator', 'stakeholder'] });
      const found = await app.api
        .as(admin)
        .get(`/users?email=${encodeURIComponent(account.email)}`);
      expect(found.body[0].roles).toEqual(['moderator', 'stakeholder']);

      // The token says who; the roles are the account's now.
      const created = await app.api.as({ token: oldToken }).post('/rounds', roundInput());
      expect(created.status).toBe(201);
      const newToken = (await login(account.email, account.password)).body.accessToken as string;
      expect(decode(newToken).roles).toEqual(['moderator', 'stakeholder']);

      // Taken away again: no token, old or new, can create rounds or run its own round.
      expect(
        (await app.api.as(admin).put(`/users/${account.id}/roles`, { roles: ['stakeholder'] }))
          .status,
      ).toBe(200);
      for (const token of [oldToken, newToken]) {
        expect((await app.api.as({ token }).post('/rounds', roundInput())).status).toBe(403);
        expect((await app.api.as({ token }).post(`/rounds/${created.body.id}/open`)).status).toBe(
          403,
        );
      }
    });

    it('refuses the token of an account that no longer exists', async () => {
      const account = await register();
      const token = (await login(account.email, account.password)).body.accessToken as string;
      await app.db.query(`DELETE FROM users WHERE id = $1`, [account.id]);
      expect((await app.api.as({ token }).get('/me/notifications')).status).toBe(401);
    });

    it('answers 404 for roles of an unknown user, and keeps the admin from dropping their own admin role', async () => {
      const admin = await app.api.admin();
      const unknown = await app.api
        .as(admin)
        .put(`/users/${randomUUID()}/roles`, { roles: ['stakeholder'] });
      expect(unknown.status).toBe(404);
      const [{ id: adminId }] = await app.db.query(`SELECT id FROM users WHERE email = $1`, [
        TEST_ADMIN.email,
      ]);
      const self = await app.api
        .as(admin)
        .put(`/users/${adminId}/roles`, { roles: ['stakeholder'] });
      expect(self.status).toBe(400);
      const [{ roles }] = await app.db.query(`SELECT roles FROM users WHERE id = $1`, [adminId]);
      expect(roles).toContain('admin');
    });

    it('can make another admin, who can then manage roles', async () => {
      const admin = await app.api.admin();
      const account = await register();
      expect(
        (
          await app.api
            .as(admin)
            .put(`/users/${account.id}/roles`, { roles: ['admin', 'stakeholder'] })
        ).status,
      ).toBe(200);
      const second = {
        token: (await login(account.email, account.password)).body.accessToken as string,
      };
      const other = await register();
      const res = await app.api
        .as(second)
        .put(`/users/${other.id}/roles`, { roles: ['co_chair', 'stakeholder'] });
      expect(res.status).toBe(200);
    });
  });

  describe('rate limits', () => {
    type Account = Awaited<ReturnType<typeof register>>;
    type Answer = { status: number; body: Record<string, unknown> };

    /**
     * Runs a burst of logins against a fresh account inside one fixed one-minute window of the
     * limiter; a burst that straddles two windows is run again with another fresh account.
     */
    async function inOneWindow(burst: (account: Account) => Promise<Answer[]>): Promise<Answer[]> {
      for (let attempt = 0; attempt < 3; attempt++) {
        const account = await register();
        const window = Math.floor(Date.now() / 60_000);
        const answers = await burst(account);
        if (Math.floor(Date.now() / 60_000) === window) return answers;
      }
      throw new Error('could not fit the burst into one minute');
    }

    const answer = async (email: string, password: string): Promise<Answer> => {
      const res = await login(email, password);
      return { status: res.status, body: res.body };
    };

    it('refuses logins to an account with 429 after 10 failed ones in a minute, even with the right password', async () => {
      const bystander = await register();
      let bystanderStatus = 0;
      const answers = await inOneWindow(async (account) => {
        const out: Answer[] = [];
        for (let i = 1; i <= 11; i++) out.push(await answer(account.email, `wrong guess ${i}`));
        // Guessing right now does not help, nor does another spelling of the same email.
        out.push(await answer(account.email, account.password));
        out.push(await answer(account.email.toUpperCase(), account.password));
        // Other accounts are not affected.
        bystanderStatus = (await login(bystander.email, bystander.password)).status;
        return out;
      });
      expect(answers.map((a) => a.status)).toEqual([...Array(10).fill(401), 429, 429, 429]);
      expect(answers[10].body).toEqual({
        statusCode: 429,
        message: expect.any(String),
        error: 'Too Many Requests',
      });
      expect(answers[11].body).not.toHaveProperty('accessToken');
      expect(bystanderStatus).toBe(200);
    });

    it('does not count successful logins', async () => {
      const answers = await inOneWindow(async (account) => {
        const out: Answer[] = [];
        for (let i = 0; i < 11; i++) out.push(await answer(account.email, account.password));
        for (let i = 0; i < 9; i++) out.push(await answer(account.email, 'wrong password'));
        out.push(await answer(account.email, account.password));
        return out;
      });
      expect(answers.map((a) => a.status)).toEqual([
        ...Array(11).fill(200),
        ...Array(9).fill(401),
        200,
      ]);
    });
  });
});
