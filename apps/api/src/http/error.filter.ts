import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError, TooManyRequestsError, type DomainErrorKind } from '@convene/common';

const STATUS: Record<DomainErrorKind, HttpStatus> = {
  invalid: HttpStatus.BAD_REQUEST,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  too_many_requests: HttpStatus.TOO_MANY_REQUESTS,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

const ERROR_NAMES: Partial<Record<HttpStatus, string>> = {
  [HttpStatus.BAD_REQUEST]: 'Bad Request',
  [HttpStatus.UNAUTHORIZED]: 'Unauthorized',
  [HttpStatus.FORBIDDEN]: 'Forbidden',
  [HttpStatus.NOT_FOUND]: 'Not Found',
  [HttpStatus.METHOD_NOT_ALLOWED]: 'Method Not Allowed',
  [HttpStatus.NOT_ACCEPTABLE]: 'Not Acceptable',
  [HttpStatus.CONFLICT]: 'Conflict',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'Payload Too Large',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'Unsupported Media Type',
  [HttpStatus.UNPROCESSABLE_ENTITY]: 'Unprocessable Entity',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Too Many Requests',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'Service Unavailable',
  [HttpStatus.INTERNAL_SERVER_ERROR]: 'Internal Server Error',
};

// PostgreSQL error classes that mean the database is away, not that the request is wrong.
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-3])/;
const UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection timeout|is not queryable/i;

/** The `error` field of Nest's shape: the reason phrase of the status code. */
export function errorName(status: number): string {
  return ERROR_NAMES[status as HttpStatus] ?? 'Error';
}

/** Maps every error to Nest's { statusCode, message, error } shape; only real faults are 500. */
export function toHttpError(error: unknown): { status: number; message: string | string[] } {
  if (error instanceof HttpException) {
    const body = error.getResponse();
    const message =
      typeof body === 'string'
        ? body
        : ((body as { message?: string | string[] }).message ?? error.message);
    return { status: error.getStatus(), message };
  }
  if (error instanceof DomainError) return { status: STATUS[error.kind], message: error.message };
  const code = (error as { code?: string }).code ?? '';
  if (error instanceof QueryFailedError) {
    // Text, numbers and dates the database cannot take; 22021 and 22P05 are characters it
    // cannot store (U+0000 in text or JSON), should one get past the body parser.
    if (['22P02', '22003', '22007', '22008', '22021', '22P05'].includes(code)) {
      return { status: HttpStatus.BAD_REQUEST, message: 'a value in the request is malformed' };
    }
    if (code === '23503') {
      return {
        status: HttpStatus.BAD_REQUEST,
        message: 'the request refers to something that does not exist',
      };
    }
    if (code === '23505') return { status: HttpStatus.CONFLICT, message: 'this already exists' };
  }
  if (
    UNAVAILABLE_SQLSTATE.test(code) ||
    UNAVAILABLE_MESSAGE.test((error as Error)?.message ?? '')
  ) {
    return {
      status: HttpStatus.SERVICE_UNAVAILABLE,
      message: 'a backing service is unavailable; try again shortly',
    };
  }
  return { status: HttpStatus.INTERNAL_SERVER_ERROR, message: 'internal server error' };
}

/** Seconds until a refused request can succeed, when the error knows. */
export function retryAfterOf(error: unknown): number | undefined {
  return error instanceof TooManyRequestsError ? error.retryAfterSeconds : undefined;
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, message } = toHttpError(error);
    if (status === Number(HttpStatus.SERVICE_UNAVAILABLE)) {
      // Expected while a backing service is away: one line each, not a stack per request.
      this.logger.warn(`503: ${(error as Error)?.message}`);
      response.setHeader('Retry-After', '5');
    } else if (status >= 500) {
      this.logger.error(`${status}: ${(error as Error)?.message}`, (error as Error)?.stack);
    }
    const retryAfter = retryAfterOf(error);
    if (retryAfter !== undefined) response.setHeader('Retry-After', String(retryAfter));
    response.status(status).json({
      statusCode: status,
      message,
      error: errorName(status),
    });
  }
}
