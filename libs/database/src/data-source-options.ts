import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { TimeoutClosingClient } from './pg-client';

export interface PoolSettings {
  max?: number;
  applicationName?: string;
  /** How long a query may go unanswered before it fails (and its connection is closed). */
  queryTimeoutMs?: number;
}

/** Connection settings shared by the apps, the migrator and the tests. */
export function dataSourceOptions(databaseUrl: string, pool: PoolSettings = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    extra: {
      max: pool.max ?? 20,
      application_name: pool.applicationName ?? 'convene',
      // A database that stops answering must turn into a 503, not a hung request.
      connectionTimeoutMillis: 3000,
      query_timeout: pool.queryTimeoutMs ?? 15000,
      // A connection whose query timed out is closed, not handed to the next request.
      Client: TimeoutClosingClient,
      idleTimeoutMillis: 30000,
    },
  };
}
