import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  eventually,
  roundInput,
  signInCookie,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';
import { escapeHtml } from '../../apps/api/src/web/html';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Short contributions on the round's objectives, in the three languages. */
const CONTRIBUTIONS = [
  {
    language: 'en',
    questionNumber: 1,
    body: 'Recruitment agencies should be licensed and barred from charging any fee to workers. In our region a zero-fee pilot halved debt bondage among domestic workers.',
  },
  {
    language: 'fr',
    questionNumber: 1,
    body: 'Les accords bilatéraux de mobilité de main-d’œuvre doivent garantir la portabilité des droits sociaux. Le Sénégal a signé deux accords qui prévoient la reconnaissance des compétences.',
  },
  {
    language: 'es',
    questionNumber: 2,
    body: 'Los visados de trabajo temporal deben permitir cambiar de empleador. La falta de inspección laboral agrava la explotación de los trabajadores agrícolas.',
  },
] as const;

/**
 * The note pages without a browser: they refuse whom the API refuses, with its status and no
 * note text, open up when a moderator publishes, serve the downloads in the API's formats,
 * stream the drafting status for a bounded time, and take a redraft only from this site.
 */
describe('web pages: background notes', () => {
  let app: TestApp;
  let base: string;
  let moderator: TestUser;
  let coChair: TestUser;
  let stakeholder: TestUser;
  let roundId: string;
  let paragraph: string;

  const cookieOf = (user: TestUser) => signInCookie(base, user);

  const latestVersion = async () => {
    const res = await app.api.as(coChair).get(`/rounds/${roundId}/background-notes/latest`);
    return res.status === 200 ? (res.body.version as number) : undefined;
  };

  beforeAll(async () => {
    app = await startTestApp();
    base = await app.url();
    [moderator, coChair, stakeholder] = await Promise.all([
      app.api.user(['moderator']),
      app.api.user(['co_chair']),
      app.api.user(['stakeholder'], { organisation: 'Réseau Migrations Sahel' }),
    ]);
    const created = await app.api
      .as(moderator)
      .post('/rounds', roundInput({ title: 'Notes pages round', coChairIds: [coChair.id] }));
    roundId = created.body.id as string;
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/open`)).status).toBe(200);
    for (const c of CONTRIBUTIONS) {
      const res = await app.api.as(stakeholder).post(`/rounds/${roundId}/contributions`, c);
      expect(res.status).toBe(202);
    }
    await app.drain();
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/close`)).status).toBe(202);
    await eventually(latestVersion, { timeoutMs: 30_000, what: 'the first note' });
    const note = await app.api.as(coChair).get(`/rounds/${roundId}/background-notes/latest`);
    // One without citations: those become links on the page.
    paragraph = (note.body.sections as { paragraphs: { text: string }[] }[])
      .flatMap((s) => s.paragraphs.map((p) => p.text))
      .find((text) => !text.includes('['))!;
    expect(paragraph).toBeDefined();
  }, 90_000);

  afterAll(() => app?.close());

  it('refuses a stakeholder the unpublished note with the API’s status and no note text', async () => {
    const cookie = await cookieOf(stakeholder);
    const api = await app.api.as(stakeholder).get(`/rounds/${roundId}/background-notes/latest`);
    expect(api.status).toBe(403);
    for (const path of ['', '/latest.md', '/latest.docx', '/events', '/compare']) {
      const page = await request(base).get(`/notes/${roundId}${path}`).set('Cookie', cookie);
      expect([path, page.status]).toEqual([path, api.status]);
      expect(page.text ?? '').not.toContain(escapeHtml(paragraph));
    }
    const round = await request(base).get(`/consultations/${roundId}`).set('Cookie', cookie);
    expect(round.text).not.toContain(`href="/notes/${roundId}"`);
    const unknown = randomUUID();
    const missing = await request(base).get(`/notes/${unknown}`).set('Cookie', cookie);
    expect(missing.status).toBe((await app.api.as(stakeholder).get(`/rounds/${unknown}`)).status);
    expect(missing.status).toBe(404);
  });

  it('shows the note to its co-chair, linked from the round page, and to a stakeholder once published', async () => {
    const chair = await request(base)
      .get(`/consultations/${roundId}`)
      .set('Cookie', await cookieOf(coChair));
    expect(chair.text).toContain(`href="/notes/${roundId}"`);

    // Publishing is the round moderator's, from the note page; a co-chair gets the API's 403.
    const visibility = (cookie: string) =>
      request(base)
        .post(`/notes/${roundId}/visibility`)
        .set('Cookie', cookie)
        .set('Origin', base)
        .type('form')
        .send({ notesVisibility: 'published' });
    expect((await visibility(await cookieOf(coChair))).status).toBe(403);
    const moderatorCookie = await cookieOf(moderator);
    const form = await request(base).get(`/notes/${roundId}`).set('Cookie', moderatorCookie);
    expect(form.text).toContain(`action="/notes/${roundId}/visibility"`);
    const published = await visibility(moderatorCookie);
    expect(published.status).toBe(303);
    expect((await app.api.as(moderator).get(`/rounds/${roundId}`)).body.notesVisibility).toBe(
      'published',
    );
    const cookie = await cookieOf(stakeholder);
    const page = await request(base).get(`/notes/${roundId}`).set('Cookie', cookie);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain(escapeHtml(paragraph));
    expect(page.text).toContain('role="status"');
    expect(page.text).toContain('<svg');
    // A stakeholder may read but not ask for a draft: no button.
    expect(page.text).not.toContain(`action="/notes/${roundId}/redraft"`);
    const round = await request(base).get(`/consultations/${roundId}`).set('Cookie', cookie);
    expect(round.text).toContain(`href="/notes/${roundId}"`);
  });

  it('downloads the latest version as Markdown and .docx, as the API renders them', async () => {
    const cookie = await cookieOf(coChair);
    const api = await app.api
      .as(coChair)
      .get(`/rounds/${roundId}/background-notes/latest`)
      .set('Accept', 'text/markdown');
    const markdown = await request(base).get(`/notes/${roundId}/latest.md`).set('Cookie', cookie);
    expect(markdown.status).toBe(200);
    expect(markdown.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(markdown.headers['content-disposition']).toMatch(/^attachment; filename=".*\.md"$/);
    expect(markdown.text).toBe(api.text);

    const docx = await request(base)
      .get(`/notes/${roundId}/latest.docx`)
      .set('Cookie', cookie)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toBe(DOCX);
    expect(docx.headers['content-disposition']).toMatch(/^attachment; filename=".*\.docx"$/);
    expect((docx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it('streams the drafting status as server-sent events and ends within its bound', async () => {
    const cookie = await cookieOf(coChair);
    const started = Date.now();
    const res = await request(base)
      .get(`/notes/${roundId}/events?since=1&lang=fr`)
      .set('Cookie', cookie)
      .timeout(10_000);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    // Nothing is being drafted: one status, then the end, at once.
    expect(Date.now() - started).toBeLessThan(5_000);
    const events = res.text
      .split('\n\n')
      .filter((block) => block.startsWith('event: '))
      .map((block) => {
        const [event, data] = block.split('\n');
        return { event: event.slice(7), data: JSON.parse(data.slice(6)) };
      });
    expect(events).toEqual([
      {
        event: 'status',
        data: {
          status: 'drafted',
          version: 1,
          text: 'La version 1 est la plus récente.',
          link: 'Actualiser',
        },
      },
      { event: 'end', data: {} },
    ]);
  });

  it('takes a redraft from its own pages only, for whom the API lets ask', async () => {
    const drafts = async () => {
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM draft_requests WHERE round_id = $1`,
        [roundId],
      );
      return n as number;
    };
    const before = await drafts();
    const chair = await cookieOf(coChair);
    const forged = await request(base)
      .post(`/notes/${roundId}/redraft`)
      .set('Cookie', chair)
      .set('Origin', 'https://elsewhere.example');
    expect(forged.status).toBe(403);
    const byStakeholder = await request(base)
      .post(`/notes/${roundId}/redraft`)
      .set('Cookie', await cookieOf(stakeholder))
      .set('Origin', base);
    expect(byStakeholder.status).toBe(
      (await app.api.as(stakeholder).post(`/rounds/${roundId}/background-notes`)).status,
    );
    expect(byStakeholder.status).toBe(403);
    expect(await drafts()).toBe(before);

    const asked = await request(base)
      .post(`/notes/${roundId}/redraft`)
      .set('Cookie', chair)
      .set('Origin', base);
    expect(asked.status).toBe(303);
    expect(asked.headers.location).toBe(`/notes/${roundId}?requested=1`);
    expect(await drafts()).toBe(before + 1);
    // The stream follows the draft under way and ends once version 2 is stored.
    const live = await request(base)
      .get(`/notes/${roundId}/events?since=1`)
      .set('Cookie', chair)
      .timeout(30_000);
    const statuses = live.text
      .split('\n\n')
      .filter((block) => block.startsWith('event: status'))
      .map((block) => JSON.parse(block.split('\n')[1].slice(6)));
    expect(statuses.at(-1)).toEqual({
      status: 'drafted',
      version: 2,
      text: 'Version 2 is ready.',
      link: 'Show version 2',
    });
    expect(live.text.trimEnd().endsWith('event: end\ndata: {}')).toBe(true);
    const compare = await request(base)
      .get(`/notes/${roundId}/compare?from=1&to=2`)
      .set('Cookie', chair);
    expect(compare.status).toBe(200);
    expect(compare.text).toContain('What changed from version 1 to version 2');
    const bad = await request(base).get(`/notes/${roundId}/compare?from=x`).set('Cookie', chair);
    expect(bad.status).toBe(400);
  }, 60_000);
});
