import 'reflect-metadata';
import { closeOnSignals, loadConfig } from '@convene/config';
import { checkPostgres } from '@convene/database';
import { checkRedis, evictionPolicyWarning } from '@convene/messaging';
import { createWorkerApp } from './create-worker-app';

async function main(): Promise<void> {
  const config = loadConfig();
  await checkPostgres(config.DATABASE_URL);
  const warning = evictionPolicyWarning(await checkRedis(config));
  if (warning) process.stderr.write(`convene worker: WARNING ${warning}\n`);
  const app = await createWorkerApp(config);
  closeOnSignals(app, 'convene worker');
  await app.init();
}

main().catch((error: Error) => {
  process.stderr.write(`convene worker: ${error.message.split('\n')[0]}\n`);
  process.exit(1);
});
