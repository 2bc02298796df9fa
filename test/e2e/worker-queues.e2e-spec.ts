import type { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@convene/config';
import { QUEUES } from '@convene/messaging';
import {
  contributionInput,
  eventually,
  roundInput,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';

const FRONT = 'round-lifecycle,notifications,maintenance,analysis';
const DRAFTING = 'synthesis,drafting';

/**
 * WORKER_QUEUES splits the work between processes: a worker without the drafting queues
 * analyses and closes but leaves the draft queued, and a drafting-only worker picks it up.
 */
describe('workers kept for some queues (WORKER_QUEUES)', () => {
  let app: TestApp;
  let drafter: INestApplicationContext | undefined;
  let moderator: TestUser;
  let coChair: TestUser;
  let roundId: string;

  beforeAll(async () => {
    app = await startTestApp({ env: { WORKER_QUEUES: FRONT } });
    [moderator, coChair] = await Promise.all([
      app.api.user(['moderator']),
      app.api.user(['co_chair']),
    ]);
    const created = await app.api
      .as(moderator)
      .post('/rounds', roundInput({ coChairIds: [coChair.id] }));
    roundId = created.body.id;
    await app.api.as(moderator).post(`/rounds/${roundId}/open`);
    const author = await app.api.user(['stakeholder']);
    for (const body of [
      'Recruitment fees must be banned, and employers should pay for visas and travel.',
      'Our cooperative trains young farmers in drip irrigation so that they can stay at home.',
    ]) {
      const res = await app.api
        .as(author)
        .post(`/rounds/${roundId}/contributions`, contributionInput({ body }));
      expect(res.status).toBe(202);
    }
  });

  afterAll(async () => {
    await drafter?.close();
    await app.close();
  });

  const queue = (name: string) => app.queues.find((q) => q.name === name)!;

  it('analyses and closes on the front worker, and leaves the draft waiting', async () => {
    await eventually(
      async () => (await queue(QUEUES.analysis).getJobCounts('completed')).completed === 2,
      { what: 'both contributions analysed' },
    );
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/close`)).status).toBe(202);
    await eventually(
      async () => (await queue(QUEUES.drafting).getJobCounts('waiting')).waiting > 0,
      { what: 'a draft request queued' },
    );
    // Nobody takes it: the front worker has no drafting processor.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await queue(QUEUES.drafting).getJobCounts('active', 'completed')).completed).toBe(0);
    const note = await app.api.as(coChair).get(`/rounds/${roundId}/background-notes/latest`);
    expect(note.status).toBe(409);
  });

  it('drafts the note once a drafting-only worker starts', async () => {
    drafter = await createWorkerApp(
      Object.assign(new AppConfig(), app.config, { WORKER_QUEUES: DRAFTING }),
    );
    await drafter.init();
    const note = await eventually(
      async () => {
        const res = await app.api.as(coChair).get(`/rounds/${roundId}/background-notes/latest`);
        return res.status === 200 ? res : undefined;
      },
      { timeoutMs: 20_000, what: 'the background note' },
    );
    expect(note.body.wordCount).toBeGreaterThan(50);
    // The front worker sent the co-chair's notification once the drafter had drafted.
    await eventually(
      async () => {
        const res = await app.api.as(coChair).get('/me/notifications');
        return (res.body as { type: string }[]).some((n) => n.type === 'background_note.ready');
      },
      { what: 'the co-chair notified' },
    );
  });

  it('refuses to start when WORKER_QUEUES names a queue that does not exist', async () => {
    await expect(
      createWorkerApp(Object.assign(new AppConfig(), app.config, { WORKER_QUEUES: 'drafts' })),
    ).rejects.toThrow(/WORKER_QUEUES names no such queue: drafts/);
  });
});
