import { BadRequestException, HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '@convene/common';
import { errorName, toHttpError } from './error.filter';

function queryError(code: string): QueryFailedError {
  return new QueryFailedError('SELECT 1', [], Object.assign(new Error('db'), { code }));
}

describe('toHttpError', () => {
  it('maps domain errors to their status codes', () => {
    expect(toHttpError(new ForbiddenError('x')).status).toBe(HttpStatus.FORBIDDEN);
    expect(toHttpError(new NotFoundError('x')).status).toBe(HttpStatus.NOT_FOUND);
    expect(toHttpError(new ConflictError('x'))).toEqual({ status: 409, message: 'x' });
    expect(toHttpError(new UnprocessableError('x')).status).toBe(422);
  });

  it('keeps the validation messages of Nest exceptions', () => {
    const error = new BadRequestException(['body must be a string']);
    expect(toHttpError(error)).toEqual({ status: 400, message: ['body must be a string'] });
  });

  it('turns malformed values and dangling references into 400, not 500', () => {
    expect(toHttpError(queryError('22P02')).status).toBe(400);
    expect(toHttpError(queryError('22021')).status).toBe(400);
    expect(toHttpError(queryError('22P05')).status).toBe(400);
    expect(toHttpError(queryError('23503')).status).toBe(400);
    expect(toHttpError(queryError('23505')).status).toBe(409);
  });

  it('answers 503 when a backing service is away', () => {
    expect(
      toHttpError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {})).status,
    ).toBe(503);
    expect(toHttpError(queryError('57P01')).status).toBe(503);
    expect(toHttpError(new Error('timeout exceeded when trying to connect')).status).toBe(503);
  });

  it('answers 503 for a pooled connection that broke or was closed under the request', () => {
    // pg's words for a query on a client whose socket failed, or that was closed after a
    // query timeout (libs/database TimeoutClosingClient), as TypeORM passes them on.
    for (const message of [
      'Client has encountered a connection error and is not queryable',
      'Client was closed and is not queryable',
      'Query read timeout',
      'Connection terminated unexpectedly',
    ]) {
      const error = new QueryFailedError('SELECT 1', [], new Error(message));
      expect(toHttpError(error)).toEqual({
        status: 503,
        message: 'a backing service is unavailable; try again shortly',
      });
    }
  });

  it('leaves real faults as 500 without leaking their message', () => {
    expect(toHttpError(new TypeError('x is undefined'))).toEqual({
      status: 500,
      message: 'internal server error',
    });
  });

  it('names every status the API answers with, as Nest does', () => {
    // A missing name once turned every 401 into { error: 'Error' }.
    expect(errorName(401)).toBe('Unauthorized');
    expect(errorName(403)).toBe('Forbidden');
    expect(errorName(404)).toBe('Not Found');
    expect(errorName(413)).toBe('Payload Too Large');
    expect(errorName(429)).toBe('Too Many Requests');
    expect(errorName(503)).toBe('Service Unavailable');
  });
});
