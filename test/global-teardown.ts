import { Client } from 'pg';
import Redis from 'ioredis';
import { dropDatabase } from '../libs/database/src/migrate';
import {
  databaseUrl,
  queuePrefixOf,
  redisUrl,
  templateDatabaseName,
  testRunId,
} from '../libs/testing/src/test-config';

/** Drops what the run created, even what a crashed suite left behind. */
export default async function globalTeardown(): Promise<void> {
  const runId = testRunId();
  const admin = new Client({
    connectionString: databaseUrl(templateDatabaseName(runId)).replace(/\/[^/]+$/, '/postgres'),
  });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE $1`,
    [`convene_test_%${runId}%`],
  );
  await admin.end();
  for (const { datname } of rows) await dropDatabase(databaseUrl(datname));

  const redis = new Redis(redisUrl());
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(
      cursor,
      'MATCH',
      `${queuePrefixOf(runId)}*`,
      'COUNT',
      1000,
    );
    if (keys.length) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
}
