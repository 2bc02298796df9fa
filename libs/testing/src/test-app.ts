import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@convene/config';
import { dropDatabase, ensureDatabase } from '@convene/database';
import { createApiApp } from '../../../apps/api/src/create-api-app';
import { createWorkerApp } from '../../../apps/worker/src/create-worker-app';
import { ApiClient } from './api-client';
import { openQueues, type OpenQueues } from './open-queues';
import { randomBytes } from 'node:crypto';
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

export interface TestAppOptions {
  /** Run the queue worker in the same process (default true). */
  worker?: boolean;
  env?: Record<string, string>;
  /**
   * Rewrites the database URL the API and worker connect with (e.g. through a TcpProxy);
   * the suite's database is still created and dropped over the direct URL.
   */
  databaseVia?: (url: string) => string;
}

/**
 * The real API (and worker) on a database cloned from the migrated template and a queue
 * prefix of their own. One per suite: start it in beforeAll, close it in afterAll.
 */
export class TestApp {
  readonly api: ApiClient;
  /** The API's connection, for asserting what was stored. */
  readonly db: DataSource;
  /** Queues of the suite's prefix, independent of the worker's lifetime. */
  readonly queues: Queue[];
  worker?: INestApplicationContext;
  private baseUrl?: string;
  private readonly opened: OpenQueues;

  private constructor(
    readonly config: AppConfig,
    private readonly app: INestApplication,
    /** The suite's database without any detour, for creating, dropping and checking it. */
    readonly directDatabaseUrl: string,
  ) {
    this.api = new ApiClient(app.getHttpServer());
    this.db = app.get(DataSource);
    this.opened = openQueues(config);
    this.queues = this.opened.queues;
  }

  static async start(options: TestAppOptions = {}): Promise<TestApp> {
    const direct = suiteConfig(options.env);
    const config = options.databaseVia
      ? Object.assign(new AppConfig(), direct, {
          DATABASE_URL: options.databaseVia(direct.DATABASE_URL),
        })
      : direct;
    await ensureDatabase(direct.DATABASE_URL, templateDatabaseName());
    let api: INestApplication | undefined;
    try {
      api = await createApiApp(config);
      await api.init();
      const app = new TestApp(config, api, direct.DATABASE_URL);
      if (options.worker !== false) await app.startWorker();
      return app;
    } catch (error) {
      await api?.close();
      await dropDatabase(direct.DATABASE_URL);
      throw error;
    }
  }

  /** Listens on a free loopback port, for clients that need a URL (a browser); returns it. */
  async url(): Promise<string> {
    this.baseUrl ??= await this.app.listen(0, '127.0.0.1').then(() => this.app.getUrl());
    return this.baseUrl.replace('[::1]', '127.0.0.1');
  }

  async startWorker(): Promise<void> {
    if (this.worker) return;
    const worker = await createWorkerApp(this.config);
    await worker.init();
    this.worker = worker;
  }

  async stopWorker(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }

  async pendingOutbox(): Promise<number> {
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`,
    );
    return n as number;
  }

  /** Waits until the outbox is relayed and no job is waiting or running. */
  async drain(): Promise<void> {
    await waitForQueuesDrained(this.queues, () => this.pendingOutbox());
  }

  async close(): Promise<void> {
    await this.stopWorker();
    for (const queue of this.queues) {
      await queue.obliterate({ force: true }).catch(() => undefined);
    }
    await this.opened.close();
    await this.app.close();
    await dropDatabase(this.directDatabaseUrl);
  }
}

export function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  return TestApp.start(options);
}
