import type { INestApplicationContext } from '@nestjs/common';

const GRACE_MS = 25_000;

/**
 * On SIGTERM or SIGINT: stop taking work, let what is in flight finish (Nest closes the HTTP
 * server, BullMQ waits for active jobs), then exit 0. Past the grace period, exit 1.
 */
export function closeOnSignals(app: INestApplicationContext, name: string): void {
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    process.stderr.write(`${name}: ${signal} received, shutting down\n`);
    setTimeout(() => {
      process.stderr.write(`${name}: still busy after ${GRACE_MS} ms, exiting\n`);
      process.exit(1);
    }, GRACE_MS).unref();
    app.close().then(
      () => process.exit(0),
      (error: Error) => {
        process.stderr.write(`${name}: shutdown failed: ${error.message}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}
