import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

export interface PoolSettings {
  max?: number;
  applicationName?: string;
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
      query_timeout: 15000,
      idleTimeoutMillis: 30000,
    },
  };
}
