import {
  contributionInput,
  freePort,
  roundInput,
  spawnApi,
  startTestApp,
  stopAppProcesses,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/**
 * SIGTERM to the API: every request it is working on is answered before it exits. Requests
 * it never took (refused connections, or sent on a kept-alive socket as the server closed it)
 * fail on the client's side and must have stored nothing.
 */
describe('the API shutting down on SIGTERM', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ worker: false, env: { RATE_LIMIT: 'off' } });
  });

  afterAll(async () => {
    await stopAppProcesses();
    await app.close();
  });

  it('answers every request it took, stores exactly those, and exits 0', async () => {
    const [moderator, ...authors]: TestUser[] = await Promise.all([
      app.api.user(['moderator']),
      ...Array.from({ length: 10 }, () => app.api.user()),
    ]);
    const roundId = (await app.api.as(moderator).post('/rounds', roundInput())).body.id as string;
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/open`)).status).toBe(200);

    const api = spawnApi(app.config, await freePort());
    await api.ready;
    const send = (i: number) =>
      fetch(`${api.url}/api/rounds/${roundId}/contributions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${authors[i % authors.length].token}`,
        },
        body: JSON.stringify(contributionInput({ body: `Contribution ${i} sent at shutdown.` })),
      }).then(
        async (res) => ({ status: res.status, at: Date.now(), body: (await res.json()) as object }),
        (error: Error & { cause?: { code?: string } }) => ({
          error: error.cause?.code ?? error.message,
        }),
      );

    const inFlight = Array.from({ length: 60 }, (_, i) => send(i));
    await new Promise((resolve) => setTimeout(resolve, 15));
    const termAt = Date.now();
    const exited = api.kill('SIGTERM');
    const answers = await Promise.all(inFlight);
    expect(await exited).toEqual({ code: 0, signal: null });

    const accepted = answers.filter((a) => 'status' in a && a.status === 202);
    const others = answers.filter((a) => !('status' in a && a.status === 202));
    for (const other of others) {
      expect(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET']).toContain(
        (other as { error: string }).error,
      );
    }
    // Some were still being worked on when the signal came, and were answered all the same.
    expect(accepted.filter((a) => 'at' in a && a.at > termAt).length).toBeGreaterThan(0);
    // No request was worked on without an answer: what is stored is exactly what was accepted.
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM contributions WHERE round_id = $1`,
      [roundId],
    );
    expect(n).toBe(accepted.length);
  });
});
