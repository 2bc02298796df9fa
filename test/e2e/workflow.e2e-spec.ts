import {
  contributionInput,
  eventually,
  roundInput,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';

describe('a consultation from opening to close', () => {
  let app: TestApp;
  let moderator: TestUser;
  let coChair: TestUser;
  let alice: TestUser;
  let bruno: TestUser;

  beforeAll(async () => {
    app = await startTestApp();
    [moderator, coChair, alice, bruno] = await Promise.all([
      app.api.user(['moderator']),
      app.api.user(['co_chair']),
      app.api.user(['stakeholder'], {
        displayName: 'Alice',
        organisation: 'Union A',
        stakeholderType: 'trade_union',
      }),
      app.api.user(['stakeholder'], { displayName: 'Bruno', stakeholderType: 'academia' }),
    ]);
  });

  afterAll(() => app.close());

  it('runs a round: contributions in three languages, a moderator reply, a notification, the close', async () => {
    const created = await app.api
      .as(moderator)
      .post('/rounds', roundInput({ coChairIds: [coChair.id] }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      moderatorIds: [moderator.id],
      coChairIds: [coChair.id],
    });
    const roundId = created.body.id as string;

    const opened = await app.api.as(moderator).post(`/rounds/${roundId}/open`);
    expect(opened.status).toBe(200);
    expect(opened.body).toEqual({ id: roundId, status: 'open' });

    const bodies = [
      {
        questionNumber: 1,
        body: 'Regular pathways must widen for workers in every sector.',
        language: 'en',
      },
      {
        questionNumber: 1,
        body: 'Les voies de migration régulière doivent respecter le travail décent.',
        language: 'fr',
      },
      {
        questionNumber: 2,
        body: 'Las vías regulares deben incluir la protección social.',
        language: 'es',
        objectiveNumbers: [5],
      },
    ];
    const ids: string[] = [];
    for (const [i, body] of bodies.entries()) {
      const res = await app.api
        .as(i === 1 ? bruno : alice)
        .post(`/rounds/${roundId}/contributions`, body);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ id: expect.any(String), status: 'received' });
      ids.push(res.body.id);
    }

    const stored = await app.api.as(bruno).get(`/contributions/${ids[2]}`);
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({
      id: ids[2],
      roundId,
      questionNumber: 2,
      body: bodies[2].body,
      language: 'es',
      status: 'received',
      author: {
        id: alice.id,
        displayName: 'Alice',
        organisation: 'Union A',
        stakeholderType: 'trade_union',
      },
      objectives: [{ number: 5, score: 1, source: 'declared' }],
      replies: [],
    });

    const reply = await app.api
      .as(moderator)
      .post(`/contributions/${ids[0]}/replies`, { body: 'Thank you. Which sectors do you mean?' });
    expect(reply.status).toBe(201);
    const answer = await app.api.as(alice).post(`/contributions/${ids[0]}/replies`, {
      body: 'Agriculture and care work.',
      parentReplyId: reply.body.id,
    });
    expect(answer.status).toBe(201);

    const thread = await app.api.as(bruno).get(`/contributions/${ids[0]}`);
    expect(thread.body.replies).toMatchObject([
      {
        id: reply.body.id,
        parentReplyId: null,
        isModeratorReply: true,
        author: { id: moderator.id },
      },
      {
        id: answer.body.id,
        parentReplyId: reply.body.id,
        isModeratorReply: false,
        author: { id: alice.id },
      },
    ]);

    // The worker notifies the author of the moderator's reply, and only that author, once.
    const notifications = await eventually(
      async () => {
        const res = await app.api.as(alice).get('/me/notifications');
        return res.body.length > 0 ? res.body : undefined;
      },
      { what: 'the moderator-reply notification' },
    );
    expect(notifications).toEqual([
      {
        id: expect.any(String),
        type: 'moderator_reply',
        roundId,
        contributionId: ids[0],
        createdAt: expect.any(String),
        readAt: null,
      },
    ]);
    await app.drain();
    expect((await app.api.as(bruno).get('/me/notifications')).body).toEqual([]);
    expect((await app.api.as(moderator).get('/me/notifications')).body).toEqual([]);

    const round = await app.api.as(alice).get(`/rounds/${roundId}`);
    expect(round.body).toMatchObject({ status: 'open', counts: { contributions: 3, replies: 2 } });

    const closed = await app.api.as(moderator).post(`/rounds/${roundId}/close`);
    expect(closed.status).toBe(202);
    expect(['closed', 'synthesizing', 'drafted']).toContain(
      (await app.api.as(alice).get(`/rounds/${roundId}`)).body.status,
    );

    const late = await app.api
      .as(bruno)
      .post(`/rounds/${roundId}/contributions`, contributionInput());
    expect(late.status).toBe(409);

    const [event] = await app.db.query(
      `SELECT type, payload FROM outbox WHERE type = 'round.closed'`,
    );
    expect(event.payload).toEqual({
      roundId,
      closedBy: 'moderator',
      requestId: expect.any(String),
    });
  });

  it('closes a round by itself at its closing time', async () => {
    const created = await app.api
      .as(moderator)
      .post('/rounds', roundInput({ closesAt: new Date(Date.now() + 2500).toISOString() }));
    expect(created.status).toBe(201);
    expect((await app.api.as(moderator).post(`/rounds/${created.body.id}/open`)).status).toBe(200);
    expect(
      (
        await app.api
          .as(alice)
          .post(`/rounds/${created.body.id}/contributions`, contributionInput())
      ).status,
    ).toBe(202);

    // Once closed, the round moves straight on to its synthesis and draft.
    const status = await eventually(
      async () => {
        const res = await app.api.as(alice).get(`/rounds/${created.body.id}`);
        return res.body.status !== 'open' ? (res.body.status as string) : undefined;
      },
      { timeoutMs: 10_000, what: 'the scheduled close' },
    );
    expect(['closed', 'synthesizing', 'drafted']).toContain(status);
    const [event] = await app.db.query(
      `SELECT payload FROM outbox WHERE type = 'round.closed' AND payload->>'roundId' = $1`,
      [created.body.id],
    );
    expect(event.payload.closedBy).toBe('schedule');
  });
});
