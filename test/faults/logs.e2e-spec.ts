import {
  ApiClient,
  contributionInput,
  eventually,
  freePort,
  roundInput,
  spawnApi,
  spawnWorker,
  startTestApp,
  stopAppProcesses,
  type TestApp,
} from '@convene/testing';

/**
 * The logs of a consultation, at the most talkative level, name no one and quote nothing: no
 * address, name, organisation, password, token or text of a contribution or reply.
 */
describe('what the API and the worker log', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
  });

  afterAll(async () => {
    await stopAppProcesses();
    await app.close();
  });

  it('holds ids, routes and statuses, never personal data or user text', async () => {
    const env = { LOG_LEVEL: 'verbose', LOG_FORMAT: 'json' };
    const api = spawnApi(app.config, await freePort(), env);
    const worker = spawnWorker(app.config, env);
    await Promise.all([api.ready, worker.ready]);
    const client = new ApiClient(api.url);

    const secrets = {
      email: 'xq7-author-zz@example.test',
      password: 'pw-xq7-secret-zz',
      displayName: 'Xq7 Authorname Zz',
      organisation: 'Xq7 Organisation Zz',
      body: 'Xq7 contribution text zz about decent work.',
      reply: 'Xq7 reply text zz, could you say more?',
    };
    const moderator = await client.user(['moderator']);
    const registered = await client.as(null).post('/auth/register', {
      email: secrets.email,
      password: secrets.password,
      displayName: secrets.displayName,
      organisation: secrets.organisation,
      stakeholderType: 'trade_union',
    });
    expect(registered.status).toBe(201);
    const token = await client.login(secrets.email, secrets.password);
    const wrongLogin = await client
      .as(null)
      .post('/auth/login', { email: secrets.email, password: `${secrets.password}-wrong` });
    expect(wrongLogin.status).toBe(401);

    const roundId = (await client.as(moderator).post('/rounds', roundInput())).body.id as string;
    await client.as(moderator).post(`/rounds/${roundId}/open`);
    const submitted = await client
      .as({ token })
      .post(`/rounds/${roundId}/contributions`, contributionInput({ body: secrets.body }));
    expect(submitted.status).toBe(202);
    await client.as(moderator).post(`/contributions/${submitted.body.id}/replies`, {
      body: secrets.reply,
    });
    await client.as(moderator).post(`/contributions/${submitted.body.id}/hide`, {
      reason: 'Xq7 reason zz',
    });
    await eventually(
      async () => (await client.as({ token }).get('/me/notifications')).body.length === 1,
      { what: 'the moderator-reply notification' },
    );
    await Promise.all([api.kill('SIGTERM'), worker.kill('SIGTERM')]);

    const output = `${api.output}\n${worker.output}`;
    // The whole run is in view, from the first request on.
    expect(api.output).toContain('POST /api/auth/register 201');
    expect(output).toContain(`/api/rounds/${roundId}/contributions`);
    for (const secret of [...Object.values(secrets), token, 'Xq7', 'xq7']) {
      expect(output).not.toContain(secret);
    }
  });
});
