import request from 'supertest';
import {
  contributionInput,
  roundInput,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/** The Prometheus endpoint: HTTP latency by route pattern, outbox and queues, job run times. */
describe('metrics', () => {
  let app: TestApp;
  let base: string;
  let moderator: TestUser;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    base = await app.url();
    moderator = await app.api.user(['moderator']);
  });

  afterAll(() => app.close());

  const scrape = async () => {
    const res = await request(base).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    return res.text;
  };
  const value = (text: string, series: string) =>
    Number(new RegExp(`^${series.replace(/[{}"]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);

  it('shows work waiting while the worker is away, and draining once it runs', async () => {
    const roundId = (await app.api.as(moderator).post('/rounds', roundInput())).body.id as string;
    await app.api.as(moderator).post(`/rounds/${roundId}/open`);
    const author = await app.api.user();
    for (let i = 0; i < 3; i++) {
      await app.api.as(author).post(`/rounds/${roundId}/contributions`, contributionInput());
    }
    const waiting = await scrape();
    expect(value(waiting, 'convene_outbox_backlog')).toBeGreaterThanOrEqual(4);
    expect(value(waiting, 'convene_outbox_oldest_age_seconds')).toBeGreaterThan(0);
    expect(waiting).toMatch(
      /convene_http_request_duration_seconds_count\{method="POST",route="\/api\/rounds\/:id\/contributions",status="2xx"\} 3/,
    );
    expect(waiting).not.toContain(roundId);

    await app.startWorker();
    await app.drain();
    const drained = await scrape();
    expect(value(drained, 'convene_outbox_backlog')).toBe(0);
    expect(value(drained, 'convene_queue_jobs{queue="analysis",state="completed"}')).toBe(3);
    expect(value(drained, 'convene_queue_jobs{queue="analysis",state="waiting"}')).toBe(0);
    expect(
      value(drained, 'convene_job_duration_seconds{queue="analysis",quantile="0.5"}'),
    ).toBeGreaterThanOrEqual(0);
  });
});
