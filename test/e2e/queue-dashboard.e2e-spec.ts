import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import request from 'supertest';
import { ALL_QUEUES, JOBS, QUEUES } from '@convene/messaging';
import { eventually, signInCookie, startTestApp, type TestApp } from '@convene/testing';

const DASHBOARD = '/admin/queues';

/** bull-board at /admin/queues: admins signed in on the web pages only, changes from this site. */
describe('queue dashboard', () => {
  let app: TestApp;
  let base: string;
  let adminCookie: string;
  let stakeholderCookie: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    base = await app.url();
    const [admin, stakeholder] = await Promise.all([app.api.user(['admin']), app.api.user()]);
    [adminCookie, stakeholderCookie] = await Promise.all([
      signInCookie(base, admin),
      signInCookie(base, stakeholder),
    ]);
  }, 60_000);

  afterAll(() => app?.close());

  it('sends a signed-out browser to sign in, and refuses its JSON without a session', async () => {
    const page = await request(base).get(DASHBOARD);
    expect(page.status).toBe(303);
    expect(page.headers.location).toBe(`/sign-in?next=${encodeURIComponent(DASHBOARD)}`);
    const queues = await request(base).get(`${DASHBOARD}/api/queues`);
    expect(queues.status).toBe(401);
    expect(queues.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    // An API token is not a web session.
    const bearer = await request(base)
      .get(`${DASHBOARD}/api/queues`)
      .set('Authorization', `Bearer ${(await app.api.admin()).token}`);
    expect(bearer.status).toBe(401);
  });

  it('refuses before reading the body: a large or broken one is still a 401', async () => {
    const large = await request(base)
      .post(`${DASHBOARD}/api/queues/${QUEUES.analysis}/add`)
      .set('Origin', base)
      .type('json')
      .send(`{"name":"x","data":"${'a'.repeat(2 * 1024 * 1024)}"}`);
    expect(large.status).toBe(401);
    const broken = await request(base)
      .put(`${DASHBOARD}/api/queues/pause`)
      .set('Origin', base)
      .type('json')
      .send('{');
    expect(broken.status).toBe(401);
  });

  it('refuses a signed-in stakeholder, page and JSON alike', async () => {
    const page = await request(base).get(DASHBOARD).set('Cookie', stakeholderCookie);
    expect(page.status).toBe(403);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).not.toContain('__UI_CONFIG__');
    const queues = await request(base)
      .get(`${DASHBOARD}/api/queues`)
      .set('Cookie', stakeholderCookie);
    expect(queues.status).toBe(403);
    expect(queues.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
  });

  it('shows an admin the dashboard, its own scripts under the CSP, and every queue', async () => {
    const page = await request(base).get(DASHBOARD).set('Cookie', adminCookie);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain(`<base href="${DASHBOARD}/"`);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");

    const scripts = [...page.text.matchAll(/<script defer src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const res = await request(base).get(`${DASHBOARD}/${script}`).set('Cookie', adminCookie);
      expect([script, res.status]).toEqual([script, 200]);
      expect(res.headers['content-type']).toMatch(/javascript/);
    }

    const queues = await request(base).get(`${DASHBOARD}/api/queues`).set('Cookie', adminCookie);
    expect(queues.status).toBe(200);
    const names = (queues.body.queues as { name: string }[]).map((q) => q.name);
    expect(names.sort()).toEqual([...ALL_QUEUES].sort());
  });

  it('lists a failed job with its error, and retries it only on a request from this site', async () => {
    const queue = app.queues.find((q) => q.name === QUEUES.analysis)!;
    const job = await queue.add(
      JOBS.analyseContribution.name,
      { contributionId: randomUUID() },
      { attempts: 1 },
    );
    const worker = new Worker(
      QUEUES.analysis,
      () => Promise.reject(new Error('the analysis broke in this test')),
      { prefix: queue.opts.prefix, connection: queue.opts.connection },
    );
    try {
      await eventually(async () => (await queue.getJobState(job.id!)) === 'failed', {
        what: 'the job to fail',
      });
    } finally {
      await worker.close();
    }

    const listed = await request(base)
      .get(`${DASHBOARD}/api/queues`)
      .query({ activeQueue: QUEUES.analysis, status: 'failed', page: 1 })
      .set('Cookie', adminCookie);
    expect(listed.status).toBe(200);
    const analysis = (
      listed.body.queues as {
        name: string;
        counts: { failed: number };
        jobs: { id: string; failedReason: string }[];
      }[]
    ).find((q) => q.name === QUEUES.analysis)!;
    expect(analysis.counts.failed).toBe(1);
    expect(analysis.jobs).toEqual([
      expect.objectContaining({ id: job.id, failedReason: 'the analysis broke in this test' }),
    ]);

    const retry = `${DASHBOARD}/api/queues/${QUEUES.analysis}/${job.id}/retry`;
    const forged = await request(base)
      .put(retry)
      .set('Cookie', adminCookie)
      .set('Origin', 'https://elsewhere.example');
    expect(forged.status).toBe(403);
    const forgedAdd = await request(base)
      .post(`${DASHBOARD}/api/queues/${QUEUES.analysis}/add`)
      .set('Cookie', adminCookie)
      .set('Origin', 'https://elsewhere.example')
      .send({ name: JOBS.analyseContribution.name, data: {} });
    expect(forgedAdd.status).toBe(403);
    expect(await queue.getJobState(job.id!)).toBe('failed');
    expect(await queue.getJobCountByTypes('waiting')).toBe(0);

    const retried = await request(base).put(retry).set('Cookie', adminCookie).set('Origin', base);
    expect(retried.status).toBe(204);
    expect(await queue.getJobState(job.id!)).toBe('waiting');
  });

  it('is not there when QUEUE_DASHBOARD is off', async () => {
    const off = await startTestApp({ worker: false, env: { QUEUE_DASHBOARD: 'off' } });
    try {
      const offBase = await off.url();
      const cookie = await signInCookie(offBase, await off.api.user(['admin']));
      for (const path of [DASHBOARD, `${DASHBOARD}/api/queues`]) {
        const res = await request(offBase).get(path).set('Cookie', cookie);
        expect([path, res.status]).toEqual([path, 404]);
      }
    } finally {
      await off.close();
    }
  }, 60_000);
});
