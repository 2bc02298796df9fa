import { ConsoleLogger } from '@nestjs/common';
import type { AppConfig } from './app-config';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;

/** Structured (JSON lines) or plain logs, at the configured level. */
export function createLogger(config: AppConfig, context: string): ConsoleLogger {
  return new ConsoleLogger(context, {
    json: config.LOG_FORMAT === 'json',
    logLevels: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.LOG_LEVEL) + 1),
  });
}
