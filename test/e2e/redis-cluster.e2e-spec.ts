import Redis, { Cluster } from 'ioredis';
import { loadConfig } from '@convene/config';
import { ALL_QUEUES, checkRedis, QUEUES, queuePrefix } from '@convene/messaging';
import {
  contributionInput,
  eventually,
  RedisCluster,
  redisUrl,
  roundInput,
  startTestApp,
  type TestApp,
} from '@convene/testing';

/**
 * The API and the worker on a Redis Cluster of three masters started here: a round goes
 * through every queue, from contributions to the co-chair's notification of the note, and each
 * queue's keys sit in one hash slot of the cluster, none of them on the standalone Redis.
 */
describe('on a Redis Cluster', () => {
  let cluster: RedisCluster;
  let app: TestApp;
  let client: Cluster;

  beforeAll(async () => {
    cluster = await RedisCluster.start(3);
    app = await startTestApp({ env: { REDIS_CLUSTER_NODES: cluster.nodes } });
    client = new Cluster(cluster.ports.map((port) => ({ host: '127.0.0.1', port })));
  }, 60_000);

  afterAll(async () => {
    try {
      await client?.quit();
      await app?.close();
    } finally {
      await cluster?.stop();
    }
  });

  /** Every key of the suite on the cluster's masters, with the slot each hashes to. */
  async function clusterKeys(): Promise<Map<string, number>> {
    const keys = (
      await Promise.all(
        client.nodes('master').map((node) => node.keys(`*${app.config.QUEUE_PREFIX}*`)),
      )
    ).flat();
    const slots = await Promise.all(keys.map((key) => client.cluster('KEYSLOT', key)));
    return new Map(keys.map((key, i) => [key, slots[i]]));
  }

  it('passes the start-up check, and the health check sees it up', async () => {
    await expect(checkRedis(app.config)).resolves.toBe('noeviction');
    const standalone = new URL(redisUrl());
    const notACluster = loadConfig({
      REDIS_CLUSTER_NODES: `${standalone.hostname}:${standalone.port || 6379}`,
    });
    await expect(checkRedis(notACluster)).rejects.toThrow(/cluster support disabled/);
    await eventually(async () => {
      const res = await app.api.as(null).get('/health');
      return res.body.redis === 'up';
    });
  });

  it('runs a round from contributions to the note through every queue', async () => {
    const [moderator, coChair, alice] = await Promise.all([
      app.api.user(['moderator']),
      app.api.user(['co_chair']),
      app.api.user(['stakeholder']),
    ]);
    // Closed by its scheduled job, so the round-lifecycle queue runs too.
    const created = await app.api.as(moderator).post(
      '/rounds',
      roundInput({
        coChairIds: [coChair.id],
        closesAt: new Date(Date.now() + 5000).toISOString(),
      }),
    );
    expect(created.status).toBe(201);
    const roundId = created.body.id as string;
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/open`)).status).toBe(200);

    const ids: string[] = [];
    for (const body of [
      'Regular pathways must widen for workers in every sector.',
      'Les voies de migration régulière doivent respecter le travail décent.',
      'Las vías regulares deben incluir la protección social de los trabajadores.',
    ]) {
      const res = await app.api
        .as(alice)
        .post(`/rounds/${roundId}/contributions`, contributionInput({ body }));
      expect(res.status).toBe(202);
      ids.push(res.body.id);
    }
    const reply = await app.api
      .as(moderator)
      .post(`/contributions/${ids[0]}/replies`, { body: 'Which sectors do you mean?' });
    expect(reply.status).toBe(201);

    await eventually(
      async () => (await app.api.as(coChair).get(`/rounds/${roundId}`)).body.status === 'drafted',
      { timeoutMs: 30_000, what: 'the round to be drafted' },
    );
    const note = await app.api.as(coChair).get(`/rounds/${roundId}/background-notes/latest`);
    expect(note.status).toBe(200);
    expect(note.body.version).toBe(1);
    expect(note.body.markdown).toEqual(expect.any(String));
    const cited = note.body.sections.flatMap((s: { paragraphs: { sourceIds: string[] }[] }) =>
      s.paragraphs.flatMap((p) => p.sourceIds),
    );
    expect(ids.some((id) => cited.includes(id))).toBe(true);

    const notified = await eventually(async () => {
      const [forCoChair, forAlice] = await Promise.all([
        app.api.as(coChair).get('/me/notifications'),
        app.api.as(alice).get('/me/notifications'),
      ]);
      const types = [...forCoChair.body, ...forAlice.body].map((n: { type: string }) => n.type);
      return types.length === 2 ? types.sort() : undefined;
    });
    expect(notified).toEqual(['background_note.ready', 'moderator_reply']);

    await app.drain();
    const completed = await Promise.all(app.queues.map((q) => q.getCompletedCount()));
    expect(Object.fromEntries(ALL_QUEUES.map((q, i) => [q, completed[i] > 0]))).toEqual(
      Object.fromEntries(ALL_QUEUES.map((q) => [q, true])),
    );
    // The API reads the same queues for its metrics, over its own cluster client. Its commands
    // fail fast (1 s), so a scrape on a busy machine may leave the queue lines out: scrape again.
    await eventually(
      async () =>
        /convene_queue_jobs\{queue="synthesis",state="completed"\} [1-9]/.test(
          (await app.api.raw().get('/metrics')).text,
        ),
      { timeoutMs: 15_000, intervalMs: 500, what: 'the queue counts in /metrics' },
    );
  }, 75_000);

  it('keeps each queue in one hash slot under its tagged prefix, and nothing on the standalone Redis', async () => {
    const keys = await clusterKeys();
    const slotOf = new Map<string, number>();
    for (const queue of ALL_QUEUES) {
      const prefix = queuePrefix(app.config, queue);
      expect(prefix).toBe(
        `{${app.config.QUEUE_PREFIX}:${queue === QUEUES.synthesis ? QUEUES.drafting : queue}}`,
      );
      const slot = await client.cluster('KEYSLOT', prefix);
      const own = [...keys].filter(([key]) => key.startsWith(`${prefix}:${queue}:`));
      expect([queue, own.length > 0]).toEqual([queue, true]);
      expect(new Set(own.map(([, s]) => s))).toEqual(new Set([slot]));
      slotOf.set(queue, slot);
    }
    // A flow's parent and children share a slot; the queues are not all in one slot.
    expect(slotOf.get(QUEUES.synthesis)).toBe(slotOf.get(QUEUES.drafting));
    expect(new Set(slotOf.values()).size).toBeGreaterThan(1);

    // Rate limits are counted on the cluster too, one key per subject and window.
    expect([...keys.keys()].some((key) => key.startsWith(`${app.config.QUEUE_PREFIX}:rate:`))).toBe(
      true,
    );

    const standalone = new Redis(redisUrl());
    try {
      expect(await standalone.keys(`*${app.config.QUEUE_PREFIX}*`)).toEqual([]);
    } finally {
      await standalone.quit();
    }
  });
});
