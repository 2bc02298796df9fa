import type { Response } from 'supertest';
import {
  eventually,
  fixtureParticipants,
  fixtureRoundInput,
  loadImrfFixture,
  OpenApiResponseValidator,
  startTestApp,
  type OpenApiSpec,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/**
 * A consultation driven through the API from sign-up to a redrafted note, each answer checked
 * against the schema the served spec gives its operation and status: a field the spec does
 * not name, a missing required one, a wrong type or format fails with the operation and
 * ajv's errors. At the end every documented success answer must have been checked.
 */
describe('answers as the OpenAPI spec documents them', () => {
  let app: TestApp;
  let spec: OpenApiSpec;
  let validator: OpenApiResponseValidator;
  let alice: TestUser;
  let moderator: TestUser;
  let coChair: TestUser;
  let spammer: TestUser;
  let roundId: string;
  let aliceContributionId: string;
  let spamId: string;
  const fixture = loadImrfFixture();

  /** The answer, once it has the status the step expects and matches the spec. */
  async function expectAnswer(pending: PromiseLike<Response>, status: number): Promise<Response> {
    const res = await pending;
    if (res.status !== status) {
      throw new Error(
        `${res.request.method} ${res.request.url}: ${status} expected, got ${res.status} ${res.text}`,
      );
    }
    return validator.check(res);
  }

  beforeAll(async () => {
    app = await startTestApp();
    const res = await app.api.raw().get('/api/docs-json');
    expect(res.status).toBe(200);
    spec = res.body;
    validator = new OpenApiResponseValidator(spec);
  });

  afterAll(() => app.close());

  it('fails an answer with a property the spec does not name, without a required one, or mistyped', async () => {
    const objectives = await expectAnswer(app.api.as(null).get('/objectives'), 200);
    expect(objectives.body).toHaveLength(23);
    const [first] = objectives.body as { number: number; title: Record<string, string> }[];
    const variant = (body: unknown) =>
      ({ request: objectives.request, status: 200, type: objectives.type, body }) as Response;
    expect(() =>
      validator.check(variant([{ ...first, title: { ...first.title, de: 'x' } }])),
    ).toThrow(
      /GET \/api\/objectives 200 does not match its schema:\n {2}\/0\/title must NOT have additional properties {"additionalProperty":"de"}/,
    );
    expect(() => validator.check(variant([{ number: first.number }]))).toThrow(
      /\/0 must have required property 'title'/,
    );
    expect(() => validator.check(variant([{ ...first, number: 1.5 }]))).toThrow(
      /\/0\/number must be integer/,
    );
    expect(() => validator.check(variant({ ...first }))).toThrow(/\(body\) must be array/);
  });

  it('checks health and the accounts', async () => {
    await expectAnswer(app.api.as(null).get('/health/live'), 200);
    await expectAnswer(app.api.as(null).get('/health'), 200);

    const email = `alice-${Date.now()}@example.test`;
    const password = 'a-long-enough-password';
    const registered = await expectAnswer(
      app.api.as(null).post('/auth/register', {
        email,
        password,
        displayName: 'Alice',
        organisation: 'Union A',
        stakeholderType: 'trade_union',
      }),
      201,
    );
    const login = await expectAnswer(
      app.api.as(null).post('/auth/login', { email, password }),
      200,
    );
    alice = {
      id: registered.body.id,
      email,
      password,
      roles: ['stakeholder'],
      token: login.body.accessToken,
    };

    [moderator, coChair, spammer] = await Promise.all([
      app.api.user(['moderator']),
      app.api.user(['stakeholder'], { stakeholderType: 'individual' }),
      app.api.user(['stakeholder'], { stakeholderType: 'individual' }),
    ]);
    const admin = await app.api.admin();
    await expectAnswer(
      app.api.as(admin).put(`/users/${coChair.id}/roles`, { roles: ['co_chair', 'stakeholder'] }),
      200,
    );
    const found = await expectAnswer(app.api.as(admin).get(`/users?email=${email}`), 200);
    expect(found.body).toEqual([expect.objectContaining({ id: alice.id, displayName: 'Alice' })]);
    await expectAnswer(app.api.as(admin).get('/users'), 200);
  });

  it('checks a round from its creation to its opening', async () => {
    const created = await expectAnswer(
      app.api.as(moderator).post('/rounds', fixtureRoundInput(fixture, [coChair.id])),
      201,
    );
    roundId = created.body.id;
    await expectAnswer(app.api.as(moderator).get('/rounds?status=draft'), 200);
    await expectAnswer(app.api.as(moderator).post(`/rounds/${roundId}/open`), 200);
    await expectAnswer(app.api.as(alice).get('/rounds'), 200);
    await expectAnswer(app.api.as(alice).get(`/rounds/${roundId}`), 200);
  });

  it('checks submissions, a replayed one, replies and the analysis', async () => {
    const [first, ...others] = fixture.contributions;
    const submission = {
      questionNumber: first.question,
      body: first.text,
      language: first.language,
      objectiveNumbers: [5],
    };
    const submit = () =>
      app.api
        .as(alice)
        .post(`/rounds/${roundId}/contributions`, submission)
        .set('Idempotency-Key', 'openapi-first');
    aliceContributionId = (await expectAnswer(submit(), 202)).body.id;
    expect((await expectAnswer(submit(), 202)).body.id).toBe(aliceContributionId);

    const participantOf = fixtureParticipants(app.api, others);
    for (const c of others) {
      const author = await participantOf(c.participant.handle);
      await expectAnswer(
        app.api
          .as(author)
          .post(`/rounds/${roundId}/contributions`, { questionNumber: c.question, body: c.text }),
        202,
      );
    }
    spamId = (
      await expectAnswer(
        app.api.as(spammer).post(`/rounds/${roundId}/contributions`, {
          questionNumber: 1,
          body: 'Buy cheap watches at example dot com, best prices this week only.',
        }),
        202,
      )
    ).body.id;

    const question = await expectAnswer(
      app.api
        .as(moderator)
        .post(`/contributions/${aliceContributionId}/replies`, { body: 'Which sectors?' }),
      201,
    );
    expect(question.body.isModeratorReply).toBe(true);
    await expectAnswer(
      app.api.as(alice).post(`/contributions/${aliceContributionId}/replies`, {
        body: 'Agriculture and care work.',
        parentReplyId: question.body.id,
      }),
      201,
    );

    await app.drain();
    const read = await expectAnswer(
      app.api.as(alice).get(`/contributions/${aliceContributionId}`),
      200,
    );
    expect(read.body).toMatchObject({ status: 'analysed', replyCount: 2 });
    expect(read.body.claims).toBeUndefined();
    const moderated = await expectAnswer(
      app.api.as(moderator).get(`/contributions/${aliceContributionId}`),
      200,
    );
    expect(moderated.body.claims.length).toBeGreaterThan(0);

    const page = await expectAnswer(
      app.api.as(alice).get(`/rounds/${roundId}/contributions?limit=2`),
      200,
    );
    expect(page.body.nextCursor).toEqual(expect.any(String));
    await expectAnswer(
      app.api
        .as(alice)
        .get(
          `/rounds/${roundId}/contributions?limit=100&questionNumber=1&language=fr&cursor=${page.body.nextCursor}`,
        ),
      200,
    );
  });

  it('checks corrections, their log, moderation and notifications', async () => {
    const detail = await expectAnswer(
      app.api.as(moderator).get(`/contributions/${aliceContributionId}`),
      200,
    );
    const [claim] = detail.body.claims as { start: number; end: number }[];
    await expectAnswer(
      app.api.as(moderator).put(`/contributions/${aliceContributionId}/objectives`, {
        objectiveNumbers: [5, 6],
        reason: 'about skills too',
      }),
      200,
    );
    const span = { start: claim.start, end: claim.end };
    await expectAnswer(
      app.api.as(moderator).post(`/contributions/${aliceContributionId}/claim-corrections`, {
        ...span,
        kind: 'challenge',
      }),
      200,
    );
    const replaced = await expectAnswer(
      app.api.as(moderator).post(`/contributions/${aliceContributionId}/claim-corrections`, {
        ...span,
        objective: null,
        reason: 'no objective',
      }),
      200,
    );
    expect(replaced.body.claimCorrections).toEqual([
      expect.objectContaining({ ...span, objective: null }),
    ]);
    const log = await expectAnswer(
      app.api.as(moderator).get(`/contributions/${aliceContributionId}/corrections`),
      200,
    );
    expect(log.body.map((e: { what: string }) => e.what)).toEqual(['claim', 'claim', 'objectives']);
    expect(log.body[0].before).toEqual({ ...span, kind: 'challenge' });

    await expectAnswer(
      app.api.as(moderator).post(`/contributions/${spamId}/hide`, { reason: 'spam' }),
      200,
    );
    await expectAnswer(app.api.as(moderator).post(`/contributions/${spamId}/restore`), 200);
    await expectAnswer(
      app.api.as(moderator).post(`/contributions/${spamId}/hide`, { reason: 'spam again' }),
      200,
    );
    const hidden = await expectAnswer(app.api.as(moderator).get(`/contributions/${spamId}`), 200);
    expect(hidden.body).toMatchObject({ status: 'hidden', moderationLog: expect.any(Array) });

    await app.drain();
    const notifications = await expectAnswer(app.api.as(alice).get('/me/notifications'), 200);
    expect(notifications.body).toEqual([expect.objectContaining({ type: 'moderator_reply' })]);
    await expectAnswer(
      app.api.as(alice).post(`/me/notifications/${notifications.body[0].id}/read`),
      200,
    );
    const unread = await expectAnswer(app.api.as(alice).get('/me/notifications?unread=true'), 200);
    expect(unread.body).toEqual([]);
  });

  it('checks the close, the note in every format, its versions, syntheses and a redraft', async () => {
    await expectAnswer(
      app.api.as(moderator).post(`/rounds/${roundId}/background-notes/publish`),
      200,
    );
    await expectAnswer(
      app.api.as(moderator).post(`/rounds/${roundId}/background-notes/unpublish`),
      200,
    );
    await expectAnswer(app.api.as(moderator).post(`/rounds/${roundId}/close`), 202);

    const latest = () => app.api.as(coChair).get(`/rounds/${roundId}/background-notes/latest`);
    const waitForVersion = (version: number) =>
      eventually(async () => (await latest()).body.version === version, {
        timeoutMs: 30_000,
        intervalMs: 200,
        what: `note version ${version}`,
      });
    await waitForVersion(1);
    const note = await expectAnswer(latest(), 200);
    const quotes = note.body.sections.flatMap((s: { paragraphs: { quotes: unknown[] }[] }) =>
      s.paragraphs.flatMap((p) => p.quotes),
    );
    expect(quotes.length).toBeGreaterThan(0);
    await expectAnswer(latest().set('Accept', 'text/markdown'), 200);
    await expectAnswer(
      app.api.as(coChair).get(`/rounds/${roundId}/background-notes/latest.docx`),
      200,
    );
    const syntheses = await expectAnswer(
      app.api.as(coChair).get(`/rounds/${roundId}/syntheses`),
      200,
    );
    expect(syntheses.body).toHaveLength(fixture.round.objectiveNumbers.length);

    await expectAnswer(app.api.as(coChair).post(`/rounds/${roundId}/background-notes`), 202);
    await waitForVersion(2);
    await app.drain();
    const versions = await expectAnswer(
      app.api.as(coChair).get(`/rounds/${roundId}/background-notes`),
      200,
    );
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const ready = await expectAnswer(app.api.as(coChair).get('/me/notifications'), 200);
    expect(ready.body.length).toBeGreaterThan(0);
    const round = await expectAnswer(app.api.as(coChair).get(`/rounds/${roundId}`), 200);
    expect(round.body.status).toBe('drafted');
  });

  it('has checked every success answer the spec documents', () => {
    expect(validator.unchecked()).toEqual([]);
  });
});
