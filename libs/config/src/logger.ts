import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { requestContext } from '@convene/common';
import type { AppConfig } from './app-config';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;

/** Nest's logger, with the id of the request the work came from on every line written for it. */
export class RequestAwareLogger extends ConsoleLogger {
  protected override getJsonLogObject(
    message: unknown,
    options: {
      context: string;
      logLevel: LogLevel;
      writeStreamType?: 'stdout' | 'stderr';
      errorStack?: unknown;
    },
  ) {
    const requestId = requestContext.requestId();
    const object = super.getJsonLogObject(message, options);
    return requestId ? { ...object, requestId } : object;
  }

  protected override formatMessage(
    logLevel: LogLevel,
    message: unknown,
    pidMessage: string,
    formattedLogLevel: string,
    contextMessage: string,
    timestampDiff: string,
  ): string {
    const requestId = requestContext.requestId();
    const line = super.formatMessage(
      logLevel,
      message,
      pidMessage,
      formattedLogLevel,
      contextMessage,
      timestampDiff,
    );
    return requestId ? line.replace(/\n$/, ` [request ${requestId}]\n`) : line;
  }
}

/** Structured (JSON lines) or plain logs, at the configured level. */
export function createLogger(config: AppConfig, context: string): ConsoleLogger {
  return new RequestAwareLogger(context, {
    json: config.LOG_FORMAT === 'json',
    logLevels: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.LOG_LEVEL) + 1),
  });
}
