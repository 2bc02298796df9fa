import { createHmac, randomUUID } from 'node:crypto';
import type { Role } from '@convene/common';
import {
  contributionInput,
  eventually,
  roundInput,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/** An HS256 token as jsonwebtoken makes it, so the guard can be fed tokens it did not issue. */
function signToken(
  payload: object,
  secret: string,
  header: object = { alg: 'HS256', typ: 'JWT' },
): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const data = `${part(header)}.${part(payload)}`;
  return `${data}.${createHmac('sha256', secret).update(data).digest('base64url')}`;
}

const now = () => Math.floor(Date.now() / 1000);

/**
 * Who may do what: roles come from the token, membership from the round. Two users of each
 * role, so "a moderator" is never confused with "this round's moderator".
 */
describe('authorization: roles and round membership', () => {
  let app: TestApp;
  let admin: { token: string };
  let mod1: TestUser;
  let mod2: TestUser;
  let chair1: TestUser;
  let chair2: TestUser;
  let alice: TestUser;
  let bruno: TestUser;
  /** mod1's round, still a draft; chair1 co-chairs it. */
  let draftA: string;
  /** mod1's round, open; chair1 co-chairs it. */
  let openA: string;
  /** mod2's round, open; chair2 co-chairs it. */
  let openB: string;
  /** alice's contribution to openA. */
  let contributionA: string;

  async function count(table: string): Promise<number> {
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM ${table}`);
    return n as number;
  }

  async function statusOf(roundId: string): Promise<string> {
    const [{ status }] = await app.db.query(`SELECT status FROM rounds WHERE id = $1`, [roundId]);
    return status as string;
  }

  /** Gives a user exactly these roles (no implied stakeholder) and signs them in again. */
  async function withExactRoles(user: TestUser, roles: Role[]): Promise<TestUser> {
    const res = await app.api.as(admin).put(`/users/${user.id}/roles`, { roles });
    expect(res.status).toBe(200);
    return { ...user, roles, token: await app.api.login(user.email, user.password) };
  }

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.api.admin();
    [mod1, mod2, chair1, chair2, alice, bruno] = await Promise.all([
      app.api.user(['moderator']),
      app.api.user(['moderator']),
      app.api.user(['co_chair']),
      app.api.user(['co_chair']),
      app.api.user(['stakeholder'], { displayName: 'Alice' }),
      app.api.user(['stakeholder'], { displayName: 'Bruno' }),
    ]);
    const created = await Promise.all([
      app.api.as(mod1).post('/rounds', roundInput({ coChairIds: [chair1.id] })),
      app.api.as(mod1).post('/rounds', roundInput({ coChairIds: [chair1.id] })),
      app.api.as(mod2).post('/rounds', roundInput({ coChairIds: [chair2.id] })),
    ]);
    for (const res of created) expect(res.status).toBe(201);
    [draftA, openA, openB] = created.map((res) => res.body.id as string);
    expect((await app.api.as(mod1).post(`/rounds/${openA}/open`)).status).toBe(200);
    expect((await app.api.as(mod2).post(`/rounds/${openB}/open`)).status).toBe(200);
    const submitted = await app.api
      .as(alice)
      .post(`/rounds/${openA}/contributions`, contributionInput());
    expect(submitted.status).toBe(202);
    contributionA = submitted.body.id;
  });

  afterAll(() => app.close());

  describe('authentication', () => {
    const protectedRoutes = (): [
      'get' | 'post' | 'put',
      string,
      object | undefined,
      /** the status a signed-in admin gets: proves the route exists and the guard let it in */
      number,
    ][] => [
      ['get', `/users?email=${encodeURIComponent(alice.email)}`, undefined, 200],
      ['put', `/users/${bruno.id}/roles`, { roles: ['stakeholder'] }, 200],
      ['get', '/rounds', undefined, 200],
      ['post', '/rounds', roundInput(), 403],
      ['get', `/rounds/${openA}`, undefined, 200],
      ['post', `/rounds/${draftA}/open`, undefined, 403],
      ['post', `/rounds/${openA}/close`, undefined, 403],
      ['get', `/rounds/${openA}/contributions`, undefined, 200],
      ['post', `/rounds/${openA}/contributions`, contributionInput(), 202],
      ['get', `/contributions/${contributionA}`, undefined, 200],
      ['post', `/contributions/${contributionA}/replies`, { body: 'A reply.' }, 201],
      ['post', `/contributions/${contributionA}/hide`, { reason: 'spam' }, 403],
      ['post', `/contributions/${contributionA}/restore`, {}, 403],
      ['put', `/contributions/${contributionA}/objectives`, { objectiveNumbers: [2] }, 403],
      [
        'post',
        `/contributions/${contributionA}/claim-corrections`,
        { start: 0, end: 6, kind: 'recommendation' },
        403,
      ],
      ['get', `/contributions/${contributionA}/corrections`, undefined, 403],
      ['get', `/rounds/${openA}/syntheses`, undefined, 409],
      ['get', `/rounds/${openA}/background-notes`, undefined, 200],
      ['get', `/rounds/${openA}/background-notes/latest`, undefined, 409],
      ['get', `/rounds/${openA}/background-notes/latest.docx`, undefined, 409],
      ['post', `/rounds/${openA}/background-notes/publish`, undefined, 403],
      ['post', `/rounds/${openA}/background-notes/unpublish`, undefined, 403],
      ['get', '/me/notifications', undefined, 200],
      ['post', `/me/notifications/${randomUUID()}/read`, undefined, 404],
    ];

    const badTokens = (): [string, string | null][] => [
      ['no Authorization header', null],
      ['an empty bearer token', 'Bearer '],
      [
        'another scheme',
        `Basic ${Buffer.from(`${alice.email}:${alice.password}`).toString('base64')}`,
      ],
      ['a token that is not a JWT', 'Bearer not-a-token'],
      [
        'a token signed with another secret',
        `Bearer ${signToken({ sub: alice.id, roles: ['admin'], iat: now(), exp: now() + 600 }, 'another-secret-of-at-least-32-chars!!')}`,
      ],
      [
        'an expired token',
        `Bearer ${signToken({ sub: alice.id, roles: ['stakeholder'], iat: now() - 7200, exp: now() - 3600 }, app.config.jwtSecret)}`,
      ],
      [
        'an unsigned token (alg none)',
        `Bearer ${signToken({ sub: alice.id, roles: ['admin'], iat: now(), exp: now() + 600 }, '', { alg: 'none', typ: 'JWT' }).replace(/[^.]+$/, '')}`,
      ],
      [
        'a token with a tampered payload',
        `Bearer ${alice.token.split('.')[0]}.${Buffer.from(JSON.stringify({ sub: alice.id, roles: ['admin'], iat: now(), exp: now() + 600 })).toString('base64url')}.${alice.token.split('.')[2]}`,
      ],
    ];

    it('answers 401 on every protected route without a valid bearer token, and changes nothing', async () => {
      const tables = [
        'rounds',
        'contributions',
        'replies',
        'moderation_log',
        'contribution_corrections',
        'contribution_correction_log',
        'outbox',
      ];
      const before = await Promise.all(tables.map(count));
      for (const [what, authorization] of badTokens()) {
        for (const [method, path, body] of protectedRoutes()) {
          let req = app.api.raw()[method](`/api${path}`);
          if (authorization !== null) req = req.set('Authorization', authorization);
          const res = await (body ? req.send(body) : req);
          expect({ what, method, path, status: res.status }).toEqual({
            what,
            method,
            path,
            status: 401,
          });
          expect(res.body).toEqual({
            statusCode: 401,
            message: expect.any(String),
            error: 'Unauthorized',
          });
        }
      }
      expect(await Promise.all(tables.map(count))).toEqual(before);
      expect(await statusOf(draftA)).toBe('draft');
      expect(await statusOf(openA)).toBe('open');
      const [{ roles }] = await app.db.query(`SELECT roles FROM users WHERE id = $1`, [bruno.id]);
      expect(roles).toEqual(['stakeholder']);
    });

    it('lets a valid token through on the same routes (the 401s above are the token’s doing)', async () => {
      // A token signed with the right secret is accepted, so the refusals above are not an
      // artefact of how this suite builds tokens.
      const forged = {
        token: signToken(
          { sub: mod1.id, roles: ['moderator', 'stakeholder'], iat: now(), exp: now() + 600 },
          app.config.jwtSecret,
        ),
      };
      expect((await app.api.as(forged).get(`/rounds/${draftA}`)).status).toBe(200);
      for (const [method, path, body, expected] of protectedRoutes()) {
        const res = await app.api.as(admin)[method](path, body);
        expect({ method, path, status: res.status }).toEqual({ method, path, status: expected });
      }
    });

    it('marks answers to a signed-in user no-store and names no framework', async () => {
      const own = await app.api.as(alice).get('/me/notifications');
      expect(own.status).toBe(200);
      expect(own.headers['cache-control']).toBe('no-store');
      const open = await app.api.as(null).get('/objectives');
      expect(open.headers['cache-control']).toBeUndefined();
      expect(open.headers['x-powered-by']).toBeUndefined();
      expect(own.headers['x-powered-by']).toBeUndefined();
    });

    it('keeps register, login, objectives and health public', async () => {
      expect((await app.api.as(null).get('/objectives')).status).toBe(200);
      expect((await app.api.as(null).get('/health')).status).toBe(200);
      expect((await app.api.as(null).get('/health/live')).status).toBe(200);
      const login = await app.api
        .as(null)
        .post('/auth/login', { email: alice.email, password: alice.password });
      expect(login.status).toBe(200);
      const register = await app.api.as(null).post('/auth/register', {
        email: `public-${randomUUID()}@example.test`,
        password: 'a-long-enough-password',
        displayName: 'Public',
        stakeholderType: 'individual',
      });
      expect(register.status).toBe(201);
    });
  });

  describe('admin-only user routes', () => {
    it('refuses GET /users and PUT /users/:id/roles to every role but admin', async () => {
      for (const user of [alice, bruno, mod1, mod2, chair1, chair2]) {
        const find = await app.api.as(user).get(`/users?email=${encodeURIComponent(alice.email)}`);
        expect(find.status).toBe(403);
        expect(find.body).toEqual({
          statusCode: 403,
          message: expect.any(String),
          error: 'Forbidden',
        });
        expect((await app.api.as(user).get('/users')).status).toBe(403);
        // Not even on themselves: nobody grants themselves admin.
        for (const target of [user, bruno]) {
          const set = await app.api
            .as(user)
            .put(`/users/${target.id}/roles`, { roles: ['admin', 'moderator', 'stakeholder'] });
          expect(set.status).toBe(403);
        }
      }
      const rows: { roles: string[] }[] = await app.db.query(
        `SELECT roles FROM users WHERE 'admin' = ANY(roles)`,
      );
      expect(rows).toHaveLength(1);
    });

    it('lets the admin find users by email and set their roles', async () => {
      const found = await app.api.as(admin).get(`/users?email=${encodeURIComponent(alice.email)}`);
      expect(found.status).toBe(200);
      expect(found.body).toEqual([
        { id: alice.id, email: alice.email, displayName: 'Alice', roles: ['stakeholder'] },
      ]);
      const set = await app.api
        .as(admin)
        .put(`/users/${bruno.id}/roles`, { roles: ['stakeholder', 'co_chair'] });
      expect(set.status).toBe(200);
      expect(set.body).toMatchObject({ id: bruno.id, roles: ['co_chair', 'stakeholder'] });
      const back = await app.api
        .as(admin)
        .put(`/users/${bruno.id}/roles`, { roles: ['stakeholder'] });
      expect(back.status).toBe(200);
    });
  });

  describe('rounds', () => {
    it('lets only moderators create rounds', async () => {
      const before = await count('rounds');
      for (const user of [alice, bruno, chair1, chair2]) {
        const res = await app.api.as(user).post('/rounds', roundInput());
        expect(res.status).toBe(403);
      }
      expect((await app.api.as(admin).post('/rounds', roundInput())).status).toBe(403);
      expect(await count('rounds')).toBe(before);
    });

    it('names only users with the co_chair role as co-chairs', async () => {
      const before = await count('rounds');
      const res = await app.api.as(mod1).post('/rounds', roundInput({ coChairIds: [alice.id] }));
      expect(res.status).toBe(400);
      expect(await count('rounds')).toBe(before);
    });

    it('shows a draft round only to its members (and the admin)', async () => {
      for (const user of [mod1, chair1]) {
        const res = await app.api.as(user).get(`/rounds/${draftA}`);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ id: draftA, status: 'draft' });
      }
      expect((await app.api.as(admin).get(`/rounds/${draftA}`)).status).toBe(200);
      for (const user of [mod2, chair2, alice]) {
        expect((await app.api.as(user).get(`/rounds/${draftA}`)).status).toBe(403);
        expect((await app.api.as(user).get(`/rounds/${draftA}/contributions`)).status).toBe(403);
        const listed = await app.api.as(user).get('/rounds');
        expect(listed.status).toBe(200);
        const ids = (listed.body as { id: string }[]).map((r) => r.id);
        expect(ids).not.toContain(draftA);
        expect(ids).toEqual(expect.arrayContaining([openA, openB]));
      }
      for (const user of [mod1, chair1]) {
        const ids = ((await app.api.as(user).get('/rounds')).body as { id: string }[]).map(
          (r) => r.id,
        );
        expect(ids).toContain(draftA);
      }
      // Once open, every signed-in user sees it.
      for (const user of [mod2, chair2, alice, bruno]) {
        expect((await app.api.as(user).get(`/rounds/${openA}`)).status).toBe(200);
      }
    });

    it('lets only the round’s own moderator open it', async () => {
      for (const user of [alice, bruno, chair1, chair2, mod2]) {
        const res = await app.api.as(user).post(`/rounds/${draftA}/open`);
        expect(res.status).toBe(403);
        expect(await statusOf(draftA)).toBe('draft');
      }
      expect((await app.api.as(admin).post(`/rounds/${draftA}/open`)).status).toBe(403);
      // The refusals raised no event.
      const opened = await app.db.query(
        `SELECT 1 FROM outbox WHERE type = 'round.opened' AND payload->>'roundId' = $1`,
        [draftA],
      );
      expect(opened).toHaveLength(0);
    });

    it('lets only the round’s own moderator close it', async () => {
      for (const user of [alice, bruno, chair1, chair2, mod2]) {
        const res = await app.api.as(user).post(`/rounds/${openA}/close`);
        expect(res.status).toBe(403);
        expect(await statusOf(openA)).toBe('open');
      }
      // mod1 may close their own round but not mod2's.
      expect((await app.api.as(mod1).post(`/rounds/${openB}/close`)).status).toBe(403);
      expect(await statusOf(openB)).toBe('open');
    });

    it('no longer lets a moderator act on their round once the moderator role is gone', async () => {
      const other = await app.api.user(['moderator']);
      const created = await app.api.as(other).post('/rounds', roundInput());
      expect(created.status).toBe(201);
      const demoted = await withExactRoles(other, ['stakeholder']);
      expect((await app.api.as(demoted).post(`/rounds/${created.body.id}/open`)).status).toBe(403);
      expect(await statusOf(created.body.id)).toBe('draft');
    });
  });

  describe('contributions and replies', () => {
    it('lets stakeholders contribute, and nobody without the stakeholder role', async () => {
      expect(
        (await app.api.as(bruno).post(`/rounds/${openA}/contributions`, contributionInput()))
          .status,
      ).toBe(202);
      const pureChair = await withExactRoles(await app.api.user(['co_chair']), ['co_chair']);
      const pureModerator = await withExactRoles(await app.api.user(['moderator']), ['moderator']);
      const before = await count('contributions');
      for (const user of [pureChair, pureModerator]) {
        const res = await app.api
          .as(user)
          .post(`/rounds/${openA}/contributions`, contributionInput());
        expect(res.status).toBe(403);
      }
      expect(await count('contributions')).toBe(before);
      // Nor may they reply, unless they moderate the round.
      const reply = await app.api
        .as(pureChair)
        .post(`/contributions/${contributionA}/replies`, { body: 'Noted.' });
      expect(reply.status).toBe(403);
      const foreignModerator = await app.api
        .as(pureModerator)
        .post(`/contributions/${contributionA}/replies`, { body: 'Noted.' });
      expect(foreignModerator.status).toBe(403);
      expect(await count('contributions')).toBe(before);
    });

    it('marks a reply as a moderator reply only when a moderator of that round writes it', async () => {
      const own = await app.api
        .as(mod1)
        .post(`/contributions/${contributionA}/replies`, { body: 'From the moderator.' });
      const foreign = await app.api
        .as(mod2)
        .post(`/contributions/${contributionA}/replies`, { body: 'From another moderator.' });
      const chair = await app.api
        .as(chair1)
        .post(`/contributions/${contributionA}/replies`, { body: 'From the co-chair.' });
      for (const res of [own, foreign, chair]) expect(res.status).toBe(201);
      const rows: { id: string; is_moderator_reply: boolean }[] = await app.db.query(
        `SELECT id, is_moderator_reply FROM replies WHERE id = ANY($1::uuid[])`,
        [[own.body.id, foreign.body.id, chair.body.id]],
      );
      const flag = Object.fromEntries(rows.map((r) => [r.id, r.is_moderator_reply]));
      expect(flag).toEqual({
        [own.body.id]: true,
        [foreign.body.id]: false,
        [chair.body.id]: false,
      });
    });
  });

  describe('hidden contributions', () => {
    let hidden: string;
    let visible: string;

    beforeAll(async () => {
      const a = await app.api
        .as(alice)
        .post(
          `/rounds/${openA}/contributions`,
          contributionInput({ body: 'A contribution the moderator will hide.' }),
        );
      const b = await app.api
        .as(bruno)
        .post(
          `/rounds/${openA}/contributions`,
          contributionInput({ body: 'A contribution that stays visible.' }),
        );
      hidden = a.body.id;
      visible = b.body.id;
      // A reply before hiding, so hiding has something under it to hide too.
      expect(
        (await app.api.as(bruno).post(`/contributions/${hidden}/replies`, { body: 'Agreed.' }))
          .status,
      ).toBe(201);
    });

    it('lets only the round’s own moderator hide and restore', async () => {
      for (const user of [alice, bruno, chair1, chair2]) {
        expect(
          (await app.api.as(user).post(`/contributions/${hidden}/hide`, { reason: 'x' })).status,
        ).toBe(403);
      }
      const foreign = await app.api
        .as(mod2)
        .post(`/contributions/${hidden}/hide`, { reason: 'Off topic.' });
      expect(foreign.status).toBe(403);
      expect(await count('moderation_log')).toBe(0);

      const res = await app.api
        .as(mod1)
        .post(`/contributions/${hidden}/hide`, { reason: 'Personal data.' });
      expect(res.status).toBe(200);

      for (const user of [alice, bruno, chair1, chair2, mod2]) {
        expect((await app.api.as(user).post(`/contributions/${hidden}/restore`, {})).status).toBe(
          403,
        );
      }
      const [{ hidden: stillHidden }] = await app.db.query(
        `SELECT hidden FROM contributions WHERE id = $1`,
        [hidden],
      );
      expect(stillHidden).toBe(true);
      expect(await count('moderation_log')).toBe(1);
    });

    it('shows a hidden contribution to the round’s moderators only: 404 for everyone else, its author included', async () => {
      const seen = await app.api.as(mod1).get(`/contributions/${hidden}`);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({
        id: hidden,
        status: 'hidden',
        moderationLog: [{ action: 'hide', reason: 'Personal data.', moderatorId: mod1.id }],
      });
      for (const user of [alice, bruno, chair1, chair2, mod2]) {
        const res = await app.api.as(user).get(`/contributions/${hidden}`);
        expect(res.status).toBe(404);
        expect(res.body).toEqual({
          statusCode: 404,
          message: expect.any(String),
          error: 'Not Found',
        });
        // The moderation log is for moderators only, even on visible contributions.
        const other = await app.api.as(user).get(`/contributions/${visible}`);
        expect(other.status).toBe(200);
        expect(other.body).not.toHaveProperty('moderationLog');
      }
    });

    it('leaves a hidden contribution out of the list and the counts for everyone but the round’s moderators', async () => {
      const all = async (user: TestUser) => {
        const res = await app.api.as(user).get(`/rounds/${openA}/contributions?limit=100`);
        expect(res.status).toBe(200);
        return (res.body.items as { id: string }[]).map((c) => c.id);
      };
      const total = await count(`contributions WHERE round_id = '${openA}'`);
      const moderatorView = await all(mod1);
      expect(moderatorView).toContain(hidden);
      expect(moderatorView).toHaveLength(total);
      const moderatorRound = (await app.api.as(mod1).get(`/rounds/${openA}`)).body;
      for (const user of [alice, bruno, chair1, chair2, mod2]) {
        const ids = await all(user);
        expect(ids).not.toContain(hidden);
        expect(ids).toContain(visible);
        expect(ids).toHaveLength(total - 1);
        const round = (await app.api.as(user).get(`/rounds/${openA}`)).body;
        expect(round.counts.contributions).toBe(moderatorRound.counts.contributions - 1);
        expect(round.counts.replies).toBe(moderatorRound.counts.replies - 1);
      }
    });

    it('takes no replies on a hidden contribution except from the round’s moderators', async () => {
      const before = await count('replies');
      for (const user of [alice, bruno, mod2]) {
        const res = await app.api
          .as(user)
          .post(`/contributions/${hidden}/replies`, { body: 'Still here?' });
        expect(res.status).toBe(404);
      }
      expect(await count('replies')).toBe(before);
      const moderator = await app.api
        .as(mod1)
        .post(`/contributions/${hidden}/replies`, { body: 'Hidden for personal data.' });
      expect(moderator.status).toBe(201);
    });

    it('shows a restored contribution to everyone again', async () => {
      const res = await app.api
        .as(mod1)
        .post(`/contributions/${hidden}/restore`, { reason: 'Redacted by the author.' });
      expect(res.status).toBe(200);
      for (const user of [alice, bruno, chair2, mod2]) {
        expect((await app.api.as(user).get(`/contributions/${hidden}`)).status).toBe(200);
      }
    });
  });

  describe('notifications', () => {
    it('are per user: nobody sees or marks another user’s notification', async () => {
      const submitted = await app.api
        .as(bruno)
        .post(
          `/rounds/${openB}/contributions`,
          contributionInput({ body: 'A question for the moderator.' }),
        );
      expect(submitted.status).toBe(202);
      const reply = await app.api
        .as(mod2)
        .post(`/contributions/${submitted.body.id}/replies`, { body: 'Here is my answer.' });
      expect(reply.status).toBe(201);
      const [notification] = await eventually(
        async () => {
          const res = await app.api.as(bruno).get('/me/notifications');
          const mine = (res.body as { id: string; contributionId: string }[]).filter(
            (n) => n.contributionId === submitted.body.id,
          );
          return mine.length > 0 ? mine : undefined;
        },
        { what: 'bruno’s moderator-reply notification' },
      );
      expect(notification).toMatchObject({ type: 'moderator_reply', roundId: openB, readAt: null });

      for (const user of [alice, mod2, chair2]) {
        const list = await app.api.as(user).get('/me/notifications');
        expect((list.body as { id: string }[]).map((n) => n.id)).not.toContain(notification.id);
        const read = await app.api.as(user).post(`/me/notifications/${notification.id}/read`);
        expect(read.status).toBe(404);
      }
      expect(
        (await app.api.as(admin).post(`/me/notifications/${notification.id}/read`)).status,
      ).toBe(404);
      const [{ read_at }] = await app.db.query(`SELECT read_at FROM notifications WHERE id = $1`, [
        notification.id,
      ]);
      expect(read_at).toBeNull();

      const read = await app.api.as(bruno).post(`/me/notifications/${notification.id}/read`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual({ id: notification.id, readAt: expect.any(String) });
      const unread = await app.api.as(bruno).get('/me/notifications?unread=true');
      expect((unread.body as { id: string }[]).map((n) => n.id)).not.toContain(notification.id);
    });
  });

  describe('syntheses and background notes', () => {
    /** mod1's round, closed and drafted; chair1 co-chairs it. */
    let drafted: string;

    beforeAll(async () => {
      const created = await app.api
        .as(mod1)
        .post('/rounds', roundInput({ coChairIds: [chair1.id] }));
      drafted = created.body.id;
      await app.api.as(mod1).post(`/rounds/${drafted}/open`);
      const submitted = await app.api
        .as(alice)
        .post(`/rounds/${drafted}/contributions`, contributionInput());
      expect(submitted.status).toBe(202);
      expect((await app.api.as(mod1).post(`/rounds/${drafted}/close`)).status).toBe(202);
      await eventually(async () => (await statusOf(drafted)) === 'drafted', {
        timeoutMs: 20_000,
        what: 'the first draft',
      });
    });

    /** Every way to read a round's syntheses and notes: [path, Accept]. */
    const reads = (roundId: string): [string, string | undefined][] => [
      [`/rounds/${roundId}/syntheses`, undefined],
      [`/rounds/${roundId}/background-notes`, undefined],
      [`/rounds/${roundId}/background-notes/latest`, undefined],
      [`/rounds/${roundId}/background-notes/latest`, 'text/markdown'],
      [`/rounds/${roundId}/background-notes/latest.docx`, undefined],
    ];

    function read(user: { token: string }, [path, accept]: [string, string | undefined]) {
      const req = app.api.as(user).get(path);
      return accept ? req.set('Accept', accept) : req;
    }

    /** [path, Accept, status] for each read, so a failure names the read. */
    async function statuses(user: { token: string }, roundId: string) {
      const out: [string, string | undefined, number][] = [];
      for (const r of reads(roundId)) out.push([...r, (await read(user, r)).status]);
      return out;
    }
    const all = (roundId: string, status: number) =>
      reads(roundId).map(([path, accept]) => [path, accept, status]);

    async function notesEvents(roundId: string): Promise<{ type: string; payload: object }[]> {
      return app.db.query(
        `SELECT type, payload FROM outbox
          WHERE type LIKE 'round.notes_%' AND payload->>'roundId' = $1 ORDER BY id`,
        [roundId],
      );
    }

    it('keeps a round’s syntheses and notes to its moderators and co-chairs (and the admin) by default', async () => {
      const round = await app.api.as(alice).get(`/rounds/${drafted}`);
      expect(round.body).toMatchObject({ id: drafted, notesVisibility: 'restricted' });
      for (const user of [mod1, chair1, admin]) {
        expect(await statuses(user, drafted)).toEqual(all(drafted, 200));
      }
      // They see the round, so 403, not 404; another round's moderator or co-chair is no better.
      for (const user of [mod2, chair2, alice, bruno]) {
        expect(await statuses(user, drafted)).toEqual(all(drafted, 403));
      }
      const refused = await app.api.as(alice).get(`/rounds/${drafted}/background-notes/latest`);
      expect(refused.body).toEqual({
        statusCode: 403,
        message: expect.stringMatching(/moderators and co-chairs until a moderator publishes/),
        error: 'Forbidden',
      });
      // A draft round is its members' business: outsiders get 403.
      for (const user of [mod2, chair2, alice]) {
        expect(await statuses(user, draftA)).toEqual(all(draftA, 403));
      }
      for (const r of reads(draftA)) {
        const res = await read(chair1, r);
        // The list of versions is empty; the rest have nothing to show yet.
        if (r[0].endsWith('/background-notes')) expect(res.body).toEqual([]);
        else expect([...r, res.status]).toEqual([...r, 409]);
      }
      const unknown = randomUUID();
      expect(await statuses(alice, unknown)).toEqual(all(unknown, 404));
      expect(await statuses(alice, 'not-a-uuid')).toEqual(all('not-a-uuid', 400));
    });

    it('lets only the round’s own moderator publish or restrict its notes', async () => {
      for (const action of ['publish', 'unpublish']) {
        const path = `/rounds/${drafted}/background-notes/${action}`;
        for (const user of [alice, bruno, chair1, chair2, mod2, admin]) {
          const res = await app.api.as(user).post(path);
          expect([action, res.status]).toEqual([action, 403]);
          expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
        }
        expect((await app.api.as(null).post(path)).status).toBe(401);
        const unknown = `/rounds/${randomUUID()}/background-notes/${action}`;
        expect((await app.api.as(mod1).post(unknown)).status).toBe(404);
        const badId = `/rounds/not-a-uuid/background-notes/${action}`;
        expect((await app.api.as(mod1).post(badId)).status).toBe(400);
      }
      expect((await app.api.as(alice).get(`/rounds/${drafted}`)).body.notesVisibility).toBe(
        'restricted',
      );
      expect(await notesEvents(drafted)).toEqual([]);
    });

    it('opens them to everyone who may read the round once published, and closes them again', async () => {
      const published = await app.api.as(mod1).post(`/rounds/${drafted}/background-notes/publish`);
      expect(published.status).toBe(200);
      expect(published.body).toEqual({ roundId: drafted, notesVisibility: 'published' });
      expect((await app.api.as(alice).get(`/rounds/${drafted}`)).body.notesVisibility).toBe(
        'published',
      );
      for (const user of [mod1, mod2, chair1, chair2, alice, bruno, admin]) {
        expect(await statuses(user, drafted)).toEqual(all(drafted, 200));
      }
      const markdown = await read(alice, reads(drafted)[3]);
      expect(markdown.headers['content-type']).toMatch(/^text\/markdown/);
      const docx = await read(alice, reads(drafted)[4]);
      expect(docx.headers['content-type']).toContain('wordprocessingml');

      // Publishing what is published changes nothing and logs nothing.
      const again = await app.api.as(mod1).post(`/rounds/${drafted}/background-notes/publish`);
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ roundId: drafted, notesVisibility: 'published' });

      const restricted = await app.api
        .as(mod1)
        .post(`/rounds/${drafted}/background-notes/unpublish`);
      expect(restricted.status).toBe(200);
      expect(restricted.body).toEqual({ roundId: drafted, notesVisibility: 'restricted' });
      expect((await app.api.as(alice).get(`/rounds/${drafted}`)).body.notesVisibility).toBe(
        'restricted',
      );
      for (const user of [mod2, chair2, alice, bruno]) {
        expect(await statuses(user, drafted)).toEqual(all(drafted, 403));
      }
      expect(await statuses(chair1, drafted)).toEqual(all(drafted, 200));
      expect(await notesEvents(drafted)).toEqual([
        {
          type: 'round.notes_published',
          payload: { roundId: drafted, moderatorId: mod1.id, requestId: expect.any(String) },
        },
        {
          type: 'round.notes_unpublished',
          payload: { roundId: drafted, moderatorId: mod1.id, requestId: expect.any(String) },
        },
      ]);
    });

    it('lets a moderator publish before any note exists: readers then learn there is none yet', async () => {
      expect((await app.api.as(alice).get(`/rounds/${openA}/syntheses`)).status).toBe(403);
      const res = await app.api.as(mod1).post(`/rounds/${openA}/background-notes/publish`);
      expect(res.status).toBe(200);
      for (const r of reads(openA)) {
        const status = (await read(alice, r)).status;
        expect([...r, status]).toEqual([...r, r[0].endsWith('/background-notes') ? 200 : 409]);
      }
      // Published or not, a draft round stays its members' business.
      expect(
        (await app.api.as(mod1).post(`/rounds/${draftA}/background-notes/publish`)).status,
      ).toBe(200);
      expect(await statuses(alice, draftA)).toEqual(all(draftA, 403));
      for (const id of [openA, draftA]) {
        const back = await app.api.as(mod1).post(`/rounds/${id}/background-notes/unpublish`);
        expect(back.body).toEqual({ roundId: id, notesVisibility: 'restricted' });
      }
    });

    it('lets only the round moderator and its co-chairs ask for a new draft', async () => {
      const requests = () => count('draft_requests');
      const before = await requests();
      for (const user of [mod2, chair2, alice, bruno, admin]) {
        const res = await app.api.as(user).post(`/rounds/${drafted}/background-notes`);
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
      }
      expect((await app.api.as(null).post(`/rounds/${drafted}/background-notes`)).status).toBe(401);
      expect((await app.api.as(mod1).post(`/rounds/${randomUUID()}/background-notes`)).status).toBe(
        404,
      );
      expect(await requests()).toBe(before);
      const asked = [];
      for (const user of [mod1, chair1]) {
        const res = await app.api.as(user).post(`/rounds/${drafted}/background-notes`);
        expect(res.status).toBe(202);
        asked.push(res.body.draftRequestId as string);
      }
      // The second joins the first while it waits (issue 13): one more request, not two.
      expect(await requests()).toBe(before + 1);
      expect(asked[1]).toBe(asked[0]);
    });
  });
});
