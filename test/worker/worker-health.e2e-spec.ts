import { freePort, startTestApp, type TestApp } from '@convene/testing';

// The compose healthcheck asks this endpoint; a worker whose processors stopped must say so.
describe('worker health endpoint', () => {
  let app: TestApp;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    app = await startTestApp({ env: { WORKER_HEALTH_PORT: String(port) } });
  });

  afterAll(() => app.close());

  it('answers 200 on loopback while every queue is served, and nothing once the worker stops', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/health/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', stopped: [] });
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
    await app.stopWorker();
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
  });
});
