import 'reflect-metadata';
import { closeOnSignals, loadConfig } from '@convene/config';
import { checkPostgres } from '@convene/database';
import { checkRedis, evictionPolicyWarning } from '@convene/messaging';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadConfig();
  await checkPostgres(config.DATABASE_URL);
  const warning = evictionPolicyWarning(await checkRedis(config));
  if (warning) process.stderr.write(`convene api: WARNING ${warning}\n`);
  const app = await createApiApp(config);
  closeOnSignals(app, 'convene api');
  await app.listen(config.PORT);
}

main().catch((error: Error) => {
  process.stderr.write(`convene api: ${error.message.split('\n')[0]}\n`);
  process.exit(1);
});
