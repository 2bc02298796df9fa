import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createLogger, type AppConfig } from '@convene/config';
import { WorkerModule } from './worker.module';

/** The queue worker: processors, the outbox relay and the maintenance schedule. */
export async function createWorkerApp(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: createLogger(config, 'worker'),
    abortOnError: false,
  });
  return app;
}
