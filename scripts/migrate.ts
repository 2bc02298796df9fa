import { loadConfig } from '@convene/config';
import { migrate } from '@convene/database';

async function main(): Promise<void> {
  const config = loadConfig();
  const applied = await migrate(config.DATABASE_URL);
  process.stdout.write(
    applied.length
      ? `database ${config.databaseName}: applied ${applied.join(', ')}\n`
      : `database ${config.databaseName}: up to date\n`,
  );
}

main().catch((error: Error) => {
  process.stderr.write(`db:migrate: ${error.message}\n`);
  process.exit(1);
});
