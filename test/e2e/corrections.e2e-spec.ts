import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { AnalyseContributionsCommand } from '@convene/analysis';
import { ContributionCorrectionsReader } from '@convene/contributions';
import {
  eventually,
  roundInput,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';

// Three sentences; the emoji counts two UTF-16 code units, as the analysis's offsets do.
const BODY =
  'Recruitment agencies must stop charging fees to migrant workers, as objective 6 asks. ' +
  'Our union runs a helpdesk 🌍 for seasonal workers in three countries. ' +
  'Governments should widen regular pathways for labour mobility.';
const FIRST = { start: 0, end: BODY.indexOf('.') + 1 };
const SECOND = { start: FIRST.end + 1, end: BODY.indexOf('.', FIRST.end) + 1 };

/**
 * Moderators correct what the analysis found (a contribution's objectives, a claim's objective
 * or kind). Corrections are logged, survive reanalysis, and after the close ask for a redraft.
 */
describe('corrections of the analysis', () => {
  let app: TestApp;
  let moderator: TestUser;
  let otherModerator: TestUser;
  let coChair: TestUser;
  let author: TestUser;
  let stakeholder: TestUser;
  let roundId: string;
  let contributionId: string;
  let analysedObjectives: number[];

  async function submit(body: string): Promise<string> {
    const res = await app.api
      .as(author)
      .post(`/rounds/${roundId}/contributions`, { questionNumber: 1, body });
    expect(res.status).toBe(202);
    return res.body.id as string;
  }

  /** Everything a correction writes, to show a refused one wrote nothing. */
  async function stored(): Promise<unknown[]> {
    return app.db.query(
      `SELECT (SELECT coalesce(json_agg(k ORDER BY k.contribution_id), '[]') FROM contribution_corrections k) AS corrections,
              (SELECT count(*)::int FROM contribution_correction_log) AS log,
              (SELECT count(*)::int FROM outbox WHERE type = 'contribution.corrected') AS events`,
    );
  }

  async function noteVersion(): Promise<number> {
    const [{ version }] = await app.db.query(
      `SELECT coalesce(max(version), 0)::int AS version FROM background_notes WHERE round_id = $1`,
      [roundId],
    );
    return version as number;
  }

  type Note = {
    sections: { objectiveNumber?: number; paragraphs: { kind: string; sourceIds: string[] }[] }[];
  };

  async function latestNote(): Promise<Note> {
    const res = await app.api.as(moderator).get(`/rounds/${roundId}/background-notes/latest`);
    expect(res.status).toBe(200);
    return res.body as Note;
  }

  /** The objectives under review whose sections cite the contribution. */
  function sectionsCiting(note: Note, id: string): number[] {
    return note.sections
      .filter((s) => s.objectiveNumber && s.paragraphs.some((p) => p.sourceIds.includes(id)))
      .map((s) => s.objectiveNumber!);
  }

  async function draftRequests(): Promise<{ reason: string }[]> {
    return app.db.query(`SELECT reason FROM draft_requests WHERE round_id = $1 ORDER BY seq`, [
      roundId,
    ]);
  }

  beforeAll(async () => {
    app = await startTestApp();
    [moderator, otherModerator, coChair, author, stakeholder] = await Promise.all([
      app.api.user(['moderator']),
      app.api.user(['moderator']),
      app.api.user(['co_chair']),
      app.api.user(),
      app.api.user(),
    ]);
    const created = await app.api
      .as(moderator)
      .post('/rounds', roundInput({ coChairIds: [coChair.id] }));
    expect(created.status).toBe(201);
    roundId = created.body.id;
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/open`)).status).toBe(200);
    contributionId = await submit(BODY);
    const analysed = await eventually(async () => {
      const res = await app.api.as(author).get(`/contributions/${contributionId}`);
      return res.body.status === 'analysed' && res.body;
    });
    analysedObjectives = (analysed.objectives as { number: number }[])
      .map((o) => o.number)
      .sort((a, b) => a - b);
    expect(analysedObjectives).toContain(6);
    expect(analysed.objectiveCorrection).toBeNull();
  });

  afterAll(() => app.close());

  it('lets the round’s moderator correct the objectives; everyone sees it beside the analysis', async () => {
    const res = await app.api.as(moderator).put(`/contributions/${contributionId}/objectives`, {
      objectiveNumbers: [5, 2],
      reason: 'Speaks of pathways and decent work, not of recruitment fees alone.',
    });
    expect(res.status).toBe(200);
    const correction = {
      objectiveNumbers: [2, 5],
      correctedBy: moderator.id,
      correctedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    };
    expect(res.body).toEqual({ id: contributionId, objectiveCorrection: correction });

    const seen = await app.api.as(stakeholder).get(`/contributions/${contributionId}`);
    expect(seen.status).toBe(200);
    expect(seen.body.objectiveCorrection).toEqual(res.body.objectiveCorrection);
    // The analysis's objectives stay as it found them; claim corrections are the moderators'.
    expect(seen.body.objectives.map((o: { number: number }) => o.number).sort()).toEqual(
      analysedObjectives,
    );
    expect(seen.body).not.toHaveProperty('claimCorrections');
    const moderatorView = await app.api.as(moderator).get(`/contributions/${contributionId}`);
    expect(moderatorView.body).toMatchObject({
      objectiveCorrection: res.body.objectiveCorrection,
      claimCorrections: [],
    });

    const log = await app.api.as(moderator).get(`/contributions/${contributionId}/corrections`);
    expect(log.status).toBe(200);
    expect(log.body).toEqual([
      {
        what: 'objectives',
        before: analysedObjectives,
        after: [2, 5],
        reason: 'Speaks of pathways and decent work, not of recruitment fees alone.',
        correctedBy: moderator.id,
        correctedAt: res.body.objectiveCorrection.correctedAt,
      },
    ]);
    const events = await app.db.query(
      `SELECT payload FROM outbox WHERE type = 'contribution.corrected' ORDER BY id`,
    );
    expect(events.map((e: { payload: object }) => e.payload)).toEqual([
      {
        contributionId,
        roundId,
        moderatorId: moderator.id,
        correction: 'objectives',
        requestId: expect.any(String),
      },
    ]);
  });

  it('logs a second objective correction against the first, and nothing for a repeat', async () => {
    const second = await app.api
      .as(moderator)
      .put(`/contributions/${contributionId}/objectives`, { objectiveNumbers: [2, 5, 6] });
    expect(second.status).toBe(200);
    expect(second.body.objectiveCorrection.objectiveNumbers).toEqual([2, 5, 6]);
    const before = await stored();
    const repeat = await app.api
      .as(moderator)
      .put(`/contributions/${contributionId}/objectives`, { objectiveNumbers: [6, 5, 2] });
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual(second.body);
    expect(await stored()).toEqual(before);

    const log = await app.api.as(moderator).get(`/contributions/${contributionId}/corrections`);
    expect(log.body.map((e: { before: number[]; after: number[] }) => [e.before, e.after])).toEqual(
      [
        [
          [2, 5],
          [2, 5, 6],
        ],
        [analysedObjectives, [2, 5]],
      ],
    );
    expect(log.body[0]).toMatchObject({ what: 'objectives', reason: null });
  });

  it('lets the round’s moderator correct claims by span; the same span again replaces the first', async () => {
    const post = (body: object) =>
      app.api.as(moderator).post(`/contributions/${contributionId}/claim-corrections`, body);
    const first = await post({ ...FIRST, objective: 6, reason: 'Fees are objective 6.' });
    expect(first.status).toBe(200);
    const by = { correctedBy: moderator.id, correctedAt: expect.any(String) };
    expect(first.body).toEqual({
      id: contributionId,
      claimCorrections: [{ ...FIRST, objective: 6, ...by }],
    });

    // The emoji's two code units count: the body ends exactly at BODY.length.
    const last = { start: SECOND.end + 1, end: BODY.length };
    expect((await post({ ...last, objective: null })).status).toBe(200);
    const replaced = await post({ ...FIRST, kind: 'recommendation' });
    expect(replaced.status).toBe(200);
    expect(replaced.body.claimCorrections).toEqual([
      { ...FIRST, kind: 'recommendation', ...by },
      { ...last, objective: null, ...by },
    ]);

    const seen = await app.api.as(moderator).get(`/contributions/${contributionId}`);
    expect(seen.body.claimCorrections).toEqual(replaced.body.claimCorrections);

    const log = await app.api.as(moderator).get(`/contributions/${contributionId}/corrections`);
    const claims = log.body.filter((e: { what: string }) => e.what === 'claim');
    expect(claims).toEqual([
      {
        what: 'claim',
        before: { ...FIRST, objective: 6 },
        after: { ...FIRST, kind: 'recommendation' },
        reason: null,
        ...by,
      },
      { what: 'claim', before: null, after: { ...last, objective: null }, reason: null, ...by },
      {
        what: 'claim',
        before: null,
        after: { ...FIRST, objective: 6 },
        reason: 'Fees are objective 6.',
        ...by,
      },
    ]);
    // Newest first, objectives and claims together.
    expect(log.body.map((e: { what: string }) => e.what)).toEqual([
      'claim',
      'claim',
      'claim',
      'objectives',
      'objectives',
    ]);
  });

  it('refuses stakeholders, co-chairs and another round’s moderator with 403, storing nothing', async () => {
    const before = await stored();
    for (const user of [author, stakeholder, coChair, otherModerator]) {
      const calls = [
        app.api
          .as(user)
          .put(`/contributions/${contributionId}/objectives`, { objectiveNumbers: [1] }),
        app.api.as(user).post(`/contributions/${contributionId}/claim-corrections`, {
          ...SECOND,
          kind: 'practice',
        }),
        app.api.as(user).get(`/contributions/${contributionId}/corrections`),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.status).toBe(403);
        expect(res.body).toEqual({
          statusCode: 403,
          message: expect.any(String),
          error: 'Forbidden',
        });
      }
      const seen = await app.api.as(user).get(`/contributions/${contributionId}`);
      expect(seen.body).not.toHaveProperty('claimCorrections');
    }
    expect(await stored()).toEqual(before);
  });

  it('answers 404 for a contribution that does not exist', async () => {
    const id = randomUUID();
    const calls = [
      app.api.as(moderator).put(`/contributions/${id}/objectives`, { objectiveNumbers: [1] }),
      app.api
        .as(moderator)
        .post(`/contributions/${id}/claim-corrections`, { ...FIRST, kind: 'position' }),
      app.api.as(moderator).get(`/contributions/${id}/corrections`),
    ];
    for (const res of await Promise.all(calls)) expect(res.status).toBe(404);
  });

  describe('refuses malformed corrections with 400, storing nothing', () => {
    const objectives: [string, object][] = [
      ['an objective below 1', { objectiveNumbers: [0] }],
      ['an objective above 23', { objectiveNumbers: [24] }],
      ['24 objectives', { objectiveNumbers: Array.from({ length: 24 }, (_, i) => (i % 23) + 1) }],
      ['duplicates', { objectiveNumbers: [2, 2] }],
      ['a fraction', { objectiveNumbers: [2.5] }],
      ['a string', { objectiveNumbers: ['2'] }],
      ['no list', {}],
      ['null', { objectiveNumbers: null }],
      ['an empty reason', { objectiveNumbers: [2], reason: '' }],
      ['a reason over 1,000 characters', { objectiveNumbers: [2], reason: 'x'.repeat(1001) }],
      ['an unknown field', { objectiveNumbers: [2], objectives: [2] }],
    ];
    const claims: [string, object][] = [
      ['start equal to end', { start: 5, end: 5, kind: 'practice' }],
      ['start after end', { start: 9, end: 5, kind: 'practice' }],
      ['an end past the body', { start: 0, end: BODY.length + 1, kind: 'practice' }],
      ['a negative start', { start: -1, end: 5, kind: 'practice' }],
      ['a start as a string', { start: '0', end: 5, kind: 'practice' }],
      ['a fractional end', { start: 0, end: 5.5, kind: 'practice' }],
      ['no end', { start: 0, kind: 'practice' }],
      ['a kind not in the enum', { ...FIRST, kind: 'evidence' }],
      ['a null kind', { ...FIRST, kind: null }],
      ['an objective out of range', { ...FIRST, objective: 24 }],
      ['neither objective nor kind', { ...FIRST }],
      ['only a reason', { ...FIRST, reason: 'Why not.' }],
      ['an unknown field', { ...FIRST, kind: 'practice', addressee: 'states' }],
    ];

    it.each(objectives)('PUT objectives with %s', async (_, body) => {
      const before = await stored();
      const res = await app.api
        .as(moderator)
        .put(`/contributions/${contributionId}/objectives`, body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(await stored()).toEqual(before);
    });

    it.each(claims)('POST claim-corrections with %s', async (_, body) => {
      const before = await stored();
      const res = await app.api
        .as(moderator)
        .post(`/contributions/${contributionId}/claim-corrections`, body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(await stored()).toEqual(before);
    });
  });

  it('lets the round’s moderator correct a hidden contribution', async () => {
    const id = await submit('Fair recruitment matters. Personal details the moderator hides.');
    expect(
      (await app.api.as(moderator).post(`/contributions/${id}/hide`, { reason: 'Personal data.' }))
        .status,
    ).toBe(200);
    const objectives = await app.api
      .as(moderator)
      .put(`/contributions/${id}/objectives`, { objectiveNumbers: [6] });
    expect(objectives.status).toBe(200);
    const claim = await app.api
      .as(moderator)
      .post(`/contributions/${id}/claim-corrections`, { start: 0, end: 25, kind: 'position' });
    expect(claim.status).toBe(200);
    expect((await app.api.as(author).get(`/contributions/${id}/corrections`)).status).toBe(403);
    expect((await app.api.as(author).get(`/contributions/${id}`)).status).toBe(404);
  });

  it('asks for no draft while the round is open', async () => {
    await app.drain();
    expect(await draftRequests()).toEqual([]);
    expect(await noteVersion()).toBe(0);
  });

  it('keeps corrections through a reanalysis, and gives them to the drafting code', async () => {
    const before = (await app.api.as(moderator).get(`/contributions/${contributionId}`)).body;
    const [{ analysed_at: analysedAt }] = await app.db.query(
      `SELECT analysed_at FROM contribution_analyses WHERE contribution_id = $1`,
      [contributionId],
    );
    await app.worker!.get(CommandBus).execute(new AnalyseContributionsCommand([contributionId]));
    const [{ analysed_at: reanalysedAt }] = await app.db.query(
      `SELECT analysed_at FROM contribution_analyses WHERE contribution_id = $1`,
      [contributionId],
    );
    expect(reanalysedAt.getTime()).toBeGreaterThan(analysedAt.getTime());

    const after = (await app.api.as(moderator).get(`/contributions/${contributionId}`)).body;
    expect(after.objectiveCorrection).toEqual(before.objectiveCorrection);
    expect(after.claimCorrections).toEqual(before.claimCorrections);
    expect(after.objectives).toEqual(before.objectives);

    const reader = new ContributionCorrectionsReader(app.db);
    const forRound = await reader.forRound(roundId);
    const expected = {
      objectives: [2, 5, 6],
      claims: [
        { ...FIRST, kind: 'recommendation' },
        { start: SECOND.end + 1, end: BODY.length, objective: null },
      ],
    };
    expect(forRound.get(contributionId)).toEqual(expected);
    expect(forRound.size).toBe(2);
    expect(await reader.forContribution(contributionId)).toEqual(expected);
    expect(await reader.forContribution(randomUUID())).toEqual({});
  });

  it('after the close, asks for a new draft on each correction', async () => {
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/close`)).status).toBe(202);
    await eventually(async () => (await noteVersion()) === 1, {
      timeoutMs: 30_000,
      intervalMs: 200,
      what: 'the first note',
    });
    await app.drain();
    expect(await draftRequests()).toEqual([{ reason: 'round_closed' }]);

    const objectives = await app.api
      .as(moderator)
      .put(`/contributions/${contributionId}/objectives`, { objectiveNumbers: [6] });
    expect(objectives.status).toBe(200);
    await app.drain();
    await eventually(async () => (await noteVersion()) === 2, {
      timeoutMs: 30_000,
      intervalMs: 200,
      what: 'a note redrafted after the objective correction',
    });
    expect(await draftRequests()).toEqual([{ reason: 'round_closed' }, { reason: 'moderation' }]);
    // Only objective 6 is the contribution's now: no other section cites it.
    const second = await latestNote();
    expect(sectionsCiting(second, contributionId)).toEqual([6]);

    const claim = await app.api
      .as(moderator)
      .post(`/contributions/${contributionId}/claim-corrections`, {
        ...SECOND,
        objective: 5,
        kind: 'challenge',
      });
    expect(claim.status).toBe(200);
    await app.drain();
    await eventually(async () => (await noteVersion()) === 3, {
      timeoutMs: 30_000,
      intervalMs: 200,
      what: 'a note redrafted after the claim correction',
    });
    expect(await draftRequests()).toHaveLength(3);
    // The corrected claim now speaks, as a challenge, under objective 5.
    const third = await latestNote();
    const five = third.sections.find((s) => s.objectiveNumber === 5)!;
    expect(
      five.paragraphs.some((p) => p.kind === 'challenge' && p.sourceIds.includes(contributionId)),
    ).toBe(true);
    expect(sectionsCiting(third, contributionId)).toEqual([5, 6]);
  });
});
