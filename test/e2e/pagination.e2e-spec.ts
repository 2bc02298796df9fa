import { roundInput, startTestApp, type TestApp, type TestUser } from '@convene/testing';

type Language = 'en' | 'fr' | 'es';

interface Posted {
  id: string;
  questionNumber: number;
  language: Language;
  objectiveNumbers: number[];
}

interface Page {
  items: { id: string; questionNumber: number; language: string; createdAt: string }[];
  nextCursor: string | null;
}

const LANGUAGES: Language[] = ['en', 'fr', 'es'];
const OBJECTIVE_SETS = [[5], [2, 5], [], [6]];

/** GET /rounds/:id/contributions: keyset pages that add up to the whole list, exactly once. */
describe('paging through contributions', () => {
  let app: TestApp;
  let moderator: TestUser;
  let alice: TestUser;
  let bruno: TestUser;
  let roundId: string;
  /** In the order they were accepted, which is the order of the list. */
  const posted: Posted[] = [];

  async function openRound(): Promise<string> {
    const created = await app.api.as(moderator).post(
      '/rounds',
      roundInput({
        questions: [1, 2, 3].map((number) => ({ number, text: { en: `Question ${number}?` } })),
      }),
    );
    expect(created.status).toBe(201);
    expect((await app.api.as(moderator).post(`/rounds/${created.body.id}/open`)).status).toBe(200);
    return created.body.id as string;
  }

  async function post(author: TestUser, round: string, i: number): Promise<Posted> {
    const item: Posted = {
      id: '',
      questionNumber: (i % 3) + 1,
      language: LANGUAGES[Math.floor(i / 3) % 3],
      objectiveNumbers: OBJECTIVE_SETS[i % 4],
    };
    const res = await app.api.as(author).post(`/rounds/${round}/contributions`, {
      questionNumber: item.questionNumber,
      language: item.language,
      objectiveNumbers: item.objectiveNumbers,
      body: `Contribution number ${i} on regular pathways.`,
    });
    expect(res.status).toBe(202);
    return { ...item, id: res.body.id as string };
  }

  async function page(user: TestUser, round: string, query: string): Promise<Page> {
    const res = await app.api.as(user).get(`/rounds/${round}/contributions?${query}`);
    expect({ query, status: res.status }).toEqual({ query, status: 200 });
    return res.body as Page;
  }

  /** Follows nextCursor to the end; returns the ids in order and the page sizes. */
  async function walk(
    user: TestUser,
    round: string,
    params: Record<string, string | number> = {},
  ): Promise<{ ids: string[]; sizes: number[] }> {
    const ids: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 500; guard++) {
      const query = new URLSearchParams(
        Object.entries({ ...params, ...(cursor ? { cursor } : {}) }).map(
          ([k, v]): [string, string] => [k, String(v)],
        ),
      );
      const { items, nextCursor } = await page(user, round, query.toString());
      ids.push(...items.map((c) => c.id));
      sizes.push(items.length);
      if (!nextCursor) return { ids, sizes };
      // A cursor is only given out when something follows it.
      expect(items.length).toBeGreaterThan(0);
      cursor = nextCursor;
    }
    throw new Error('the walk did not end');
  }

  function expectedSizes(total: number, limit: number): number[] {
    if (total === 0) return [0];
    return Array.from({ length: Math.ceil(total / limit) }, (_, i) =>
      Math.min(limit, total - i * limit),
    );
  }

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    [moderator, alice, bruno] = await Promise.all([
      app.api.user(['moderator']),
      app.api.user(),
      app.api.user(),
    ]);
    roundId = await openRound();
    // Sequential, so the order of acceptance is known. The contract lets one account post
    // at least 30 contributions a minute: each author posts exactly 30.
    for (let i = 0; i < 60; i++) posted.push(await post(i % 2 === 0 ? alice : bruno, roundId, i));
  });

  afterAll(() => app.close());

  it.each([1, 7, 20, 30, 59, 60, 61, 100])(
    'walks all 60 contributions with limit %i: every one exactly once, in the order accepted',
    async (limit) => {
      const { ids, sizes } = await walk(alice, roundId, { limit });
      expect(ids).toEqual(posted.map((p) => p.id));
      expect(new Set(ids).size).toBe(60);
      expect(sizes).toEqual(expectedSizes(60, limit));
    },
  );

  it('gives the same pages every time', async () => {
    const first = await walk(bruno, roundId, { limit: 9 });
    const second = await walk(bruno, roundId, { limit: 9 });
    expect(second).toEqual(first);
    const pageA = await page(alice, roundId, 'limit=9');
    const pageB = await page(bruno, roundId, 'limit=9');
    expect(pageB).toEqual(pageA);
  });

  it('returns pages oldest first', async () => {
    const { items } = await page(alice, roundId, 'limit=100');
    const times = items.map((c) => Date.parse(c.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it.each<[string, Record<string, string | number>, (p: Posted) => boolean]>([
    ['questionNumber', { questionNumber: 2 }, (p) => p.questionNumber === 2],
    ['language', { language: 'fr' }, (p) => p.language === 'fr'],
    ['objective', { objective: 5 }, (p) => p.objectiveNumbers.includes(5)],
    [
      'questionNumber and language',
      { questionNumber: 1, language: 'es' },
      (p) => p.questionNumber === 1 && p.language === 'es',
    ],
    [
      'questionNumber, language and objective',
      { questionNumber: 3, language: 'en', objective: 5 },
      (p) => p.questionNumber === 3 && p.language === 'en' && p.objectiveNumbers.includes(5),
    ],
    ['an objective nobody declared', { objective: 17 }, () => false],
  ])('pages through the %s filter', async (_what, filter, matches) => {
    const expected = posted.filter(matches).map((p) => p.id);
    for (const limit of [1, 3, 100]) {
      const { ids, sizes } = await walk(alice, roundId, { ...filter, limit });
      expect(ids).toEqual(expected);
      expect(sizes).toEqual(expectedSizes(expected.length, limit));
    }
  });

  it('sees contributions that arrive during a walk at its end, and none twice', async () => {
    const round = await openRound();
    const mine: Posted[] = [];
    for (let i = 0; i < 10; i++) mine.push(await post(alice, round, i));
    const ids: string[] = [];
    let cursor: string | null = null;
    let i = 10;
    do {
      const query: string = `limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await page(bruno, round, query);
      ids.push(...res.items.map((c) => c.id));
      cursor = res.nextCursor;
      // Someone posts after every page read.
      if (i < 16) mine.push(await post(alice, round, i++));
    } while (cursor);
    // Whatever arrived after the last page read is picked up by continuing from the last item.
    const rest = await walk(bruno, round, { limit: 100 });
    expect(rest.ids).toEqual(mine.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(mine.slice(0, ids.length).map((p) => p.id));
  });

  it('neither skips nor repeats contributions that share a timestamp', async () => {
    const round = await openRound();
    const mine: Posted[] = [];
    for (let i = 0; i < 24; i++) mine.push(await post(i % 2 ? alice : bruno, round, i));
    // Eight at one instant, eight at the next microsecond, eight at the same millisecond after.
    await app.db.query(
      `UPDATE contributions SET created_at = CASE
          WHEN id = ANY($1::uuid[]) THEN timestamptz '2026-05-01 10:00:00.123456+00'
          WHEN id = ANY($2::uuid[]) THEN timestamptz '2026-05-01 10:00:00.123457+00'
          ELSE timestamptz '2026-05-01 10:00:00.123999+00' END
        WHERE round_id = $3`,
      [mine.slice(0, 8).map((p) => p.id), mine.slice(8, 16).map((p) => p.id), round],
    );
    const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const expected = [
      ...mine
        .slice(0, 8)
        .map((p) => p.id)
        .sort(byId),
      ...mine
        .slice(8, 16)
        .map((p) => p.id)
        .sort(byId),
      ...mine
        .slice(16)
        .map((p) => p.id)
        .sort(byId),
    ];
    for (const limit of [1, 3, 5, 8, 24]) {
      const { ids, sizes } = await walk(alice, round, { limit });
      expect(ids).toEqual(expected);
      expect(sizes).toEqual(expectedSizes(24, limit));
    }
    // Filters page through ties as well.
    const q1 = mine.filter((p) => p.questionNumber === 1).map((p) => p.id);
    const { ids } = await walk(alice, round, { questionNumber: 1, limit: 2 });
    expect([...ids].sort(byId)).toEqual([...q1].sort(byId));
    expect(ids).toEqual(expected.filter((id) => q1.includes(id)));
  });

  it('leaves hidden contributions out of the pages of everyone but the round’s moderators', async () => {
    const hidden = [posted[3].id, posted[4].id, posted[30].id];
    for (const id of hidden) {
      const res = await app.api
        .as(moderator)
        .post(`/contributions/${id}/hide`, { reason: 'Test of paging.' });
      expect(res.status).toBe(200);
    }
    try {
      const visible = posted.map((p) => p.id).filter((id) => !hidden.includes(id));
      const stakeholder = await walk(alice, roundId, { limit: 4 });
      expect(stakeholder.ids).toEqual(visible);
      expect(stakeholder.sizes).toEqual(expectedSizes(57, 4));
      const moderatorWalk = await walk(moderator, roundId, { limit: 4 });
      expect(moderatorWalk.ids).toEqual(posted.map((p) => p.id));
    } finally {
      for (const id of hidden) {
        await app.api.as(moderator).post(`/contributions/${id}/restore`, {});
      }
    }
  });

  describe('bad paging parameters', () => {
    async function expectBadRequest(query: string, mentions: RegExp) {
      const res = await app.api.as(alice).get(`/rounds/${roundId}/contributions?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body).toEqual({
        statusCode: 400,
        message: expect.anything(),
        error: 'Bad Request',
      });
      expect([res.body.message].flat().join('; ')).toMatch(mentions);
    }

    it.each(['0', '-1', '101', '1000', '2.5', 'ten', ''])('refuses limit=%j', async (limit) => {
      await expectBadRequest(`limit=${limit}`, /limit/);
    });

    it('accepts the bounds 1 and 100', async () => {
      expect((await page(alice, roundId, 'limit=1')).items).toHaveLength(1);
      expect((await page(alice, roundId, 'limit=100')).items).toHaveLength(60);
    });

    it('refuses cursors it did not give out', async () => {
      const real = (await page(alice, roundId, 'limit=5')).nextCursor!;
      const bad = [
        'garbage',
        Buffer.from('yesterday|' + posted[0].id).toString('base64url'),
        Buffer.from('2026-05-01T10:00:00.123456Z|not-a-uuid').toString('base64url'),
        Buffer.from("2026-05-01T10:00:00.123456Z|1'; DROP TABLE contributions; --").toString(
          'base64url',
        ),
        real.slice(0, 10),
        'x'.repeat(201),
      ];
      for (const cursor of bad) {
        await expectBadRequest(`cursor=${encodeURIComponent(cursor)}`, /cursor/);
      }
      const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM contributions`);
      expect(n).toBeGreaterThanOrEqual(60);
    });

    it('refuses bad filters and unknown parameters', async () => {
      await expectBadRequest('questionNumber=first', /questionNumber/);
      await expectBadRequest('questionNumber=0', /questionNumber/);
      await expectBadRequest('objective=0', /objective/);
      await expectBadRequest('objective=24', /objective/);
      await expectBadRequest('language=de', /language/);
      await expectBadRequest('offset=20', /offset/);
      await expectBadRequest('limit=5&sort=desc', /sort/);
    });
  });
});
