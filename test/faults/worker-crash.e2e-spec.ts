import { hostname } from 'node:os';
import type { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import { JOBS, QUEUES, redisOptionsFromUrl } from '@convene/messaging';
import {
  ApiClient,
  eventually,
  freePort,
  fixtureRoundInput,
  loadImrfFixture,
  spawnApi,
  spawnWorker,
  startTestApp,
  stopAppProcesses,
  type AppProcess,
  type ImrfFixture,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/** Short locks, so a killed worker's job goes back to the queue in about 3 s (not 60). */
const JOB_LOCK_MS = 2000;
const STALLED_CHECK_MS = 1000;
/** Enough for each synthesis to take about half a second on a 2-CPU machine. */
const BULK_CONTRIBUTIONS = 1000;
/** The jobs of a draft's flow after its preparation: what the crash must interrupt. */
const DRAFTING_JOBS: string[] = [JOBS.synthesiseObjective.name, JOBS.draftNote.name];

/** Runs the tasks, at most `width` at a time. */
async function inParallel<T>(width: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]();
      }
    }),
  );
  return results;
}

/** The name BullMQ records on the jobs a worker process takes (see WORKER_NAME). */
const workerName = (child: AppProcess) => `${hostname()}-${child.pid}`;

/**
 * Workers as real OS processes against the suite's database and Redis, with the API in the
 * test's process (and a second one as a process of its own): a worker SIGKILLed in the middle
 * of drafting, and two of each at once, must leave every piece of work done exactly once.
 */
describe('worker processes that crash, or run side by side', () => {
  let app: TestApp;
  let fixture: ImrfFixture;
  let redis: Redis;

  beforeAll(async () => {
    app = await startTestApp({
      worker: false,
      env: {
        JOB_LOCK_MS: String(JOB_LOCK_MS),
        STALLED_CHECK_MS: String(STALLED_CHECK_MS),
        RATE_LIMIT: 'off',
      },
    });
    fixture = loadImrfFixture();
    redis = new Redis(redisOptionsFromUrl(app.config.REDIS_URL));
  });

  afterAll(async () => {
    await stopAppProcesses();
    redis?.disconnect();
    await app?.close();
  });

  const queue = (name: string): Queue => app.queues.find((q) => q.name === name)!;

  async function openRound(moderator: TestUser, coChairs: TestUser[]): Promise<string> {
    const created = await app.api.as(moderator).post(
      '/rounds',
      fixtureRoundInput(
        fixture,
        coChairs.map((c) => c.id),
      ),
    );
    expect(created.status).toBe(201);
    const roundId = created.body.id as string;
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/open`)).status).toBe(200);
    return roundId;
  }

  /** `count` contributions from the fixture's texts, spread over the authors and the APIs. */
  async function contribute(
    roundId: string,
    count: number,
    authors: TestUser[],
    apis: ApiClient[],
  ): Promise<string[]> {
    return inParallel(
      16,
      Array.from({ length: count }, (_, i) => async () => {
        const source = fixture.contributions[i % fixture.contributions.length];
        const res = await apis[i % apis.length]
          .as(authors[i % authors.length])
          .post(`/rounds/${roundId}/contributions`, {
            questionNumber: source.question,
            body: `${source.text} (${i})`,
          });
        expect(res.status).toBe(202);
        return res.body.id as string;
      }),
    );
  }

  /** Contributions written straight to the table, as if their events had been lost. */
  async function seedContributions(roundId: string, n: number, authors: TestUser[]) {
    const sources = Array.from(
      { length: n },
      (_, i) => fixture.contributions[i % fixture.contributions.length],
    );
    await app.db.query(
      `INSERT INTO contributions (round_id, question_number, author_id, body)
       SELECT $1, * FROM unnest($2::int[], $3::uuid[], $4::text[])`,
      [
        roundId,
        sources.map((c) => c.question),
        sources.map((_, i) => authors[i % authors.length].id),
        sources.map((c, i) => `${c.text} [${i}]`),
      ],
    );
  }

  async function activeDraftingJobs(): Promise<Job[]> {
    const jobs = await Promise.all([
      queue(QUEUES.synthesis).getJobs(['active']),
      queue(QUEUES.drafting).getJobs(['active']),
    ]);
    return jobs.flat().filter((job): job is Job => job !== undefined);
  }

  async function count(sql: string, params: unknown[]): Promise<number> {
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM (${sql}) AS q`, params);
    return n as number;
  }

  async function noteReadyPerCoChair(roundId: string, coChairs: TestUser[]): Promise<number[]> {
    const rows: { user_id: string; n: number }[] = await app.db.query(
      `SELECT user_id, count(*)::int AS n FROM notifications
        WHERE round_id = $1 AND type = 'background_note.ready' GROUP BY user_id`,
      [roundId],
    );
    return coChairs.map((c) => rows.find((r) => r.user_id === c.id)?.n ?? 0);
  }

  it('finishes a draft whose worker was SIGKILLed mid-job: one note, one notification per co-chair', async () => {
    const first = spawnWorker(app.config);
    const [moderator, otherCoChair, ...coChairs] = await Promise.all([
      app.api.user(['moderator']),
      ...Array.from({ length: 4 }, () => app.api.user(['co_chair'])),
    ]);
    const authors = await Promise.all(Array.from({ length: 3 }, () => app.api.user()));
    const roundId = await openRound(moderator, coChairs);
    await first.ready;

    // The fixture through the API, then enough volume for each synthesis to take about half a
    // second, straight into the table (the HTTP path would take a minute here): the drafting
    // analyses what was never analysed before it synthesises.
    await contribute(roundId, fixture.contributions.length, authors, [app.api]);
    await seedContributions(roundId, BULK_CONTRIBUTIONS, authors);

    // Close, and kill the worker just after a synthesis (or the drafting job) started on it.
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/close`)).status).toBe(202);
    await eventually(
      async () => {
        const jobs = await activeDraftingJobs();
        return jobs.some(
          (job) => DRAFTING_JOBS.includes(job.name) && Date.now() - (job.processedOn ?? 0) < 150,
        );
      },
      { timeoutMs: 20_000, intervalMs: 5, what: 'a synthesis or drafting job to start' },
    );
    expect(await first.kill('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });

    // What it was running stays active, under locks that nobody renews any more.
    const stuck = (await activeDraftingJobs()).filter((job) => DRAFTING_JOBS.includes(job.name));
    expect(stuck.length).toBeGreaterThan(0);
    const lockTtls = await Promise.all(
      stuck.map((job) => redis.pttl(`${app.config.QUEUE_PREFIX}:${job.queueName}:${job.id}:lock`)),
    );
    // The child's worker took the configured lock (BullMQ's default is 30 s).
    expect(lockTtls.some((ttl) => ttl > 0 && ttl <= JOB_LOCK_MS)).toBe(true);

    const restarted = Date.now();
    const second = spawnWorker(app.config);
    await second.ready;
    await eventually(
      async () => (await app.api.as(moderator).get(`/rounds/${roundId}`)).body.status === 'drafted',
      { timeoutMs: 20_000, intervalMs: 100, what: 'the round to be drafted' },
    );
    // Well within the 30 s a default lock would take just to expire.
    expect(Date.now() - restarted).toBeLessThan(15_000);
    await app.drain();

    for (const job of stuck) {
      const redone = (await queue(job.queueName).getJob(job.id!))!;
      expect({
        job: job.id,
        state: await redone.getState(),
        by: redone.processedBy,
        stalled: redone.stalledCounter,
      }).toEqual({ job: job.id, state: 'completed', by: workerName(second), stalled: 1 });
    }
    expect(await count(`SELECT 1 FROM background_notes WHERE round_id = $1`, [roundId])).toBe(1);
    const requests = await app.db.query(`SELECT status FROM draft_requests WHERE round_id = $1`, [
      roundId,
    ]);
    expect(requests).toEqual([{ status: 'done' }]);
    expect(await noteReadyPerCoChair(roundId, coChairs)).toEqual([1, 1, 1]);
    const otherChair = await app.api.as(otherCoChair).get('/me/notifications');
    expect(otherChair.body).toEqual([]);
    expect(await app.pendingOutbox()).toBe(0);
    expect(await second.kill('SIGTERM')).toEqual({ code: 0, signal: null });
  }, 60_000);

  it('two APIs and two workers: every event handled once, none lost; SIGTERM lets a worker finish and exit 0', async () => {
    // Nothing crashes here: the default lock, so that a worker starved of CPU by the suites
    // running beside it (Chromium among them) does not see its job stall and run twice.
    const steady = { JOB_LOCK_MS: '30000', STALLED_CHECK_MS: '30000' };
    const workers = [spawnWorker(app.config, steady), spawnWorker(app.config, steady)];
    const secondApi = spawnApi(app.config, await freePort());
    const [moderator, ...coChairs] = await Promise.all([
      app.api.user(['moderator']),
      ...Array.from({ length: 3 }, () => app.api.user(['co_chair'])),
    ]);
    const authors = await Promise.all(Array.from({ length: 6 }, () => app.api.user()));
    const roundId = await openRound(moderator, coChairs);
    await Promise.all([...workers.map((w) => w.ready), secondApi.ready]);
    const apis = [app.api, new ApiClient(secondApi.url)];

    // 150 contributions over both APIs; midway, a worker that is analysing one is told to stop.
    const submitting = contribute(roundId, 150, authors, apis);
    await eventually(
      async () => (await count(`SELECT 1 FROM contributions WHERE round_id = $1`, [roundId])) >= 50,
      { timeoutMs: 20_000, intervalMs: 20, what: '50 contributions' },
    );
    const busy = await eventually(
      async () => {
        const active = await queue(QUEUES.analysis).getJobs(['active']);
        return active.find((job) => job?.processedBy)?.processedBy ?? false;
      },
      { timeoutMs: 5_000, intervalMs: 5, what: 'an analysis to run' },
    ).catch(() => workerName(workers[0])); // all done already: stop either, idle
    const stopping = workers.find((w) => workerName(w) === busy)!;
    const running = workers.find((w) => w !== stopping)!;
    const stopStarted = Date.now();
    const exit = await stopping.kill('SIGTERM');
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - stopStarted).toBeLessThan(5_000);
    const ids = await submitting;
    workers.push(spawnWorker(app.config));

    // 20 moderator replies to 20 contributions, over both APIs.
    const replyIds = await inParallel(
      8,
      ids.slice(0, 20).map((id, i) => async () => {
        const res = await apis[i % 2]
          .as(moderator)
          .post(`/contributions/${id}/replies`, { body: `Thank you for contribution ${i}.` });
        expect(res.status).toBe(201);
        return res.body.id as string;
      }),
    );
    await workers[2].ready;

    expect((await apis[1].as(moderator).post(`/rounds/${roundId}/close`)).status).toBe(202);
    await eventually(
      async () => (await apis[1].as(moderator).get(`/rounds/${roundId}`)).body.status === 'drafted',
      { timeoutMs: 20_000, intervalMs: 100, what: 'the round to be drafted' },
    );
    await app.drain();

    // Every contribution analysed, once.
    expect(
      await count(`SELECT 1 FROM contributions WHERE round_id = $1 AND status = 'analysed'`, [
        roundId,
      ]),
    ).toBe(150);
    expect(
      await count(
        `SELECT 1 FROM contribution_analyses a JOIN contributions c ON c.id = a.contribution_id
          WHERE c.round_id = $1`,
        [roundId],
      ),
    ).toBe(150);
    // One notification per moderator reply.
    const notified: { reply_id: string }[] = await app.db.query(
      `SELECT reply_id FROM notifications WHERE round_id = $1 AND type = 'moderator_reply'`,
      [roundId],
    );
    expect(notified.map((n) => n.reply_id).sort()).toEqual([...replyIds].sort());
    // Every event relayed, one note, one notification per co-chair.
    expect(await app.pendingOutbox()).toBe(0);
    expect(await count(`SELECT 1 FROM background_notes WHERE round_id = $1`, [roundId])).toBe(1);
    expect(await noteReadyPerCoChair(roundId, coChairs)).toEqual([1, 1, 1]);
    const requests = await app.db.query(`SELECT status FROM draft_requests WHERE round_id = $1`, [
      roundId,
    ]);
    expect(requests).toEqual([{ status: 'done' }]);

    // In BullMQ: no job started twice, none failed, and both processes did their share.
    const analyses = await queue(QUEUES.analysis).getJobs(['completed', 'failed']);
    const ofRound = analyses.filter((job) => ids.includes(job.data.contributionId));
    expect(ofRound).toHaveLength(150);
    for (const job of ofRound) {
      expect({ id: job.id, started: job.attemptsStarted, failed: job.failedReason }).toEqual({
        id: job.id,
        started: 1,
        failed: undefined,
      });
    }
    const byWorker = new Map<string, number>();
    for (const job of ofRound) {
      byWorker.set(job.processedBy!, (byWorker.get(job.processedBy!) ?? 0) + 1);
    }
    expect(byWorker.get(workerName(stopping))).toBeGreaterThan(0);
    expect(byWorker.get(workerName(running))).toBeGreaterThan(0);
  }, 60_000);
});
