import request from 'supertest';
import {
  contributionInput,
  roundInput,
  signInCookie,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/**
 * The moderator console without a browser: only moderators, only on their own rounds, with
 * the API's refusals and status codes; forms only from this site; a refused form says why.
 */
describe('moderator console pages', () => {
  let app: TestApp;
  let base: string;
  let moderator: TestUser;
  let otherModerator: TestUser;
  let stakeholder: TestUser;
  let coChair: TestUser;
  let draftRound: string;
  let openRound: string;
  const cookies = new Map<string, string>();

  /** A signed-in browser's cookie, got through the sign-in form once per user. */
  async function cookieOf(user: TestUser): Promise<string> {
    const known = cookies.get(user.id);
    if (known) return known;
    const cookie = await signInCookie(base, user);
    cookies.set(user.id, cookie);
    return cookie;
  }

  async function get(user: TestUser, path: string) {
    return request(base)
      .get(path)
      .set('Cookie', await cookieOf(user));
  }

  async function post(user: TestUser, path: string, form: object = {}, origin = base) {
    return request(base)
      .post(path)
      .set('Cookie', await cookieOf(user))
      .set('Origin', origin)
      .type('form')
      .send(form);
  }

  async function statusOf(roundId: string): Promise<string> {
    const rows: { status: string }[] = await app.db.query(
      `SELECT status FROM rounds WHERE id = $1`,
      [roundId],
    );
    return rows[0].status;
  }

  /** A valid create form; override what a case is about. */
  const roundForm = (overrides: Record<string, string | string[]> = {}) => ({
    title: 'Round made in the console',
    description: 'Made through the form.',
    objectiveNumbers: ['2', '6'],
    languages: ['en', 'fr', 'es'],
    'q1-en': 'What works?',
    'q1-fr': 'Qu’est-ce qui marche ?',
    'q1-es': '',
    'q2-en': '',
    closesAt: '2031-03-01T09:30',
    noteWordTarget: '',
    coChairEmails: '',
    ...overrides,
  });

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    base = await app.url();
    [moderator, otherModerator, stakeholder, coChair] = await Promise.all([
      app.api.user(['moderator']),
      app.api.user(['moderator']),
      app.api.user(),
      app.api.user(['co_chair']),
    ]);
    const created = await Promise.all([
      app.api.as(moderator).post('/rounds', roundInput({ title: 'Draft round' })),
      app.api.as(moderator).post('/rounds', roundInput({ title: 'Open round' })),
    ]);
    [draftRound, openRound] = created.map((r) => r.body.id as string);
    expect((await app.api.as(moderator).post(`/rounds/${openRound}/open`)).status).toBe(200);
  }, 60_000);

  afterAll(() => app?.close());

  it('is for moderators only: a stakeholder gets 403, a signed-out reader is sent to sign in', async () => {
    const refused = await get(stakeholder, '/console');
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Your account cannot do this.');
    expect((await get(stakeholder, `/console/rounds/${openRound}`)).status).toBe(403);
    expect((await get(stakeholder, '/consultations')).text).not.toContain('href="/console"');

    const signedOut = await request(base).get('/console');
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.location).toBe(`/sign-in?next=${encodeURIComponent('/console')}`);

    const mine = await get(moderator, '/console');
    expect(mine.status).toBe(200);
    expect(mine.text).toContain('href="/console"');
    expect(mine.text).toContain('Draft round');
    expect(mine.text).toContain('Open round');
    const theirs = await get(otherModerator, '/console');
    expect(theirs.text).not.toContain('Open round');
    // A notice is named by the query; a name that is none is ignored.
    expect((await get(moderator, `/console/rounds/${openRound}?done=constructor`)).status).toBe(
      200,
    );
  });

  it('refuses a moderator of another round what the API refuses them, with the same status', async () => {
    const contribution = await app.api
      .as(stakeholder)
      .post(`/rounds/${openRound}/contributions`, contributionInput({ body: 'Keep me visible.' }));
    const contributionId = contribution.body.id as string;

    const page = await get(otherModerator, `/console/rounds/${openRound}`);
    expect(page.status).toBe(403);
    expect(page.text).not.toContain('Keep me visible.');

    const open = await post(otherModerator, `/console/rounds/${draftRound}/open`);
    const openApi = await app.api.as(otherModerator).post(`/rounds/${draftRound}/open`);
    expect([open.status, openApi.status]).toEqual([403, 403]);
    expect(await statusOf(draftRound)).toBe('draft');

    const close = await post(otherModerator, `/console/rounds/${openRound}/close`);
    const closeApi = await app.api.as(otherModerator).post(`/rounds/${openRound}/close`);
    expect([close.status, closeApi.status]).toEqual([403, 403]);
    expect(await statusOf(openRound)).toBe('open');

    const hidePath = `/console/rounds/${openRound}/contributions/${contributionId}/hide`;
    const hide = await post(otherModerator, hidePath, { reason: 'Not mine to hide', page: '1' });
    const hideApi = await app.api
      .as(otherModerator)
      .post(`/contributions/${contributionId}/hide`, { reason: 'Not mine to hide' });
    expect([hide.status, hideApi.status]).toEqual([403, 403]);
    // A stakeholder is refused by role, as the API's @Roles refuses them.
    const byStakeholder = await post(stakeholder, hidePath, { reason: 'No' });
    const byStakeholderApi = await app.api
      .as(stakeholder)
      .post(`/contributions/${contributionId}/hide`, { reason: 'No' });
    expect([byStakeholder.status, byStakeholderApi.status]).toEqual([403, 403]);

    const replyPath = `/console/rounds/${openRound}/contributions/${contributionId}/reply`;
    expect((await post(otherModerator, replyPath, { body: 'Not as a moderator' })).status).toBe(
      403,
    );
    const stored = await app.db.query(
      `SELECT (SELECT hidden FROM contributions WHERE id = $1) AS hidden,
              (SELECT count(*)::int FROM moderation_log WHERE contribution_id = $1) AS logged,
              (SELECT count(*)::int FROM replies WHERE contribution_id = $1) AS replies`,
      [contributionId],
    );
    expect(stored).toEqual([{ hidden: false, logged: 0, replies: 0 }]);
  });

  it('takes a form only from its own pages: a cross-site post is refused and changes nothing', async () => {
    const open = await post(
      moderator,
      `/console/rounds/${draftRound}/open`,
      {},
      'https://evil.example',
    );
    expect(open.status).toBe(403);
    expect(open.text).toContain('This form was sent from another site and was refused.');
    expect(await statusOf(draftRound)).toBe('draft');

    const create = await post(
      moderator,
      '/console/rounds/new',
      roundForm({ title: 'Forged round' }),
      'https://evil.example',
    );
    expect(create.status).toBe(403);
    expect(await app.db.query(`SELECT 1 FROM rounds WHERE title = 'Forged round'`)).toHaveLength(0);
  });

  it('shows a refused form again with 400 and what is wrong, and stores nothing', async () => {
    const noObjectives = await post(
      moderator,
      '/console/rounds/new',
      roundForm({ title: 'Refused round', objectiveNumbers: [] }),
    );
    expect(noObjectives.status).toBe(400);
    expect(noObjectives.text).toContain('role="alert"');
    expect(noObjectives.text).toMatch(/objectiveNumbers must contain at least 1 elements/);
    // What was typed comes back.
    expect(noObjectives.text).toContain('value="Refused round"');
    expect(noObjectives.text).toContain('Qu’est-ce qui marche ?');

    const unknownCoChair = await post(
      moderator,
      '/console/rounds/new',
      roundForm({ title: 'Refused round', coChairEmails: 'nobody@example.test' }),
    );
    expect(unknownCoChair.status).toBe(400);
    expect(unknownCoChair.text).toContain('No account has the email address nobody@example.test.');
    const notCoChair = await post(
      moderator,
      '/console/rounds/new',
      roundForm({ title: 'Refused round', coChairEmails: stakeholder.email }),
    );
    expect(notCoChair.status).toBe(400);
    expect(notCoChair.text).toContain(
      `The account ${stakeholder.email} does not have the co-chair role.`,
    );

    const past = await post(
      moderator,
      '/console/rounds/new',
      roundForm({ title: 'Refused round', closesAt: '2020-01-01T10:00' }),
    );
    expect(past.status).toBe(400);
    expect(past.text).toContain('closesAt must lie in the future');

    const noEnglish = await post(
      moderator,
      '/console/rounds/new',
      roundForm({ title: 'Refused round', 'q2-fr': 'Sans anglais ?' }),
    );
    expect(noEnglish.status).toBe(400);
    expect(noEnglish.text).toContain('questions.1.text.en');
    expect(await app.db.query(`SELECT 1 FROM rounds WHERE title = 'Refused round'`)).toHaveLength(
      0,
    );

    const { body } = await app.api
      .as(stakeholder)
      .post(`/rounds/${openRound}/contributions`, contributionInput({ body: 'Hide me later.' }));
    const hide = await post(
      moderator,
      `/console/rounds/${openRound}/contributions/${body.id}/hide`,
      { reason: '  ', page: '1' },
    );
    expect(hide.status).toBe(400);
    expect(hide.text).toContain('This was not done:');
    expect(hide.text).toContain('reason must be longer than or equal to 1 characters');
    const [{ hidden }] = await app.db.query(`SELECT hidden FROM contributions WHERE id = $1`, [
      body.id,
    ]);
    expect(hidden).toBe(false);
  });

  it('creates a round as the API does, the closing time read as UTC and co-chairs by email', async () => {
    const res = await post(
      moderator,
      '/console/rounds/new',
      roundForm({ coChairEmails: coChair.email.toUpperCase(), noteWordTarget: '800' }),
    );
    expect(res.status).toBe(303);
    const id = /^\/console\/rounds\/([0-9a-f-]{36})\?done=created$/.exec(res.headers.location)?.[1];
    expect(id).toBeDefined();
    const [round] = await app.db.query(
      `SELECT status, objective_numbers, languages, closes_at, note_word_target,
              (SELECT array_agg(user_id::text ORDER BY role) FROM round_members WHERE round_id = r.id) AS members,
              (SELECT json_agg(json_build_object('number', number, 'en', text_en, 'fr', text_fr, 'es', text_es))
                 FROM questions WHERE round_id = r.id) AS questions
         FROM rounds r WHERE id = $1`,
      [id],
    );
    expect(round).toEqual({
      status: 'draft',
      objective_numbers: [2, 6],
      languages: ['en', 'fr', 'es'],
      closes_at: new Date('2031-03-01T09:30:00Z'),
      note_word_target: 800,
      members: [coChair.id, moderator.id],
      questions: [{ number: 1, en: 'What works?', fr: 'Qu’est-ce qui marche ?', es: null }],
    });
    const page = await get(moderator, res.headers.location);
    expect(page.status).toBe(200);
    expect(page.text).toContain('The round is created as a draft.');
    expect(page.text).toContain('Open the round');
  });

  it('puts contributions no moderator answered first, newest first, and replies as moderator', async () => {
    const created = await app.api.as(moderator).post('/rounds', roundInput({ title: 'Queue' }));
    const roundId = created.body.id as string;
    await app.api.as(moderator).post(`/rounds/${roundId}/open`);
    const ids: string[] = [];
    for (const text of ['First in', 'Second in', 'Third in']) {
      const res = await app.api
        .as(stakeholder)
        .post(`/rounds/${roundId}/contributions`, contributionInput({ body: text }));
      ids.push(res.body.id as string);
    }
    const reply = await post(
      moderator,
      `/console/rounds/${roundId}/contributions/${ids[2]}/reply`,
      { body: 'Thank you for this.', page: '1' },
    );
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe(
      `/console/rounds/${roundId}?page=1&done=replied#c-${ids[2]}`,
    );
    const stored = await app.db.query(
      `SELECT body, is_moderator_reply FROM replies WHERE contribution_id = $1`,
      [ids[2]],
    );
    expect(stored).toEqual([{ body: 'Thank you for this.', is_moderator_reply: true }]);

    const page = await get(moderator, `/console/rounds/${roundId}`);
    const order = ['Second in', 'First in', 'Third in'].map((text) => page.text.indexOf(text));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('corrects a claim the analysis read, through the same command as the API', async () => {
    const submitted = await app.api.as(stakeholder).post(
      `/rounds/${openRound}/contributions`,
      contributionInput({
        body: 'In 2023 we opened two one-stop centres for migrant workers. Recruitment fees must be banned in every sector.',
      }),
    );
    const id = submitted.body.id as string;
    await app.startWorker();
    await app.drain();
    await app.stopWorker();
    const detail = await app.api.as(moderator).get(`/contributions/${id}`);
    const claims = detail.body.claims as { start: number; end: number; kind: string }[];
    expect(claims.length).toBeGreaterThanOrEqual(2);
    expect((await app.api.as(stakeholder).get(`/contributions/${id}`)).body.claims).toBeUndefined();
    const page = await get(moderator, `/console/rounds/${openRound}`);
    expect(page.text).toContain('Correct the claims the analysis read');

    const [claim] = claims;
    const form = { start: String(claim.start), end: String(claim.end), page: '1' };
    const refused = await post(
      otherModerator,
      `/console/rounds/${openRound}/contributions/${id}/claims`,
      {
        ...form,
        objective: '6',
        kind: 'practice',
      },
    );
    expect(refused.status).toBe(403);
    const saved = await post(moderator, `/console/rounds/${openRound}/contributions/${id}/claims`, {
      ...form,
      objective: 'none',
      kind: 'position',
    });
    expect(saved.status).toBe(303);
    const after = await app.api.as(moderator).get(`/contributions/${id}`);
    expect(after.body.claimCorrections).toEqual([
      expect.objectContaining({
        start: claim.start,
        end: claim.end,
        objective: null,
        kind: 'position',
      }),
    ]);
    const bad = await post(moderator, `/console/rounds/${openRound}/contributions/${id}/claims`, {
      ...form,
      kind: 'gossip',
    });
    expect(bad.status).toBe(400);
  }, 60_000);
});
