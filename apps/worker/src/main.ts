import 'reflect-metadata';
import { closeOnSignals, loadConfig } from '@convene/config';
import { checkPostgres } from '@convene/database';
import { checkRedis } from '@convene/messaging';
import { createWorkerApp } from './create-worker-app';

async function main(): Promise<void> {
  const config = loadConfig();
  await checkPostgres(config.DATABASE_URL);
  const policy = await checkRedis(config.REDIS_URL);
  if (policy && policy !== 'noeviction') {
    process.stderr.write(
      `convene worker: WARNING Redis maxmemory-policy is ${policy}; set it to noeviction or queued jobs may be evicted\n`,
    );
  }
  const app = await createWorkerApp(config);
  closeOnSignals(app, 'convene worker');
  await app.init();
}

main().catch((error: Error) => {
  process.stderr.write(`convene worker: ${error.message.split('\n')[0]}\n`);
  process.exit(1);
});
