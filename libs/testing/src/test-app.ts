import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@convene/config';
import { dropDatabase, ensureDatabase } from '@convene/database';
import { QueueRegistry } from '@convene/messaging';
import { createApiApp } from '../../../apps/api/src/create-api-app';
import { createWorkerApp } from '../../../apps/worker/src/create-worker-app';
import { ApiClient } from './api-client';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@convene/config';
import {
  databaseUrl,
  queuePrefixOf,
  redisUrl,
  templateDatabaseName,
  testRunId,
  TEST_ADMIN,
} from './test-config';
import { waitForQueuesDrained } from './wait-for';

/** A configuration for one suite: a fresh database name and queue prefix. */
export function suiteConfig(overrides: Record<string, string> = {}): AppConfig {
  const suite = randomBytes(4).toString('hex');
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(`convene_test_${testRunId()}_${suite}`),
    REDIS_URL: redisUrl(),
    QUEUE_PREFIX: `${queuePrefixOf()}-${suite}`,
    JWT_SECRET: 'a-test-secret-that-is-long-enough-0123',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'text',
    OUTBOX_POLL_MS: '100',
    ...overrides,
  });
}

export interface TestApp {
  config: AppConfig;
  api: ApiClient;
  /** The API's connection, for asserting what was stored. */
  db: DataSource;
  queues: Queue[];
  worker?: INestApplicationContext;
  /** Waits until the outbox is relayed and no job is waiting or running. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Run the queue worker in the same process (default true). */
  worker?: boolean;
  env?: Record<string, string>;
}

/**
 * The real API (and worker) on a database cloned from the migrated template and a queue
 * prefix of their own. One per suite: start it in beforeAll, close it in afterAll.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = suiteConfig(options.env);
  await ensureDatabase(config.DATABASE_URL, templateDatabaseName());
  let api: INestApplication | undefined;
  let worker: INestApplicationContext | undefined;
  try {
    api = await createApiApp(config);
    await api.init();
    if (options.worker !== false) {
      worker = await createWorkerApp(config);
      await worker.init();
    }
  } catch (error) {
    await api?.close();
    await dropDatabase(config.DATABASE_URL);
    throw error;
  }
  const queues = worker ? worker.get(QueueRegistry).all() : [];
  return {
    config,
    api: new ApiClient(api.getHttpServer()),
    db: api.get(DataSource),
    queues,
    worker,
    async drain() {
      const db = api.get(DataSource);
      await waitForQueuesDrained(queues, async () => {
        const [{ n }] = await db.query(
          `SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`,
        );
        return n as number;
      });
    },
    async close() {
      for (const queue of queues) await queue.obliterate({ force: true }).catch(() => undefined);
      await worker?.close();
      await api.close();
      await dropDatabase(config.DATABASE_URL);
    },
  };
}
