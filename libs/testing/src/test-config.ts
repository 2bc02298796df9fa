/**
 * The test run's settings. The run id comes from the global setup; each suite then gets a
 * database and a queue prefix of its own, so suites run in parallel without meeting.
 */
const env = process.env;
const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

export const TEST_ADMIN = { email: 'admin@convene.test', password: 'admin-password-for-tests' };

export function testRunId(): string {
  const id = env.CONVENE_TEST_RUN;
  if (!id) throw new Error('CONVENE_TEST_RUN is unset: run the tests through jest (global setup)');
  return id;
}

export function databaseUrl(name: string): string {
  if (!name.includes('test')) {
    throw new Error(
      `refusing to use database "${name}": test databases must have "test" in their name`,
    );
  }
  const url = new URL(env.TEST_DATABASE_SERVER ?? DEFAULT_SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

export function templateDatabaseName(runId = testRunId()): string {
  return `convene_test_tpl_${runId}`;
}

export function queuePrefixOf(runId = testRunId()): string {
  return `convene-test-${runId}`;
}

export function redisUrl(): string {
  return env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/** The environment child processes start from (PATH and the like), before the suite's settings. */
export function inheritedEnv(): NodeJS.ProcessEnv {
  return { ...env };
}
