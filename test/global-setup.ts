import { dropDatabase, migrate } from '../libs/database/src/migrate';
import { databaseUrl, templateDatabaseName } from '../libs/testing/src/test-config';

/** Migrates one template database per run; suites clone it, which takes milliseconds. */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  process.env.CONVENE_TEST_RUN = runId;
  const template = databaseUrl(templateDatabaseName(runId));
  await dropDatabase(template);
  await migrate(template);
}
