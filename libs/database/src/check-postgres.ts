import { Client } from 'pg';

/** Throws a one-line reason when PostgreSQL does not answer. */
export async function checkPostgres(databaseUrl: string, timeoutMs = 3000): Promise<void> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const url = new URL(databaseUrl);
    throw new Error(
      `PostgreSQL at ${url.hostname}:${url.port || 5432}/${url.pathname.slice(1)} cannot be reached: ${(error as Error).message}`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
