import { randomUUID } from 'node:crypto';
import type { Response, Test } from 'supertest';
import {
  contributionInput,
  roundInput,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/** Every table a request could write to. */
const TABLES = [
  'users',
  'rounds',
  'questions',
  'round_members',
  'contributions',
  'replies',
  'moderation_log',
  'idempotency_keys',
  'outbox',
];

const text = (length: number, unit = 'a') => unit.repeat(length);

/**
 * Input validation at the edge: Nest's error shape, the contract's text limits at the limit
 * and one past it, the body size limit, and nothing stored for any refused request.
 */
describe('input validation', () => {
  let app: TestApp;
  let moderator: TestUser;
  let alice: TestUser;
  /** Open, languages en and fr, questions 1 and 2. */
  let roundId: string;
  let contributionId: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    [moderator, alice] = await Promise.all([app.api.user(['moderator']), app.api.user()]);
    const created = await app.api.as(moderator).post(
      '/rounds',
      roundInput({
        languages: ['en', 'fr'],
        questions: [
          { number: 1, text: { en: 'First?', fr: 'Première ?' } },
          { number: 2, text: { en: 'Second?' } },
        ],
      }),
    );
    expect(created.status).toBe(201);
    roundId = created.body.id;
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/open`)).status).toBe(200);
    const submitted = await app.api
      .as(alice)
      .post(`/rounds/${roundId}/contributions`, contributionInput());
    expect(submitted.status).toBe(202);
    contributionId = submitted.body.id;
  });

  afterAll(() => app.close());

  async function snapshot(): Promise<Record<string, number>> {
    const [row] = await app.db.query(
      `SELECT ${TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`,
    );
    return row as Record<string, number>;
  }

  /**
   * Sends the request and expects it refused in Nest's error shape, with a message that names
   * what was wrong, and no row written anywhere.
   */
  async function expectRefused(
    send: () => Test,
    mentions: RegExp,
    status = 400,
    error = 'Bad Request',
  ): Promise<Response> {
    const before = await snapshot();
    const res = await send();
    expect({ status: res.status, body: res.body }).toEqual({
      status,
      body: { statusCode: status, message: expect.anything(), error },
    });
    const message: unknown = res.body.message;
    const messages = Array.isArray(message) ? message : [message];
    for (const m of messages) expect(typeof m).toBe('string');
    expect(messages.join('; ')).toMatch(mentions);
    expect(await snapshot()).toEqual(before);
    return res;
  }

  describe('POST /rounds', () => {
    const create = (body: object) => () => app.api.as(moderator).post('/rounds', body);

    it('accepts every text at its limit, in every language', async () => {
      const body = roundInput({
        title: text(200),
        description: text(10_000),
        questions: [
          { number: 1, text: { en: text(2000), fr: text(2000, 'é'), es: text(2000, 'ñ') } },
        ],
      });
      const res = await app.api.as(moderator).post('/rounds', body);
      expect(res.status).toBe(201);
      const [row] = await app.db.query(
        `SELECT length(r.title) AS title, length(r.description) AS description,
                length(q.text_en) AS en, length(q.text_fr) AS fr, length(q.text_es) AS es
           FROM rounds r JOIN questions q ON q.round_id = r.id WHERE r.id = $1`,
        [res.body.id],
      );
      expect(row).toEqual({ title: 200, description: 10_000, en: 2000, fr: 2000, es: 2000 });
    });

    it.each([
      ['title', { title: text(201) }, /title/],
      ['description', { description: text(10_001) }, /description/],
      ['English question text', { questions: [{ number: 1, text: { en: text(2001) } }] }, /en/],
      [
        'French question text',
        { questions: [{ number: 1, text: { en: 'Q?', fr: text(2001) } }] },
        /fr/,
      ],
      [
        'Spanish question text',
        { questions: [{ number: 1, text: { en: 'Q?', es: text(2001) } }] },
        /es/,
      ],
    ])('refuses a %s one character over the limit', async (_what, overrides, mentions) => {
      await expectRefused(create(roundInput(overrides)), mentions);
    });

    it('refuses unknown fields, at the top and nested', async () => {
      await expectRefused(create({ ...roundInput(), status: 'open' }), /status should not exist/);
      await expectRefused(
        create(roundInput({ questions: [{ number: 1, text: { en: 'Q?' }, hint: 'x' } as never] })),
        /hint should not exist/,
      );
      await expectRefused(
        create(
          roundInput({ questions: [{ number: 1, text: { en: 'Q?', de: 'Frage?' } as never }] }),
        ),
        /de should not exist/,
      );
    });

    it.each(['title', 'description', 'objectiveNumbers', 'languages', 'closesAt', 'questions'])(
      'refuses a round without %s',
      async (field) => {
        const body: Record<string, unknown> = { ...roundInput() };
        delete body[field];
        await expectRefused(create(body), new RegExp(field));
      },
    );

    it.each<[string, object, RegExp]>([
      ['a numeric title', { title: 42 }, /title/],
      ['an empty title', { title: '' }, /title/],
      ['objectiveNumbers as a string', { objectiveNumbers: '2,5' }, /objectiveNumbers/],
      ['objectiveNumbers as strings', { objectiveNumbers: ['2'] }, /objectiveNumbers/],
      ['a fractional objective', { objectiveNumbers: [2.5] }, /objectiveNumbers/],
      ['languages as a string', { languages: 'en' }, /languages/],
      ['closesAt as a number', { closesAt: Date.now() + 86_400_000 }, /closesAt/],
      ['closesAt that is no date', { closesAt: 'next tuesday' }, /closesAt/],
      ['questions as an object', { questions: { number: 1, text: { en: 'Q?' } } }, /questions/],
      [
        'a question number as a string',
        { questions: [{ number: '1', text: { en: 'Q?' } }] },
        /number/,
      ],
      ['a question text as a string', { questions: [{ number: 1, text: 'Q?' }] }, /text/],
      ['noteWordTarget as a string', { noteWordTarget: '1000' }, /noteWordTarget/],
      ['coChairIds that are no ids', { coChairIds: ['someone'] }, /coChairIds/],
    ])('refuses %s', async (_what, overrides, mentions) => {
      await expectRefused(create({ ...roundInput(), ...overrides }), mentions);
    });

    it.each([[[0]], [[24]], [[1, 24]], [[-5]], [[]], [[2, 2]]])(
      'refuses objectiveNumbers %j (objectives are 1 to 23, at least one, each once)',
      async (objectiveNumbers) => {
        await expectRefused(create(roundInput({ objectiveNumbers })), /objectiveNumbers/);
      },
    );

    it('accepts objectives 1 and 23', async () => {
      const res = await app.api
        .as(moderator)
        .post('/rounds', roundInput({ objectiveNumbers: [1, 23] }));
      expect(res.status).toBe(201);
      expect(res.body.objectiveNumbers).toEqual([1, 23]);
    });

    it('refuses a closing time in the past, and accepts one a few seconds ahead', async () => {
      await expectRefused(
        create(roundInput({ closesAt: new Date(Date.now() - 60_000).toISOString() })),
        /closesAt/,
      );
      await expectRefused(
        create(roundInput({ closesAt: new Date(Date.now() - 1).toISOString() })),
        /closesAt/,
      );
      const soon = await app.api
        .as(moderator)
        .post('/rounds', roundInput({ closesAt: new Date(Date.now() + 5_000).toISOString() }));
      expect(soon.status).toBe(201);
    });

    it('refuses unknown languages, duplicate question numbers and texts in unused languages', async () => {
      await expectRefused(create(roundInput({ languages: ['en', 'de' as never] })), /languages/);
      await expectRefused(create(roundInput({ languages: [] })), /languages/);
      await expectRefused(create(roundInput({ questions: [] })), /questions/);
      await expectRefused(
        create(
          roundInput({
            questions: [
              { number: 1, text: { en: 'A?' } },
              { number: 1, text: { en: 'B?' } },
            ],
          }),
        ),
        /unique/,
      );
      await expectRefused(
        create(
          roundInput({
            languages: ['en'],
            questions: [{ number: 1, text: { en: 'A?', es: 'B?' } }],
          }),
        ),
        /es/,
      );
    });
  });

  describe('POST /rounds/:id/contributions', () => {
    const submit = (body: object) => () =>
      app.api.as(alice).post(`/rounds/${roundId}/contributions`, body);

    it('accepts a body of exactly 20,000 characters, counted as characters', async () => {
      for (const unit of ['a', 'é', '🌍']) {
        const body = text(20_000, unit);
        const res = await app.api
          .as(alice)
          .post(`/rounds/${roundId}/contributions`, contributionInput({ body }));
        expect({ unit, status: res.status }).toEqual({ unit, status: 202 });
        const [row] = await app.db.query(`SELECT body FROM contributions WHERE id = $1`, [
          res.body.id,
        ]);
        expect(row.body).toBe(body);
      }
    });

    it.each(['a', 'é', '🌍'])('refuses a body of 20,001 characters (%s)', async (unit) => {
      await expectRefused(submit(contributionInput({ body: text(20_001, unit) })), /body/);
    });

    it('refuses an empty body, unknown fields and missing fields', async () => {
      await expectRefused(submit(contributionInput({ body: '' })), /body/);
      await expectRefused(
        submit({ ...contributionInput(), authorId: randomUUID() }),
        /authorId should not exist/,
      );
      await expectRefused(
        submit({ ...contributionInput(), status: 'analysed' }),
        /status should not exist/,
      );
      await expectRefused(submit({ body: 'No question number.' }), /questionNumber/);
      await expectRefused(submit({ questionNumber: 1 }), /body/);
      await expectRefused(submit({}), /questionNumber.*body|body.*questionNumber/);
    });

    it.each<[string, object, RegExp]>([
      ['questionNumber as a string', { questionNumber: '1' }, /questionNumber/],
      ['a fractional questionNumber', { questionNumber: 1.5 }, /questionNumber/],
      ['a numeric body', { body: 12345 }, /body/],
      ['a body as an array', { body: ['a', 'b'] }, /body/],
      ['objectiveNumbers as a string', { objectiveNumbers: '5' }, /objectiveNumbers/],
      ['objectiveNumbers as strings', { objectiveNumbers: ['5'] }, /objectiveNumbers/],
      ['objective 0', { objectiveNumbers: [0] }, /objectiveNumbers/],
      ['objective 24', { objectiveNumbers: [5, 24] }, /objectiveNumbers/],
      ['a language the platform does not know', { language: 'de' }, /language/],
    ])('refuses %s', async (_what, overrides, mentions) => {
      await expectRefused(submit({ ...contributionInput(), ...overrides }), mentions);
    });

    it('refuses a question the round does not have, or a language it does not use', async () => {
      await expectRefused(submit(contributionInput({ questionNumber: 3 })), /no question 3/);
      await expectRefused(submit(contributionInput({ questionNumber: 0 })), /questionNumber/);
      await expectRefused(submit(contributionInput({ language: 'es' })), /es is not/);
      // The same refusals under an Idempotency-Key keep no key (the snapshot covers the table).
      await expectRefused(
        () =>
          app.api
            .as(alice)
            .post(`/rounds/${roundId}/contributions`, contributionInput({ questionNumber: 3 }))
            .set('Idempotency-Key', 'validation-key'),
        /no question 3/,
      );
    });

    it('accepts objectives 1 and 23', async () => {
      const res = await app.api
        .as(alice)
        .post(`/rounds/${roundId}/contributions`, contributionInput({ objectiveNumbers: [1, 23] }));
      expect(res.status).toBe(202);
    });
  });

  describe('replies and moderation', () => {
    const reply = (body: object) => () =>
      app.api.as(alice).post(`/contributions/${contributionId}/replies`, body);

    it('accepts a reply of exactly 5,000 characters and refuses 5,001', async () => {
      const res = await app.api
        .as(alice)
        .post(`/contributions/${contributionId}/replies`, { body: text(5000, 'é') });
      expect(res.status).toBe(201);
      const [row] = await app.db.query(`SELECT length(body) AS n FROM replies WHERE id = $1`, [
        res.body.id,
      ]);
      expect(row.n).toBe(5000);
      await expectRefused(reply({ body: text(5001) }), /body/);
      await expectRefused(reply({ body: text(5001, 'é') }), /body/);
    });

    it('refuses an empty, missing or non-text reply and unknown fields', async () => {
      await expectRefused(reply({ body: '' }), /body/);
      await expectRefused(reply({}), /body/);
      await expectRefused(reply({ body: 7 }), /body/);
      await expectRefused(reply({ body: 'Hi.', isModeratorReply: true }), /isModeratorReply/);
    });

    it('refuses to hide without a reason, and unknown fields on hide and restore', async () => {
      const hide = (body: object) => () =>
        app.api.as(moderator).post(`/contributions/${contributionId}/hide`, body);
      await expectRefused(hide({}), /reason/);
      await expectRefused(hide({ reason: 4 }), /reason/);
      await expectRefused(hide({ reason: 'Spam.', silent: true }), /silent/);
      await expectRefused(
        () =>
          app.api.as(moderator).post(`/contributions/${contributionId}/restore`, { force: true }),
        /force/,
      );
    });
  });

  describe('accounts', () => {
    const registration = (overrides: object = {}) => ({
      email: `v-${randomUUID()}@example.test`,
      password: 'twelve-chars',
      displayName: 'Validation',
      stakeholderType: 'academia',
      ...overrides,
    });
    const register = (body: object) => () => app.api.as(null).post('/auth/register', body);

    it('accepts a password of 12 characters and refuses one of 11', async () => {
      expect('twelve-chars').toHaveLength(12);
      expect((await app.api.as(null).post('/auth/register', registration())).status).toBe(201);
      await expectRefused(register(registration({ password: 'eleven-char' })), /password/);
    });

    it('accepts every stakeholder type of the contract', async () => {
      const types = [
        'member_state',
        'un_entity',
        'international_organization',
        'civil_society',
        'academia',
        'private_sector',
        'trade_union',
        'local_authority',
        'migrant_organization',
        'nhri',
        'individual',
      ];
      const results = await Promise.all(
        types.map((stakeholderType) =>
          app.api.as(null).post('/auth/register', registration({ stakeholderType })),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(types.map(() => 201));
    });

    it.each<[string, object, RegExp]>([
      ['an unknown stakeholderType', { stakeholderType: 'journalist' }, /stakeholderType/],
      ['no stakeholderType', { stakeholderType: undefined }, /stakeholderType/],
      ['an invalid email', { email: 'not-an-email' }, /email/],
      ['no email', { email: undefined }, /email/],
      ['no displayName', { displayName: undefined }, /displayName/],
      ['a numeric password', { password: 123456789012345 }, /password/],
      ['roles chosen by the user', { roles: ['admin'] }, /roles should not exist/],
    ])('refuses a registration with %s', async (_what, overrides, mentions) => {
      await expectRefused(register(registration(overrides)), mentions);
    });

    it('refuses malformed logins with 400, not 401', async () => {
      const login = (body: object) => () => app.api.as(null).post('/auth/login', body);
      await expectRefused(login({ email: alice.email }), /password/);
      await expectRefused(login({ password: alice.password }), /email/);
      await expectRefused(
        login({ email: alice.email, password: alice.password, remember: true }),
        /remember/,
      );
    });

    it('refuses unknown roles and malformed role lists', async () => {
      const admin = await app.api.admin();
      const set = (body: object) => () => app.api.as(admin).put(`/users/${alice.id}/roles`, body);
      await expectRefused(set({ roles: ['superuser'] }), /roles/);
      await expectRefused(set({ roles: [] }), /roles/);
      await expectRefused(set({ roles: 'admin' }), /roles/);
      await expectRefused(set({}), /roles/);
      await expectRefused(set({ roles: ['moderator'], userId: alice.id }), /userId/);
      const [{ roles }] = await app.db.query(`SELECT roles FROM users WHERE id = $1`, [alice.id]);
      expect(roles).toEqual(['stakeholder']);
    });
  });

  describe('bodies', () => {
    it('answers 413 for a JSON body over 1 MB', async () => {
      const huge = contributionInput({ body: text(1024 * 1024 + 1) });
      await expectRefused(
        () => app.api.as(alice).post(`/rounds/${roundId}/contributions`, huge),
        /1mb|1 MB/i,
        413,
        'Payload Too Large',
      );
      // Public routes too, before any authentication.
      await expectRefused(
        () =>
          app.api.as(null).post('/auth/register', {
            email: 'big@example.test',
            password: text(2 * 1024 * 1024),
            displayName: 'Big',
            stakeholderType: 'individual',
          }),
        /1mb|1 MB/i,
        413,
        'Payload Too Large',
      );
    });

    it('refuses a long list before any validator walks it (issue 13: 140,000 objectives froze the API)', async () => {
      const objectiveNumbers = Array.from({ length: 140_000 }, (_, i) => (i % 23) + 1);
      await expectRefused(
        () =>
          app.api
            .as(alice)
            .post(`/rounds/${roundId}/contributions`, contributionInput({ objectiveNumbers })),
        /more than 100 items/,
      );
      await expectRefused(
        () =>
          app.api
            .as(alice)
            .post(
              `/rounds/${roundId}/contributions`,
              contributionInput({ objectiveNumbers: [5, 5] }),
            ),
        /objectiveNumbers's elements must be unique/,
      );
    });

    it('reads bodies up to 1 MB: a large one is refused for its content, not its size', async () => {
      await expectRefused(
        () =>
          app.api
            .as(alice)
            .post(`/rounds/${roundId}/contributions`, contributionInput({ body: text(1_000_000) })),
        /body/,
      );
    });

    it.each([
      ['truncated JSON', '{"questionNumber": 1, "body": "Cut'],
      ['a trailing comma', '{"questionNumber": 1, "body": "x",}'],
      ['single quotes', "{'questionNumber': 1}"],
      ['a bare string', '"just a string"'],
      ['null', 'null'],
    ])('answers 400 for malformed JSON: %s', async (_what, raw) => {
      await expectRefused(
        () =>
          app.api
            .raw()
            .post(`/api/rounds/${roundId}/contributions`)
            .set('Authorization', `Bearer ${alice.token}`)
            .set('Content-Type', 'application/json')
            .send(raw),
        /JSON|body|questionNumber/,
      );
    });

    it('answers 400 for a JSON array where an object is expected', async () => {
      await expectRefused(
        () =>
          app.api
            .raw()
            .post(`/api/rounds/${roundId}/contributions`)
            .set('Authorization', `Bearer ${alice.token}`)
            .set('Content-Type', 'application/json')
            .send(JSON.stringify([contributionInput()])),
        /./,
      );
    });

    it('answers 400 for a body that is not JSON at all', async () => {
      await expectRefused(
        () =>
          app.api
            .raw()
            .post(`/api/rounds/${roundId}/contributions`)
            .set('Authorization', `Bearer ${alice.token}`)
            .set('Content-Type', 'text/plain')
            .send('questionNumber=1&body=hello'),
        /questionNumber|body/,
      );
    });
  });
});
