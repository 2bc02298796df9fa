import {
  eventually,
  fixtureParticipants,
  fixtureRoundInput,
  loadImrfFixture,
  startTestApp,
  type ImrfFixture,
  type TestApp,
  type TestUser,
} from '@convene/testing';

interface NoteBody {
  id: string;
  version: number;
  wordCount: number;
  sections: {
    heading: string;
    objectiveNumber?: number;
    paragraphs: {
      text: string;
      sourceIds: string[];
      quotes: { text: string; contributionId: string }[];
    }[];
  }[];
  markdown: string;
}

/**
 * From submission to the co-chairs' notification, on the real IMRF consultation: analysis,
 * the close, the flow of syntheses and drafting, the note over HTTP, redrafts, and a hidden
 * contribution that must leave no trace in any output.
 */
describe('background note of a closed round', () => {
  let app: TestApp;
  let fixture: ImrfFixture;
  let moderator: TestUser;
  let coChairs: TestUser[];
  let outsider: TestUser;
  let otherCoChair: TestUser;
  let roundId: string;
  const textOf = new Map<string, string>();
  let hiddenId: string;
  let hiddenText: string;
  let firstNote: NoteBody;

  beforeAll(async () => {
    app = await startTestApp();
    fixture = loadImrfFixture();
    [moderator, outsider, otherCoChair, ...coChairs] = await Promise.all([
      app.api.user(['moderator']),
      app.api.user(['stakeholder']),
      app.api.user(['co_chair']),
      app.api.user(['co_chair']),
      app.api.user(['co_chair']),
    ]);
    const created = await app.api.as(moderator).post(
      '/rounds',
      fixtureRoundInput(
        fixture,
        coChairs.map((c) => c.id),
      ),
    );
    expect(created.status).toBe(201);
    roundId = created.body.id;
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/open`)).status).toBe(200);

    const participantOf = fixtureParticipants(app.api, fixture.contributions);
    for (const c of fixture.contributions) {
      const author = await participantOf(c.participant.handle);
      const res = await app.api
        .as(author)
        .post(`/rounds/${roundId}/contributions`, { questionNumber: c.question, body: c.text });
      expect(res.status).toBe(202);
      textOf.set(res.body.id, c.text);
      for (const reply of c.replies.filter((r) => r.participant.role === 'moderator')) {
        const posted = await app.api
          .as(moderator)
          .post(`/contributions/${res.body.id}/replies`, { body: reply.text.slice(0, 5000) });
        expect(posted.status).toBe(201);
      }
    }
    // The longest English contribution is hidden before the close: none of it may leak.
    [hiddenId, hiddenText] = [...textOf].reduce((a, b) => (b[1].length > a[1].length ? b : a));
    const hidden = await app.api
      .as(moderator)
      .post(`/contributions/${hiddenId}/hide`, { reason: 'off topic' });
    expect(hidden.status).toBe(200);
  });

  afterAll(() => app.close());

  async function latest(version: number): Promise<NoteBody> {
    return eventually(
      async () => {
        const res = await app.api.as(coChairs[0]).get(`/rounds/${roundId}/background-notes/latest`);
        return res.status === 200 && res.body.version === version && (res.body as NoteBody);
      },
      { timeoutMs: 30_000, intervalMs: 200, what: `note version ${version}` },
    );
  }

  it('analyses each contribution: language, and objectives with their source, best first', async () => {
    const [id, text] = [...textOf].find(([, t]) => /objective\s+\d+/i.test(t)) ?? [...textOf][0];
    const analysed = await eventually(async () => {
      const res = await app.api.as(outsider).get(`/contributions/${id}`);
      return res.body.status === 'analysed' && res.body;
    });
    const language = fixture.contributions.find((c) => c.text === text)!.language;
    expect(analysed.language).toBe(language);
    // Sentences as offsets into the body: in order, inside it, each a non-empty slice.
    expect(analysed.sentences.length).toBeGreaterThan(1);
    let previousEnd = 0;
    for (const { start, end } of analysed.sentences as { start: number; end: number }[]) {
      expect(start).toBeGreaterThanOrEqual(previousEnd);
      expect(end).toBeGreaterThan(start);
      expect(end).toBeLessThanOrEqual(text.length);
      expect(text.slice(start, end).trim()).not.toBe('');
      previousEnd = end;
    }
    expect(analysed.objectives.length).toBeGreaterThan(0);
    for (const o of analysed.objectives) {
      expect(['declared', 'explicit', 'inferred']).toContain(o.source);
      expect(o.score).toBeGreaterThan(0);
      expect(o.score).toBeLessThanOrEqual(1);
    }
  });

  it('has no note while the round is open', async () => {
    const res = await app.api.as(coChairs[0]).get(`/rounds/${roundId}/background-notes/latest`);
    expect(res.status).toBe(409);
    expect((await app.api.as(coChairs[0]).post(`/rounds/${roundId}/background-notes`)).status).toBe(
      409,
    );
  });

  it('drafts the note when the round closes and tells each co-chair once', async () => {
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/close`)).status).toBe(202);
    firstNote = await latest(1);
    const round = await app.api.as(moderator).get(`/rounds/${roundId}`);
    expect(round.body.status).toBe('drafted');

    // The notification follows the note through the outbox and the notifications queue.
    await app.drain();
    for (const coChair of coChairs) {
      const res = await app.api.as(coChair).get('/me/notifications');
      const ready = res.body.filter((n: { type: string }) => n.type === 'background_note.ready');
      expect(ready).toEqual([
        expect.objectContaining({ roundId, readAt: null, createdAt: expect.any(String) }),
      ]);
    }
    const others = await app.api.as(otherCoChair).get('/me/notifications');
    expect(others.body).toEqual([]);
  });

  it('writes about the word target, with sections per objective and sources that exist', async () => {
    const target = fixture.round.noteWordTarget;
    expect(Math.abs(firstNote.wordCount - target)).toBeLessThanOrEqual(target * 0.1);
    const words = firstNote.sections
      .flatMap((s) => s.paragraphs)
      .reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
    expect(Math.abs(words - firstNote.wordCount)).toBeLessThanOrEqual(firstNote.wordCount * 0.02);

    const objectiveSections = firstNote.sections
      .map((s) => s.objectiveNumber)
      .filter((n) => n !== undefined);
    expect(objectiveSections).toEqual(fixture.round.objectiveNumbers);

    const visible = new Set([...textOf.keys()].filter((id) => id !== hiddenId));
    const cited = firstNote.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sourceIds));
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) expect(visible.has(id)).toBe(true);

    const quotes = firstNote.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.quotes));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(textOf.get(quote.contributionId)).toContain(quote.text);
    }
  });

  it('leaves the hidden contribution out of every output', async () => {
    const fragments = hiddenText
      .split(/(?<=[.!?])\s+/)
      .map((s) => s.trim())
      .filter((s) => s.split(/\s+/).length >= 6)
      .map((s) => s.split(/\s+/).slice(0, 6).join(' '));
    expect(fragments.length).toBeGreaterThan(0);

    const syntheses = await app.api.as(coChairs[1]).get(`/rounds/${roundId}/syntheses`);
    const markdown = await app.api
      .as(coChairs[1])
      .get(`/rounds/${roundId}/background-notes/latest`)
      .set('Accept', 'text/markdown');
    for (const output of [
      JSON.stringify(syntheses.body),
      JSON.stringify(firstNote),
      markdown.text,
    ]) {
      expect(output).not.toContain(hiddenId);
      for (const fragment of fragments) expect(output).not.toContain(fragment);
    }
  });

  it('serves one synthesis per objective under review, with themes and cited key points', async () => {
    const res = await app.api.as(moderator).get(`/rounds/${roundId}/syntheses`);
    expect(res.status).toBe(200);
    expect(res.body.map((s: { objectiveNumber: number }) => s.objectiveNumber)).toEqual(
      fixture.round.objectiveNumbers,
    );
    const addressed = res.body.filter(
      (s: { contributionIds: string[] }) => s.contributionIds.length,
    );
    expect(addressed.length).toBeGreaterThan(0);
    for (const synthesis of addressed) {
      expect(synthesis.keyPoints.length).toBeGreaterThan(0);
      for (const point of synthesis.keyPoints) {
        expect(synthesis.contributionIds).toEqual(expect.arrayContaining(point.contributionIds));
        expect(textOf.get(point.contributionIds[0])).toContain(point.text);
      }
      for (const theme of synthesis.themes) {
        expect(theme).toEqual({
          label: expect.any(String),
          terms: expect.any(Array),
          contributionIds: expect.any(Array),
        });
      }
    }
  });

  it('serves the note as Markdown and as a Word document', async () => {
    const markdown = await app.api
      .as(coChairs[0])
      .get(`/rounds/${roundId}/background-notes/latest`)
      .set('Accept', 'text/markdown');
    expect(markdown.status).toBe(200);
    expect(markdown.headers['content-type']).toMatch(/^text\/markdown/);
    expect(markdown.text).toBe(firstNote.markdown);

    const docx = await app.api
      .as(coChairs[0])
      .get(`/rounds/${roundId}/background-notes/latest.docx`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toContain('background-note-v1.docx');
    expect((docx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it('serves the note to every signed-in reader once published, exactly as the co-chairs read it', async () => {
    const paths = [
      `/rounds/${roundId}/syntheses`,
      `/rounds/${roundId}/background-notes`,
      `/rounds/${roundId}/background-notes/latest`,
    ];
    for (const path of [...paths, `${paths[2]}.docx`]) {
      expect([path, (await app.api.as(outsider).get(path)).status]).toEqual([path, 403]);
    }
    expect(
      (await app.api.as(moderator).post(`/rounds/${roundId}/background-notes/publish`)).status,
    ).toBe(200);
    for (const path of paths) {
      const theirs = await app.api.as(outsider).get(path);
      expect([path, theirs.status]).toEqual([path, 200]);
      expect(theirs.body).toEqual((await app.api.as(coChairs[0]).get(path)).body);
    }
    const markdown = await app.api.as(outsider).get(paths[2]).set('Accept', 'text/markdown');
    expect(markdown.status).toBe(200);
    expect(markdown.text).toBe(firstNote.markdown);
    const docx = await app.api.as(outsider).get(`${paths[2]}.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
  });

  it('lets only the round moderator and its co-chairs ask for a redraft', async () => {
    for (const user of [outsider, otherCoChair]) {
      expect((await app.api.as(user).post(`/rounds/${roundId}/background-notes`)).status).toBe(403);
    }
    expect((await app.api.as(null).post(`/rounds/${roundId}/background-notes`)).status).toBe(401);
  });

  it('redrafts unchanged input into an identical new version', async () => {
    const res = await app.api.as(coChairs[1]).post(`/rounds/${roundId}/background-notes`);
    expect(res.status).toBe(202);
    const second = await latest(2);
    expect(second.id).not.toBe(firstNote.id);
    expect(second.sections).toEqual(firstNote.sections);
    expect(second.markdown).toBe(firstNote.markdown);
    const versions = await app.api.as(moderator).get(`/rounds/${roundId}/background-notes`);
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('redrafts by itself when a moderator hides a contribution the note cites', async () => {
    const cited = firstNote.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sourceIds));
    const target = cited[0];
    const hide = await app.api
      .as(moderator)
      .post(`/contributions/${target}/hide`, { reason: 'personal data' });
    expect(hide.status).toBe(200);
    const third = await latest(3);
    expect(JSON.stringify(third)).not.toContain(target);
    await app.drain();
    const [{ notes }] = await app.db.query(
      `SELECT count(*)::int AS notes FROM background_notes WHERE round_id = $1`,
      [roundId],
    );
    expect(notes).toBe(3);
    const notifications = await app.api.as(coChairs[0]).get('/me/notifications');
    expect(
      notifications.body.filter((n: { type: string }) => n.type === 'background_note.ready'),
    ).toHaveLength(3);
  });

  it('merges redraft requests made while one is waiting (issue 13: 30 clicks queued 32 drafts)', async () => {
    await app.stopWorker();
    try {
      const answers = await Promise.all(
        Array.from({ length: 30 }, () =>
          app.api.as(moderator).post(`/rounds/${roundId}/background-notes`),
        ),
      );
      expect(new Set(answers.map((a) => a.status))).toEqual(new Set([202]));
      const ids = new Set(answers.map((a) => a.body.draftRequestId as string));
      expect(ids.size).toBe(1);
      const [{ pending }] = await app.db.query(
        `SELECT count(*)::int AS pending FROM draft_requests WHERE round_id = $1 AND status = 'pending'`,
        [roundId],
      );
      expect(pending).toBe(1);
    } finally {
      await app.startWorker();
    }
    await latest(4);
  });

  it('withholds a hidden contribution from every output at once, before the worker redrafts (issue 13)', async () => {
    const before = await latest(4);
    const quote = before.sections
      .flatMap((s) => s.paragraphs.flatMap((p) => p.quotes))
      .find((q) => q !== undefined)!;
    expect(quote).toBeDefined();
    await app.stopWorker();
    try {
      const hide = await app.api
        .as(moderator)
        .post(`/contributions/${quote.contributionId}/hide`, { reason: 'personal data' });
      expect(hide.status).toBe(200);
      const note = await app.api.as(coChairs[0]).get(`/rounds/${roundId}/background-notes/latest`);
      expect(note.body.version).toBe(4);
      expect(JSON.stringify(note.body)).not.toContain(quote.contributionId);
      expect(JSON.stringify(note.body)).not.toContain(quote.text);
      expect(JSON.stringify(note.body)).toContain('Withheld until the note is redrafted');
      const markdown = await app.api
        .as(coChairs[0])
        .get(`/rounds/${roundId}/background-notes/latest`)
        .set('Accept', 'text/markdown');
      expect(markdown.text).not.toContain(quote.text.slice(0, 40));
      const syntheses = await app.api.as(coChairs[0]).get(`/rounds/${roundId}/syntheses`);
      expect(JSON.stringify(syntheses.body)).not.toContain(quote.contributionId);
    } finally {
      await app.startWorker();
    }
    const redrafted = await latest(5);
    expect(JSON.stringify(redrafted)).not.toContain(quote.contributionId);
    expect(JSON.stringify(redrafted)).not.toContain('Withheld until the note is redrafted');
  });

  it('puts ids in job payloads, never texts, names or addresses', async () => {
    await app.drain();
    const SAFE =
      /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z_]+|(closed|outbox):[0-9a-f-]+|\d+)$/;
    let seen = 0;
    for (const queue of app.queues) {
      for (const job of await queue.getJobs(['completed', 'failed', 'waiting', 'delayed'])) {
        seen++;
        for (const value of Object.values(job.data as Record<string, unknown>)) {
          expect([job.name, String(value)]).toEqual([job.name, expect.stringMatching(SAFE)]);
        }
      }
    }
    expect(seen).toBeGreaterThan(textOf.size);
  });
});
