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
 * The web pages without a browser: what a plain HTTP client (or a reader without JavaScript)
 * gets, the same refusals as the API, forms only from this site, one contribution per form.
 */
describe('web pages', () => {
  let app: TestApp;
  let base: string;
  let moderator: TestUser;
  let author: TestUser;
  let openRound: string;
  let draftRound: string;

  /** A signed-in browser's cookie, got through the sign-in form. */
  const cookieOf = (user: TestUser) => signInCookie(base, user);

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    base = await app.url();
    [moderator, author] = await Promise.all([app.api.user(['moderator']), app.api.user()]);
    const created = await Promise.all([
      app.api.as(moderator).post('/rounds', roundInput({ title: 'Open round' })),
      app.api.as(moderator).post('/rounds', roundInput({ title: 'Draft round' })),
    ]);
    [openRound, draftRound] = created.map((r) => r.body.id as string);
    await app.api.as(moderator).post(`/rounds/${openRound}/open`);
    await app.api
      .as(author)
      .post(
        `/rounds/${openRound}/contributions`,
        contributionInput({ body: 'Read me <b>bold</b>' }),
      );
  }, 60_000);

  afterAll(() => app?.close());

  it('serves a small first page, and sends signed-out readers to sign in and back', async () => {
    const home = await request(base).get('/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toMatch(/text\/html/);
    expect(Buffer.byteLength(home.text)).toBeLessThan(150 * 1024);
    const round = await request(base).get(`/consultations/${openRound}`);
    expect(round.status).toBe(303);
    expect(round.headers.location).toBe(
      `/sign-in?next=${encodeURIComponent(`/consultations/${openRound}`)}`,
    );
  });

  it('shows threads as HTML a reader without JavaScript can read, text escaped', async () => {
    const cookie = await cookieOf(author);
    const res = await request(base).get(`/consultations/${openRound}`).set('Cookie', cookie);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Read me &lt;b&gt;bold&lt;/b&gt;');
    expect(res.text).not.toContain('<b>bold</b>');
  });

  it('refuses what the API refuses: a stakeholder cannot see a draft round', async () => {
    const cookie = await cookieOf(author);
    const api = await app.api.as(author).get(`/rounds/${draftRound}`);
    const page = await request(base)
      .get(`/consultations/${draftRound}?lang=es`)
      .set('Cookie', cookie);
    expect(page.status).toBe(api.status);
    expect(page.status).toBe(403);
    expect(page.text).toContain('Su cuenta no permite hacer esto.');
    expect(page.text).not.toContain('Draft round');
  });

  it('takes a form only from its own pages', async () => {
    const cookie = await cookieOf(author);
    const res = await request(base)
      .post(`/consultations/${openRound}/contribute`)
      .set('Cookie', cookie)
      .set('Origin', 'https://elsewhere.example')
      .type('form')
      .send({ questionNumber: '1', body: 'Forged' });
    expect(res.status).toBe(403);
    const stored = await app.db.query(`SELECT 1 FROM contributions WHERE body = 'Forged'`);
    expect(stored).toHaveLength(0);
  });

  it('stores one contribution for a form sent twice, and says what is wrong in a bad one', async () => {
    const cookie = await cookieOf(author);
    const form = {
      idempotencyKey: '0b6e8a4c-2f5d-4c1e-9d7a-3e8f1a2b4c5d',
      questionNumber: '1',
      language: 'fr',
      body: 'Une seule fois, même après deux clics.',
      objectiveNumbers: ['5', '6'],
    };
    const send = (body: object) =>
      request(base)
        .post(`/consultations/${openRound}/contribute`)
        .set('Cookie', cookie)
        .set('Origin', base)
        .type('form')
        .send(body);
    const [first, second] = await Promise.all([send(form), send(form)]);
    expect([first.status, second.status]).toEqual([303, 303]);
    const stored: { declared_objectives: number[] }[] = await app.db.query(
      `SELECT declared_objectives FROM contributions WHERE body = $1`,
      [form.body],
    );
    expect(stored).toEqual([{ declared_objectives: [5, 6] }]);

    const bad = await send({ ...form, idempotencyKey: undefined, questionNumber: 'x', body: '' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('role="alert"');
    expect(bad.text).toMatch(/questionNumber/);
  });

  it('signs in with the right password only, and signs out', async () => {
    const wrong = await request(base)
      .post('/sign-in')
      .set('Origin', base)
      .type('form')
      .send({ email: author.email, password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(String(wrong.headers['set-cookie'])).not.toContain('convene_session');
    expect(wrong.text).toContain('Wrong email or password.');
    const cookie = await cookieOf(author);
    expect(cookie).toMatch(/^convene_session=/);
    const out = await request(base).post('/sign-out').set('Cookie', cookie).set('Origin', base);
    expect(out.status).toBe(303);
    expect(String(out.headers['set-cookie'])).toMatch(/convene_session=; .*Max-Age=0/);
  });

  it('answers a form the body parser refuses with a page in the reader’s language', async () => {
    const cookie = await cookieOf(author);
    const res = await request(base)
      .post(`/consultations/${openRound}/contribute`)
      .set('Cookie', cookie)
      .set('Origin', base)
      .set('Accept-Language', 'fr-FR,fr;q=0.9')
      .type('form')
      .send({ questionNumber: '1', body: 'x'.repeat(1024 * 1024 + 10) });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('Votre envoi est trop volumineux.');
    const api = await app.api
      .as(author)
      .post(
        `/rounds/${openRound}/contributions`,
        contributionInput({ body: 'x'.repeat(1024 * 1024 + 10) }),
      );
    expect(api.status).toBe(413);
    expect(api.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });
});
