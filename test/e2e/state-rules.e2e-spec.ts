import { randomUUID } from 'node:crypto';
import {
  contributionInput,
  roundInput,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';

type Status = 'draft' | 'open' | 'closed' | 'synthesizing' | 'drafted';

/**
 * The round life cycle and the moderation states: what each state allows, 409 for what it
 * does not, 404 for ids that do not exist and 400 for ids that are not ids.
 */
describe('state rules', () => {
  let app: TestApp;
  let moderator: TestUser;
  let alice: TestUser;
  let bruno: TestUser;

  beforeAll(async () => {
    // No worker: a closed round stays closed instead of moving on to synthesis.
    app = await startTestApp({ worker: false });
    [moderator, alice, bruno] = await Promise.all([
      app.api.user(['moderator']),
      app.api.user(),
      app.api.user(),
    ]);
  });

  afterAll(() => app.close());

  async function statusOf(roundId: string): Promise<Status> {
    const [{ status }] = await app.db.query(`SELECT status FROM rounds WHERE id = $1`, [roundId]);
    return status as Status;
  }

  async function events(type: string, roundId: string): Promise<number> {
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM outbox WHERE type = $1 AND payload->>'roundId' = $2`,
      [type, roundId],
    );
    return n as number;
  }

  async function count(table: string): Promise<number> {
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM ${table}`);
    return n as number;
  }

  async function createRound(): Promise<string> {
    const res = await app.api.as(moderator).post('/rounds', roundInput());
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('draft');
    return res.body.id as string;
  }

  /** A round in the given state, reached through the API where the API can reach it. */
  async function roundIn(status: Status): Promise<string> {
    const id = await createRound();
    if (status === 'draft') return id;
    expect((await app.api.as(moderator).post(`/rounds/${id}/open`)).status).toBe(200);
    if (status === 'open') return id;
    expect((await app.api.as(moderator).post(`/rounds/${id}/close`)).status).toBe(202);
    if (status === 'closed') return id;
    // The later states belong to the synthesis, which the worker drives; set them directly.
    await app.db.query(`UPDATE rounds SET status = $2 WHERE id = $1`, [id, status]);
    return id;
  }

  function expectConflict(res: { status: number; body: unknown }, message?: RegExp) {
    expect(res.status).toBe(409);
    expect(res.body).toEqual({ statusCode: 409, message: expect.any(String), error: 'Conflict' });
    if (message) expect((res.body as { message: string }).message).toMatch(message);
  }

  describe('the round life cycle', () => {
    it('opens a draft once: 200, then 409', async () => {
      const id = await createRound();
      const opened = await app.api.as(moderator).post(`/rounds/${id}/open`);
      expect(opened.status).toBe(200);
      expect(opened.body).toEqual({ id, status: 'open' });
      expectConflict(await app.api.as(moderator).post(`/rounds/${id}/open`), /open, not draft/);
      expect(await statusOf(id)).toBe('open');
      expect(await events('round.opened', id)).toBe(1);
    });

    it.each<Status>(['open', 'closed', 'synthesizing', 'drafted'])(
      'does not open a round that is %s',
      async (status) => {
        const id = await roundIn(status);
        const openedBefore = await events('round.opened', id);
        expectConflict(await app.api.as(moderator).post(`/rounds/${id}/open`));
        expect(await statusOf(id)).toBe(status);
        expect(await events('round.opened', id)).toBe(openedBefore);
      },
    );

    it('does not open a draft whose closing time has passed', async () => {
      const id = await createRound();
      await app.db.query(
        `UPDATE rounds SET closes_at = now() - interval '1 minute' WHERE id = $1`,
        [id],
      );
      expectConflict(await app.api.as(moderator).post(`/rounds/${id}/open`), /closing time/);
      expect(await statusOf(id)).toBe('draft');
      expect(await events('round.opened', id)).toBe(0);
    });

    it('closes an open round once: 202, then 409', async () => {
      const id = await roundIn('open');
      const closed = await app.api.as(moderator).post(`/rounds/${id}/close`);
      expect(closed.status).toBe(202);
      expect(closed.body).toEqual({ id, status: 'closed' });
      expect(await statusOf(id)).toBe('closed');
      expectConflict(await app.api.as(moderator).post(`/rounds/${id}/close`), /closed, not open/);
      expect(await events('round.closed', id)).toBe(1);
    });

    it.each<Status>(['draft', 'closed', 'synthesizing', 'drafted'])(
      'does not close a round that is %s',
      async (status) => {
        const id = await roundIn(status);
        const closedBefore = await events('round.closed', id);
        expectConflict(await app.api.as(moderator).post(`/rounds/${id}/close`));
        expect(await statusOf(id)).toBe(status);
        expect(await events('round.closed', id)).toBe(closedBefore);
      },
    );
  });

  describe('contributions and replies by state', () => {
    it.each<Status>(['draft', 'closed', 'synthesizing', 'drafted'])(
      'takes no contribution while the round is %s',
      async (status) => {
        const id = await roundIn(status);
        const before = await count('contributions');
        const res = await app.api
          .as(alice)
          .post(`/rounds/${id}/contributions`, contributionInput());
        expectConflict(res, new RegExp(status));
        expect(await count('contributions')).toBe(before);
        expect(await count(`outbox WHERE type = 'contribution.submitted'`)).toBe(
          await count('contributions'),
        );
      },
    );

    it('takes contributions while open, and none once the closing time has passed', async () => {
      const id = await roundIn('open');
      expect(
        (await app.api.as(alice).post(`/rounds/${id}/contributions`, contributionInput())).status,
      ).toBe(202);
      // Still "open" (nobody closed it yet), but past its closing time.
      await app.db.query(
        `UPDATE rounds SET closes_at = now() - interval '1 second' WHERE id = $1`,
        [id],
      );
      const before = await count('contributions');
      const late = await app.api.as(bruno).post(`/rounds/${id}/contributions`, contributionInput());
      expectConflict(late, /closing time/);
      expect(await count('contributions')).toBe(before);
    });

    it('refuses a state conflict under an Idempotency-Key without keeping the key', async () => {
      const id = await roundIn('closed');
      const res = await app.api
        .as(alice)
        .post(`/rounds/${id}/contributions`, contributionInput())
        .set('Idempotency-Key', 'late-key');
      expectConflict(res);
      expect(await app.db.query(`SELECT 1 FROM idempotency_keys WHERE key = 'late-key'`)).toEqual(
        [],
      );
    });

    it('takes stakeholder replies only while open; the round’s moderator may reply after the close', async () => {
      const id = await roundIn('open');
      const submitted = await app.api
        .as(alice)
        .post(`/rounds/${id}/contributions`, contributionInput());
      expect(submitted.status).toBe(202);
      const contributionId = submitted.body.id as string;
      const early = await app.api
        .as(bruno)
        .post(`/contributions/${contributionId}/replies`, { body: 'While open.' });
      expect(early.status).toBe(201);

      expect((await app.api.as(moderator).post(`/rounds/${id}/close`)).status).toBe(202);
      const before = await count('replies');
      for (const user of [alice, bruno]) {
        expectConflict(
          await app.api
            .as(user)
            .post(`/contributions/${contributionId}/replies`, { body: 'After the close.' }),
          /closed/,
        );
        expectConflict(
          await app.api.as(user).post(`/contributions/${contributionId}/replies`, {
            body: 'An answer after the close.',
            parentReplyId: early.body.id,
          }),
        );
      }
      expect(await count('replies')).toBe(before);

      const moderatorReply = await app.api
        .as(moderator)
        .post(`/contributions/${contributionId}/replies`, { body: 'Thank you all.' });
      expect(moderatorReply.status).toBe(201);
      expect(moderatorReply.body).toMatchObject({ id: expect.any(String), isModeratorReply: true });
    });
  });

  describe('moderation states', () => {
    let contributionId: string;

    beforeAll(async () => {
      const id = await roundIn('open');
      const res = await app.api.as(alice).post(`/rounds/${id}/contributions`, contributionInput());
      contributionId = res.body.id;
    });

    async function log(): Promise<string[]> {
      const rows: { action: string }[] = await app.db.query(
        `SELECT action FROM moderation_log WHERE contribution_id = $1 ORDER BY id`,
        [contributionId],
      );
      return rows.map((r) => r.action);
    }

    it('does not restore a visible contribution', async () => {
      expectConflict(
        await app.api.as(moderator).post(`/contributions/${contributionId}/restore`, {}),
        /already visible/,
      );
      expect(await log()).toEqual([]);
    });

    it('hides once: 200, then 409', async () => {
      const hidden = await app.api
        .as(moderator)
        .post(`/contributions/${contributionId}/hide`, { reason: 'Insults.' });
      expect(hidden.status).toBe(200);
      expectConflict(
        await app.api
          .as(moderator)
          .post(`/contributions/${contributionId}/hide`, { reason: 'Again.' }),
        /already hidden/,
      );
      expect(await log()).toEqual(['hide']);
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM outbox WHERE type = 'contribution.hidden' AND payload->>'contributionId' = $1`,
        [contributionId],
      );
      expect(n).toBe(1);
    });

    it('restores once: 200, then 409; hides again after that', async () => {
      expect(
        (await app.api.as(moderator).post(`/contributions/${contributionId}/restore`, {})).status,
      ).toBe(200);
      expectConflict(
        await app.api.as(moderator).post(`/contributions/${contributionId}/restore`, {}),
        /already visible/,
      );
      expect(
        (
          await app.api
            .as(moderator)
            .post(`/contributions/${contributionId}/hide`, { reason: 'Insults, again.' })
        ).status,
      ).toBe(200);
      expect(await log()).toEqual(['hide', 'restore', 'hide']);
      const [{ hidden }] = await app.db.query(`SELECT hidden FROM contributions WHERE id = $1`, [
        contributionId,
      ]);
      expect(hidden).toBe(true);
    });
  });

  describe('unknown and malformed ids', () => {
    let roundId: string;
    let contributionId: string;

    beforeAll(async () => {
      roundId = await roundIn('open');
      contributionId = (
        await app.api.as(alice).post(`/rounds/${roundId}/contributions`, contributionInput())
      ).body.id;
    });

    /** Each id-taking route with the user allowed to call it (so the id is all that is wrong). */
    const routes = (
      id: string,
    ): [TestUser | 'admin', 'get' | 'post' | 'put', string, object?][] => [
      [alice, 'get', `/rounds/${id}`],
      [moderator, 'post', `/rounds/${id}/open`],
      [moderator, 'post', `/rounds/${id}/close`],
      [alice, 'get', `/rounds/${id}/contributions`],
      [alice, 'post', `/rounds/${id}/contributions`, contributionInput()],
      [alice, 'get', `/contributions/${id}`],
      [alice, 'post', `/contributions/${id}/replies`, { body: 'Hello.' }],
      [moderator, 'post', `/contributions/${id}/hide`, { reason: 'Spam.' }],
      [moderator, 'post', `/contributions/${id}/restore`, {}],
      [alice, 'post', `/me/notifications/${id}/read`],
      ['admin', 'put', `/users/${id}/roles`, { roles: ['stakeholder'] }],
    ];

    async function call([user, method, path, body]: ReturnType<typeof routes>[number]) {
      const who = user === 'admin' ? await app.api.admin() : user;
      return app.api.as(who)[method](path, body);
    }

    async function snapshot() {
      return Promise.all(
        ['rounds', 'contributions', 'replies', 'moderation_log', 'notifications', 'outbox'].map(
          count,
        ),
      );
    }

    it('answers 404 for ids that exist nowhere', async () => {
      const before = await snapshot();
      for (const route of routes(randomUUID())) {
        const res = await call(route);
        expect({ path: route[2], status: res.status }).toEqual({ path: route[2], status: 404 });
        expect(res.body).toEqual({
          statusCode: 404,
          message: expect.any(String),
          error: 'Not Found',
        });
      }
      expect(await snapshot()).toEqual(before);
    });

    it('answers 404 for a round id used as a contribution id and the other way round', async () => {
      expect((await app.api.as(alice).get(`/contributions/${roundId}`)).status).toBe(404);
      expect((await app.api.as(alice).get(`/rounds/${contributionId}`)).status).toBe(404);
      expect(
        (await app.api.as(moderator).post(`/contributions/${roundId}/hide`, { reason: 'x' }))
          .status,
      ).toBe(404);
    });

    it.each(['not-a-uuid', '123', `${randomUUID()}x`, "1' OR '1'='1"])(
      'answers 400 for the malformed id %j',
      async (bad) => {
        const before = await snapshot();
        for (const route of routes(encodeURIComponent(bad))) {
          const res = await call(route);
          expect({ path: route[2], status: res.status }).toEqual({ path: route[2], status: 400 });
          expect(res.body).toEqual({
            statusCode: 400,
            message: expect.any(String),
            error: 'Bad Request',
          });
        }
        expect(await snapshot()).toEqual(before);
      },
    );

    it('answers 400 for ids in a body that are malformed or refer to nothing', async () => {
      const before = await snapshot();
      const malformed = await app.api
        .as(bruno)
        .post(`/contributions/${contributionId}/replies`, { body: 'Hi.', parentReplyId: 'nope' });
      expect(malformed.status).toBe(400);
      const unknown = await app.api.as(bruno).post(`/contributions/${contributionId}/replies`, {
        body: 'Hi.',
        parentReplyId: randomUUID(),
      });
      expect(unknown.status).toBe(400);
      expect(await snapshot()).toEqual(before);
      // A reply under another contribution is not a parent here either.
      const other = await app.api
        .as(bruno)
        .post(`/rounds/${roundId}/contributions`, contributionInput({ body: 'Another one.' }));
      const foreignReply = await app.api
        .as(alice)
        .post(`/contributions/${other.body.id}/replies`, { body: 'Under the other one.' });
      const before2 = await snapshot();
      const crossed = await app.api.as(bruno).post(`/contributions/${contributionId}/replies`, {
        body: 'Hi.',
        parentReplyId: foreignReply.body.id,
      });
      expect(crossed.status).toBe(400);
      expect(await snapshot()).toEqual(before2);

      const roundsBefore = await count('rounds');
      const coChairs = await app.api
        .as(moderator)
        .post('/rounds', roundInput({ coChairIds: [randomUUID()] }));
      expect(coChairs.status).toBe(400);
      expect(await count('rounds')).toBe(roundsBefore);
    });
  });
});
